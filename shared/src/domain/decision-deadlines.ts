import { type BodyDecision, bodyRuleOf, type DeadlineDecision, deciderOf } from './body-decision';
import { missingParties } from './contract-parties';
import { PHASE_SPECS } from './lifecycle';
import { currentContractVersion, type Network } from './network';
import type { Body, OrgConfig } from './types';

/** A decision a body has in hand, when it got it, its deadline and when it is reminded. */
export interface PendingDecision {
  decision: DeadlineDecision;
  body: Body;
  /** When the decision came to the body (the step that asked for it); with the decision (and body), its key. */
  since: string;
  /** The day the body should have decided by: `since` plus the body's deadline in days. */
  dueOn: string;
  /** The one reminder before the deadline: 3 days before it (half way, for a deadline of under 6 days). */
  remindOn: string;
}

/** What the network has done about a pending decision's deadline: reminded the body, escalated it. */
export interface DeadlineNotice {
  decision: DeadlineDecision;
  since: string;
  /** The body reminded: it tells apart the bodies that owe the same contract version (absent on older rows). */
  body?: Body;
  remindedAt?: string;
  escalatedAt?: string;
}

type Waiting = { decision: DeadlineDecision; body: Body; since: string };
type DeadlineKey = { decision: DeadlineDecision; since: string; body?: Body | undefined };

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/**
 * The people among the contract parties sign for themselves: the director puts the version up and has it in her
 * own list, and a learning network's leader may not be appointed yet when it is put up. Only a body's
 * acknowledgement, given by its decision rule, is a decision with a deadline.
 */
const PERSON_PARTIES: readonly Body[] = ['director', 'leader', 'originator'];

/** The body decision the network's phase waits for, and since when (null when none is pending). */
function waitingDecision(n: Network): { decision: BodyDecision; since: string } | null {
  switch (n.phase) {
    case 'idea':
      // An innovation idea without a track waits for the director's choice of track, not a body's decision.
      return n.type === 'innovation' && !n.track ? null : { decision: 'recommendation', since: n.createdAt };
    case 'recommended':
      return n.recommendation ? { decision: 'idea', since: n.recommendation.at } : null;
    case 'leaderNominated':
      return n.nomination ? { decision: 'leader', since: n.nomination.at } : null;
    case 'awaitingContinuationDecision':
      return n.closing?.directorEndorsement
        ? { decision: 'continuation', since: n.closing.directorEndorsement.at }
        : null;
    default:
      return null;
  }
}

/**
 * The bodies of the routing table that still owe their acknowledgement of the current version of contract phase 1,
 * each since that version was put up (its last edit: an edit or a new version asks afresh), while the phase still
 * takes acknowledgements. Each body has its own deadline, so phase 1 cannot stall unseen behind one of them.
 */
function waitingAcknowledgements(n: Network, config: OrgConfig): Waiting[] {
  const current = currentContractVersion(n, 1);
  if (!current || !PHASE_SPECS[n.phase].commands.includes('signContractPhase')) return [];
  return missingParties(n, 1, config)
    .filter((body) => !PERSON_PARTIES.includes(body))
    .map((body) => ({ decision: 'contractAcknowledgement', body, since: current.editedBy.at }));
}

/** A waiting decision with its body's deadline (DESIGN.md §3: each forum's `deadlineDays`, default 14). */
function withDeadline(waiting: Waiting, n: Network, config: OrgConfig): PendingDecision {
  const days = bodyRuleOf(waiting.body, config, n).deadlineDays;
  const before = days >= 6 ? 3 : Math.max(1, Math.floor(days / 2));
  return { ...waiting, dueOn: addDays(waiting.since, days), remindOn: addDays(waiting.since, days - before) };
}

/**
 * The decision the network's phase waits for from a body, with its deadline and its one reminder before it (a
 * person deciding alone has the default deadline too). Pure.
 */
export function pendingDecision(n: Network, config: OrgConfig): PendingDecision | null {
  const waiting = waitingDecision(n);
  if (!waiting) return null;
  const body = deciderOf(n, waiting.decision);
  return body ? withDeadline({ ...waiting, body }, n, config) : null;
}

/**
 * Every decision the network waits for from a body, each with its own deadline: the phase's decision and each
 * body's acknowledgement of contract phase 1 (both can wait at once, e.g. while the leader is being decided). Pure.
 */
export function pendingDecisions(n: Network, config: OrgConfig): PendingDecision[] {
  const phase = pendingDecision(n, config);
  const acknowledgements = waitingAcknowledgements(n, config).map((w) => withDeadline(w, n, config));
  return [...(phase ? [phase] : []), ...acknowledgements];
}

/**
 * Whether two keys name the same pending decision: by decision and since; an acknowledgement also by its body,
 * since several bodies owe the same contract version. (Older notices carry no body; they are never about one.)
 */
export function sameDeadline(a: DeadlineKey, b: DeadlineKey): boolean {
  if (a.decision !== b.decision || a.since !== b.since) return false;
  return a.decision !== 'contractAcknowledgement' || a.body === b.body;
}

/** A step due about a pending decision: its one reminder, or its escalation. */
export interface DeadlineStep {
  pending: PendingDecision;
  step: 'reminder' | 'escalation';
}

/** What is due now about each pending decision: its reminder, its escalation (each happens once), or nothing. */
export function deadlineStepsDue(
  n: Network & { deadlineNotices?: DeadlineNotice[] },
  config: OrgConfig,
  now: string,
): DeadlineStep[] {
  return pendingDecisions(n, config).flatMap((pending): DeadlineStep[] => {
    const notice = noticeOf(n, pending);
    if (now >= pending.dueOn) return notice?.escalatedAt ? [] : [{ pending, step: 'escalation' }];
    if (now >= pending.remindOn)
      return notice?.remindedAt || notice?.escalatedAt ? [] : [{ pending, step: 'reminder' }];
    return [];
  });
}

/** The notice kept for one pending decision (a decision that comes back, e.g. a new nomination, starts afresh). */
export function noticeOf(n: { deadlineNotices?: DeadlineNotice[] }, pending: DeadlineKey): DeadlineNotice | undefined {
  return n.deadlineNotices?.find((x) => sameDeadline(x, pending));
}

/** The pending decisions already escalated to the director and the consultants (what their card is about). */
export function escalatedDecisions(n: Network, config: OrgConfig): PendingDecision[] {
  return pendingDecisions(n, config).filter((p) => noticeOf(n, p)?.escalatedAt);
}

/** Whole days a decision is past its deadline (0 on the day it falls due). */
export function daysOverdue(pending: PendingDecision, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(pending.dueOn)) / DAY_MS));
}
