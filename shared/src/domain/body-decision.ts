import { type DomainError, domainError } from './errors';
import type { DecisionRecord, Network, Vote } from './network';
import { membersOf } from './roles';
import { BODY_NAMES, continuationDeciderOf, routeFor } from './routing';
import {
  type Body,
  DEFAULT_DEADLINE_DAYS,
  type DecisionRule,
  FORUMS,
  type Forum,
  type OrgConfig,
  type PersonRef,
  samePerson,
} from './types';

/**
 * The decisions a body takes on a network by its decision rule (DESIGN.md §3): the recommendation of an idea (the
 * directors' forum recommends political-track ideas), the idea, the leader and the continuation.
 */
export const BODY_DECISIONS = ['recommendation', 'idea', 'leader', 'continuation'] as const;
export type BodyDecision = (typeof BODY_DECISIONS)[number];

/**
 * The decisions that have a deadline (decision-deadlines.ts): a body's decisions, and a body's acknowledgement of
 * contract phase 1, which it gives by its rule too (contract-parties.ts) and without which phase 1 stalls.
 */
export const DEADLINE_DECISIONS = [...BODY_DECISIONS, 'contractAcknowledgement'] as const;
export type DeadlineDecision = (typeof DEADLINE_DECISIONS)[number];

/** How one body decides: its rule, who may take part, how many must agree, and how long it has. */
export interface BodyRule {
  body: Body;
  rule: DecisionRule;
  members: PersonRef[];
  quorum: number;
  secretaries: PersonRef[];
  deadlineDays: number;
}

const isForum = (body: Body): body is Forum => (FORUMS as readonly string[]).includes(body);

/**
 * A body's decision rule from the configuration. A person (the director, the leader) decides alone; the director
 * group decides as the directors' forum does, with the director among its members.
 */
export function bodyRuleOf(body: Body, config: OrgConfig, network: Network | null): BodyRule {
  const members = membersOf(body, config, network);
  const forum: Forum | null = isForum(body) ? body : body === 'directorGroup' ? 'directorsForum' : null;
  if (!forum) return { body, rule: 'votes', members, quorum: 1, secretaries: [], deadlineDays: DEFAULT_DEADLINE_DAYS };
  const f = config.forums[forum];
  return {
    body,
    rule: f.rule,
    members,
    quorum: Math.max(1, f.quorum),
    secretaries: f.secretaries,
    deadlineDays: f.deadlineDays || DEFAULT_DEADLINE_DAYS,
  };
}

/** Which body takes a decision on the network: the routing table's decider, the heads' forum for the leader. */
export function deciderOf(network: Network, decision: BodyDecision): Body | null {
  switch (decision) {
    case 'recommendation':
      return routeFor(network)?.recommender ?? null;
    case 'idea':
      return routeFor(network)?.decider ?? null;
    case 'leader':
      return 'headsForum';
    case 'continuation':
      return continuationDeciderOf(network);
  }
}

/**
 * Who made the recommendation a decision is taken on: they may not vote on it, and do not count towards its
 * quorum. The idea's recommender, the director who nominated the leader, the leader and the director who drafted
 * the recommendation on continuing.
 */
export function recommendersOf(network: Network, decision: BodyDecision): PersonRef[] {
  switch (decision) {
    case 'recommendation':
      // The first step on an idea: nobody has recommended anything yet.
      return [];
    case 'idea':
      return network.recommendation ? [network.recommendation.by] : [];
    case 'leader':
      return network.nomination ? [network.nomination.by] : [];
    case 'continuation': {
      const c = network.closing;
      return [
        c?.recommendation?.by.by,
        ...(c?.recommendation?.editedBy ?? []).map((s) => s.by),
        c?.directorEndorsement?.by,
      ]
        .filter((p): p is PersonRef => Boolean(p))
        .filter((p, i, all) => all.findIndex((q) => samePerson(p, q)) === i);
    }
  }
}

/** One press on a decision card: who, when, what, and for a meeting the date it was decided on. */
export interface BallotPress {
  by: PersonRef;
  at: string;
  outcome: string;
  reason?: string;
  meetingDate?: string;
}

