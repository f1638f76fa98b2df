import { type BodyDecision, bodyRuleOf, deciderOf } from './body-decision';
import type { Network } from './network';
import type { Body, OrgConfig } from './types';

/** A decision a body has in hand, when it got it, its deadline and when it is reminded. */
export interface PendingDecision {
  decision: BodyDecision;
  body: Body;
  /** When the decision came to the body (the step that asked for it); also its key with the decision. */
  since: string;
  /** The day the body should have decided by: `since` plus the body's deadline in days. */
  dueOn: string;
  /** The one reminder before the deadline: 3 days before it (half way, for a deadline of under 6 days). */
  remindOn: string;
}

/** What the network has done about a pending decision's deadline: reminded the body, escalated it. */
export interface DeadlineNotice {
  decision: BodyDecision;
  since: string;
  remindedAt?: string;
  escalatedAt?: string;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

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
 * The decision the network waits for from a body, with its deadline (DESIGN.md §3: each forum's `deadlineDays`,
 * default 14; a person deciding alone has the default too) and its one reminder before it. Pure.
 */
export function pendingDecision(n: Network, config: OrgConfig): PendingDecision | null {
  const waiting = waitingDecision(n);
  if (!waiting) return null;
  const body = deciderOf(n, waiting.decision);
  if (!body) return null;
  const days = bodyRuleOf(body, config, n).deadlineDays;
  const before = days >= 6 ? 3 : Math.max(1, Math.floor(days / 2));
  return { ...waiting, body, dueOn: addDays(waiting.since, days), remindOn: addDays(waiting.since, days - before) };
}

/** What is due now about the pending decision: its reminder, its escalation, or nothing (each happens once). */
export function deadlineStepDue(
  n: Network & { deadlineNotices?: DeadlineNotice[] },
  config: OrgConfig,
  now: string,
): { pending: PendingDecision; step: 'reminder' | 'escalation' } | null {
  const pending = pendingDecision(n, config);
  if (!pending) return null;
  const notice = noticeOf(n, pending);
  if (now >= pending.dueOn) return notice?.escalatedAt ? null : { pending, step: 'escalation' };
  if (now >= pending.remindOn) return notice?.remindedAt || notice?.escalatedAt ? null : { pending, step: 'reminder' };
  return null;
}

/** The notice kept for one pending decision (a decision that comes back, e.g. a new nomination, starts afresh). */
export function noticeOf(
  n: { deadlineNotices?: DeadlineNotice[] },
  pending: Pick<PendingDecision, 'decision' | 'since'>,
): DeadlineNotice | undefined {
  return n.deadlineNotices?.find((x) => x.decision === pending.decision && x.since === pending.since);
}

/** Whole days a decision is past its deadline (0 on the day it falls due). */
export function daysOverdue(pending: PendingDecision, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(pending.dueOn)) / DAY_MS));
}
