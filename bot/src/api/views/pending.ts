import { pendingDecision, pendingDecisions } from '@netvaerk/shared/domain/decision-deadlines';
import { missingParties } from '@netvaerk/shared/domain/contract-parties';
import { currentContractVersion, type Network, type Phase } from '@netvaerk/shared/domain/network';
import { openFollowUps } from '@netvaerk/shared/domain/anchoring';
import { membersOf } from '@netvaerk/shared/domain/roles';
import { routeFor } from '@netvaerk/shared/domain/routing';
import { awaitedBody } from '@netvaerk/shared/domain/permissions';
import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { Body, OrgConfig } from '@netvaerk/shared/domain/types';
import type { PendingDto, PendingKind } from '@netvaerk/shared/api/api-types';
import { phaseReachedAt } from './timeline';

/** The step a phase waits for, by the command that takes it (who may issue it is the domain's: `awaitedBody`). */
type Step = { kind: PendingKind; command: CommandType };

export const PHASE_STEPS: Partial<Record<Phase, (n: Network) => Step>> = {
  // An innovation idea without a track waits for the track first.
  idea: (n) =>
    routeFor(n) ? { kind: 'recommendation', command: 'recommendIdea' } : { kind: 'track', command: 'assignTrack' },
  recommended: () => ({ kind: 'decision', command: 'decideIdea' }),
  approved: () => ({ kind: 'nomination', command: 'nominateLeader' }),
  leaderNominated: () => ({ kind: 'leaderDecision', command: 'decideLeader' }),
  leaderAppointed: () => ({ kind: 'composition', command: 'informHeadsForumOfComposition' }),
  participantsRecruited: () => ({ kind: 'kickoff', command: 'holdKickoff' }),
  kickoffHeld: () => ({ kind: 'contractPhase3', command: 'fillContractPhase3' }),
  closingReflection: () => ({ kind: 'closingRecommendation', command: 'submitClosingRecommendation' }),
  closingWithDirector: () => ({ kind: 'endorsement', command: 'endorseClosingRecommendation' }),
  awaitingContinuationDecision: () => ({ kind: 'continuation', command: 'decideContinuation' }),
  closingMeeting: () => ({ kind: 'closingMeeting', command: 'recordClosingMeeting' }),
  awaitingPublication: () => ({ kind: 'publication', command: 'approvePublication' }),
};

/**
 * What a network waits for and from whom, so decisions don't get stuck unseen (DESIGN.md §10): the step its
 * phase asks for, waiting for the body the step's permission names (the same rule the card uses), and any
 * contract version still missing a signature.
 */
export function pendingOf(n: Network, config: OrgConfig): PendingDto[] {
  const since = phaseReachedAt(n)[n.phase];
  const out: PendingDto[] = [];
  const add = (kind: PendingKind, bodies: (Body | null | undefined)[], at = since, extra: Partial<PendingDto> = {}) => {
    const waitingFor = bodies.filter((b): b is Body => Boolean(b));
    const names = waitingFor.flatMap((b) => membersOf(b, config, n).map((p) => p.name));
    out.push({ kind, waitingFor, waitingForNames: [...new Set(names)], since: at, ...extra });
  };
  const step = PHASE_STEPS[n.phase]?.(n);
  if (step) add(step.kind, [awaitedBody(n, step.command)]);
  // A body's decision carries its deadline.
  const due = pendingDecision(n, config);
  if (due) for (const p of out) if (DECISION_KINDS.includes(p.kind)) p.dueOn = due.dueOn;
  // A recommendation that went to a deciding body waits for its outcome, in the director's list, closed or not.
  for (const r of openFollowUps(n))
    add('anchoringOutcome', [awaitedBody(n, 'recordAnchoringOutcome')], n.anchoring?.by.at ?? since, {
      subject: r.text.slice(0, 200),
    });
  // A body's acknowledgement of phase 1 is a decision with a deadline: the entry is due by the earliest of them.
  const acknowledgementDue = pendingDecisions(n, config)
    .filter((p) => p.decision === 'contractAcknowledgement')
    .map((p) => p.dueOn)
    .sort()[0];
  for (const phase of [1, 2, 3] as const) {
    const current = currentContractVersion(n, phase);
    if (!current || current.locked) continue;
    const dueOn = phase === 1 && acknowledgementDue ? { dueOn: acknowledgementDue } : {};
    add('contractSignature', missingParties(n, phase, config), current.editedBy.at, { contractPhase: phase, ...dueOn });
  }
  // Oldest first: what has waited longest is what most needs a push.
  return out.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
}

/** The pending steps that are a body's decision with a deadline. */
const DECISION_KINDS: readonly PendingKind[] = ['recommendation', 'decision', 'leaderDecision', 'continuation'];
