import { earlierLeaderDecisions, lastLeaderDecisionEvent } from './decision-log-audit';
import { type DecisionLogEntry, type DecisionLogKind, logEntry, type LoggedDecision } from './decision-log-entry';
import type { Network } from './network';
import type { AuditEvent } from './outcome';

export {
  DECISION_LOG_KINDS,
  type DecisionLogBody,
  type DecisionLogEntry,
  type DecisionLogKind,
} from './decision-log-entry';

/** Every round's director's recommendation on continuing: the closed rounds' (issue 13, point 4) and the current one. */
function endorsements(n: Network): LoggedDecision[] {
  const closings = [...(n.rounds ?? []).map((r) => r.closing), ...(n.closing ? [n.closing] : [])];
  return closings.flatMap((c) => {
    const e = c.directorEndorsement;
    return e ? [{ outcome: 'endorsed', by: e.by, at: e.at, reason: e.comment, body: e.decider }] : [];
  });
}

/** What each deciding body decided on an anchoring recommendation, as the director recorded it (issue 13, point 6). */
function anchoringOutcomes(n: Network): LoggedDecision[] {
  return (n.anchoring?.recommendations ?? []).flatMap((r) =>
    r.followUp && r.path.kind === 'decidingBody'
      ? [
          {
            outcome: r.followUp.outcome,
            by: r.followUp.by,
            at: r.followUp.at,
            body: r.path.body,
            subject: r.text,
            ...(r.followUp.meetingDate ? { meetingDate: r.followUp.meetingDate } : {}),
          },
        ]
      : [],
  );
}

/**
 * Every decision and dispensation taken on the network, oldest first, each with its reason (DESIGN.md §4: the
 * director's reason for letting a leader lead a third network is logged). One source for cards and the tab.
 *
 * Built from the network's state, which keeps every round and every anchoring outcome. The state keeps only the
 * latest nomination and leader decision, though (a new nomination clears them), so earlier ones come from the
 * audit trail when the caller has it; without it the log shows the current ones only.
 */
export function decisionLog(n: Network, audit: readonly AuditEvent[] = []): DecisionLogEntry[] {
  const out: DecisionLogEntry[] = [];
  const add = (kind: DecisionLogKind, r: LoggedDecision | null | undefined) => {
    if (r) out.push(logEntry(kind, r));
  };
  add('recommendation', n.recommendation);
  add('decision', n.decision);
  out.push(...earlierLeaderDecisions(n, audit));
  const nomination = n.nomination;
  if (nomination?.override)
    add('dispensation', {
      outcome: 'override',
      by: nomination.by,
      at: nomination.at,
      reason: nomination.override.reason,
      subject: nomination.person.name,
    });
  if (n.leaderDecision)
    add('leader', {
      ...n.leaderDecision,
      subject:
        n.leaderDecision.outcome === 'approve' ? n.leader?.name : lastLeaderDecisionEvent(audit)?.data.person.name,
    });
  for (const e of endorsements(n)) add('endorsement', e);
  for (const e of n.extensions)
    add('extension', { ...e.decision, reason: e.decision.reason ?? e.evaluation.adjustments });
  add('continuation', n.continuationDecision);
  if (n.publication) add('publication', { outcome: 'published', by: n.publication.by, at: n.publication.at });
  for (const a of anchoringOutcomes(n)) add('anchoringOutcome', a);
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
