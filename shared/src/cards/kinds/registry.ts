import type { CommandType } from '../../domain/commands';
import { anchoringFollowUpKind } from './anchoring-follow-up.kind';
import { anchoringKind } from './anchoring.kind';
import { briefingRequestKind } from './briefing-request.kind';
import { briefingKind } from './briefing.kind';
import { closingEndorsementKind } from './closing-endorsement.kind';
import { closingMeetingKind } from './closing-meeting.kind';
import { closingRecommendationKind } from './closing-recommendation.kind';
import { closingReflectionKind } from './closing-reflection.kind';
import { closingStoriesKind } from './closing-stories.kind';
import { compositionKind } from './composition.kind';
import { continuationDecisionKind } from './continuation-decision.kind';
import { decisionOverdueKind } from './decision-overdue.kind';
import { decisionKind } from './decision.kind';
import { endReminderKind } from './end-reminder.kind';
import { interestKind } from './interest.kind';
import { invitationAnswerKind } from './invitation-answer.kind';
import { invitationKind } from './invitation.kind';
import type { KindSpec } from './kind-spec';
import { leaderAppointedKind } from './leader-appointed.kind';
import { leaderDecisionKind } from './leader-decision.kind';
import { nominationKind } from './nomination.kind';
import { outcomeKind } from './outcome.kind';
import { publicationApprovalKind } from './publication-approval.kind';
import { recommendationKind } from './recommendation.kind';
import { statusKind } from './status.kind';
import { trackKind } from './track.kind';

/**
 * Every network card kind, one line each: the list of kinds IS this map, so a card is its kind file, its line
 * here and its messages. The notifications, a card's refresh data and the stored outbox rows name kinds by
 * these keys; a kind read back from storage or a card is checked with `kindOf`.
 */
export const KINDS = {
  track: trackKind,
  recommendation: recommendationKind,
  decision: decisionKind,
  outcome: outcomeKind,
  briefingRequest: briefingRequestKind,
  briefing: briefingKind,
  interest: interestKind,
  nomination: nominationKind,
  leaderDecision: leaderDecisionKind,
  leaderAppointed: leaderAppointedKind,
  invitation: invitationKind,
  invitationAnswer: invitationAnswerKind,
  composition: compositionKind,
  status: statusKind,
  decisionOverdue: decisionOverdueKind,
  endReminder: endReminderKind,
  closingReflection: closingReflectionKind,
  closingStories: closingStoriesKind,
  closingRecommendation: closingRecommendationKind,
  closingEndorsement: closingEndorsementKind,
  continuationDecision: continuationDecisionKind,
  closingMeeting: closingMeetingKind,
  publicationApproval: publicationApprovalKind,
  anchoring: anchoringKind,
  anchoringFollowUp: anchoringFollowUpKind,
} as const satisfies Record<string, KindSpec>;

/** What a network card is for; each kind is one step of the flow with its own question and buttons. */
export type NetworkCardKind = keyof typeof KINDS;

// The domain's `CardKindName` is these keys: the outbox's views name kinds the registry has, and only those.
declare module '../../domain/outbox' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the keys are the point, not the members
  interface CardKindNames extends Record<NetworkCardKind, true> {}
}

/** The kinds in the registry's order (the order of the flow). */
export const NETWORK_CARD_KINDS = Object.keys(KINDS) as NetworkCardKind[];

/** A kind's spec, typed as the common spec (each line above keeps its own literal type). */
export const specOf = (kind: NetworkCardKind): KindSpec => KINDS[kind];

/** A kind read from a card or storage, checked against the list (null: not one this version knows). */
export function kindOf(value: unknown): NetworkCardKind | null {
  return typeof value === 'string' && (NETWORK_CARD_KINDS as readonly string[]).includes(value)
    ? (value as NetworkCardKind)
    : null;
}

/**
 * For each command some kind asks for, the kind that answers a press not made on such a kind: the one kind asking
 * for it that is not `secondary`. It does not depend on the registry's order: two unmarked kinds on one command,
 * or only secondary ones, throw when the module loads (a bug every test finds), so adding a kind cannot silently
 * change which kind answers.
 */
export function answeringKinds<K extends string>(kinds: Readonly<Record<K, KindSpec>>): ReadonlyMap<CommandType, K> {
  const asking = new Map<CommandType, { primary: K[]; secondary: K[] }>();
  for (const kind of Object.keys(kinds) as K[]) {
    const spec = kinds[kind];
    if (!spec.command) continue;
    const entry = asking.get(spec.command) ?? { primary: [], secondary: [] };
    (spec.secondary ? entry.secondary : entry.primary).push(kind);
    asking.set(spec.command, entry);
  }
  const answering = new Map<CommandType, K>();
  for (const [command, { primary, secondary }] of asking) {
    if (primary.length !== 1)
      throw new Error(
        `${command} is asked for by ${[...primary, ...secondary].join(', ')}: exactly one of them must not be secondary`,
      );
    answering.set(command, primary[0]!);
  }
  return answering;
}

const ANSWERING = answeringKinds(KINDS);

/**
 * The card kind a press of a command answers with, read from the kinds' own specs: the kind it was pressed on
 * (the button's `kind`) when that kind asks for the command, else the command's one non-secondary kind
 * (`answeringKinds`). Null for a command no network card asks for.
 */
export function kindAsking(command: CommandType, pressedOn?: unknown): NetworkCardKind | null {
  const on = kindOf(pressedOn);
  if (on && specOf(on).command === command) return on;
  return ANSWERING.get(command) ?? null;
}