export type BallotOutcome =
  | { kind: 'pending'; votes: Vote[]; quorum: number; deadlocked: boolean }
  | { kind: 'decided'; outcome: string; record: DecisionRecord };

const included = (list: readonly PersonRef[], p: PersonRef) => list.some((q) => samePerson(p, q));

/** What a ballot stands at: whether a decision can still be reached by those who have not voted. */
export function ballotState(
  rule: BodyRule,
  votes: readonly Vote[],
  recommenders: readonly PersonRef[],
  outcomes: readonly string[],
): { quorum: number; eligible: number; deadlocked: boolean } {
  const eligible = rule.members.filter((m) => !included(recommenders, m));
  const remaining = eligible.filter((m) => !votes.some((v) => samePerson(v.by, m))).length;
  const reachable = outcomes.some((o) => votes.filter((v) => v.outcome === o).length + remaining >= rule.quorum);
  return { quorum: rule.quorum, eligible: eligible.length, deadlocked: rule.rule === 'votes' && !reachable };
}

/**
 * The one rule for every decision a body takes (DESIGN.md §3): nobody decides on their own recommendation; under
 * the meeting rule a secretary records the meeting's outcome with its date; under the votes rule each member votes
 * once and the decision falls when the quorum agrees, for or against. Pure: the caller stores what it returns.
 */
export function castBallot(input: {
  rule: BodyRule;
  votes: readonly Vote[];
  press: BallotPress;
  recommenders: readonly PersonRef[];
  outcomes: readonly string[];
  today: string;
}): BallotOutcome | DomainError {
  const { rule, press } = input;
  const body = { body_da: BODY_NAMES[rule.body].da, body_en: BODY_NAMES[rule.body].en };
  if (included(input.recommenders, press.by)) return domainError('DECISION.OWN_RECOMMENDATION', body);
  const reason = press.reason ? { reason: press.reason } : {};
  if (rule.rule === 'meeting') {
    if (!included(rule.secretaries, press.by)) return domainError('DECISION.SECRETARY_ONLY', body);
    if (!press.meetingDate || press.meetingDate > input.today)
      return domainError('DECISION.MEETING_DATE', body, { meetingDate: 'meetingDate' });
    const record: DecisionRecord = {
      by: press.by,
      at: press.at,
      outcome: press.outcome,
      ...reason,
      body: rule.body,
      meetingDate: press.meetingDate,
    };
    return { kind: 'decided', outcome: press.outcome, record };
  }
  const previous = input.votes.find((v) => samePerson(v.by, press.by));
  if (previous) return domainError('NETWORK.ALREADY_VOTED', { at: previous.at });
  const vote: Vote = { by: press.by, at: press.at, outcome: press.outcome, ...reason };
  const votes = [...input.votes, vote];
  if (votes.filter((v) => v.outcome === press.outcome).length >= rule.quorum) {
    return { kind: 'decided', outcome: press.outcome, record: { ...vote, body: rule.body, votes } };
  }
  const state = ballotState(rule, votes, input.recommenders, input.outcomes);
  return { kind: 'pending', votes, quorum: rule.quorum, deadlocked: state.deadlocked };
}

/**
 * What is wrong with the forums' configuration, per form field (`headsForum.quorum`): a quorum larger than the
 * forum, a meeting rule without a secretary, a secretary who is not a member. Checked whenever it is saved.
 */
export function forumConfigErrors(config: OrgConfig): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const forum of FORUMS) {
    const f = config.forums[forum];
    if (f.rule === 'votes' && f.members.length > 0 && f.quorum > f.members.length)
      errors[`${forum}.quorum`] = 'quorumTooLarge';
    if (f.rule === 'meeting' && f.members.length > 0 && f.secretaries.length === 0)
      errors[`${forum}.secretaries`] = 'secretaryRequired';
    if (f.secretaries.some((s) => !included(f.members, s))) errors[`${forum}.secretaries`] = 'secretaryNotMember';
  }
  return errors;
}
