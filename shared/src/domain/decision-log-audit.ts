import { type DecisionLogEntry, logEntry } from './decision-log-entry';
import type { Network } from './network';
import { type AuditEvent, isWhole, type WholeAuditEvent } from './outcome';

type LeaderDecisionEvent = Extract<WholeAuditEvent, { type: 'leaderAppointed' | 'leaderRejected' }>;
type NominationEvent = Extract<WholeAuditEvent, { type: 'leaderNominated' }>;

const byTime = <E extends { at: string }>(events: E[]) => [...events].sort((a, b) => a.at.localeCompare(b.at));

const leaderDecisionEvents = (audit: readonly AuditEvent[]) =>
  byTime(
    audit.filter(
      (e): e is LeaderDecisionEvent => isWhole(e) && (e.type === 'leaderAppointed' || e.type === 'leaderRejected'),
    ),
  );

/** The newest leader decision in the audit trail: the one the network's `leaderDecision` holds, if it holds one. */
export function lastLeaderDecisionEvent(audit: readonly AuditEvent[]): LeaderDecisionEvent | undefined {
  return leaderDecisionEvents(audit).at(-1);
}

/**
 * The leader decisions and dispensations the network's state no longer holds: a new nomination replaces the
 * nomination (and its dispensation) and clears the heads' forum's decision on the one before (leader.handlers.ts).
 * The audit trail keeps them all, and decision events are never purged; the state holds the newest of each, so
 * every event but the newest is an earlier one. Their votes and meeting date were on the state's record only.
 */
export function earlierLeaderDecisions(n: Network, audit: readonly AuditEvent[]): DecisionLogEntry[] {
  const decisions = leaderDecisionEvents(audit);
  const nominations = byTime(audit.filter((e): e is NominationEvent => isWhole(e) && e.type === 'leaderNominated'));
  const earlierDecisions = n.leaderDecision ? decisions.slice(0, -1) : decisions;
  const earlierNominations = n.nomination ? nominations.slice(0, -1) : nominations;
  const out: DecisionLogEntry[] = [];
  for (const e of earlierNominations)
    if (e.actor && e.data.overrideReason)
      out.push(
        logEntry('dispensation', {
          outcome: 'override',
          by: e.actor,
          at: e.at,
          reason: e.data.overrideReason,
          subject: e.data.person.name,
        }),
      );
  for (const e of earlierDecisions)
    if (e.actor)
      out.push(
        logEntry('leader', {
          outcome: e.type === 'leaderAppointed' ? 'approve' : 'reject',
          by: e.actor,
          at: e.at,
          reason: e.type === 'leaderRejected' ? e.data.reason : undefined,
          body: 'headsForum',
          subject: e.data.person.name,
        }),
      );
  return out;
}
