import { noticeOf, pendingDecisions, sameDeadline } from '../decision-deadlines';
import { type Handler, ok, stampOf } from '../outcome';

/**
 * The scheduler notes a pending decision's reminder or escalation, once each. A step for a decision that is no
 * longer pending (decided or acknowledged meanwhile, a new nomination or contract version since) changes nothing:
 * the scheduler saw an older state.
 */
export const noteDecisionDeadline: Handler<'noteDecisionDeadline'> = (network, command, ctx) => {
  const pending = pendingDecisions(network, ctx.config).find((p) => sameDeadline(p, command));
  if (!pending) return ok(network);
  const kept = noticeOf(network, pending);
  const notice = kept ?? { decision: pending.decision, since: pending.since, body: pending.body };
  const field = command.step === 'reminder' ? 'remindedAt' : 'escalatedAt';
  if (notice[field]) return ok(network);
  const others = (network.deadlineNotices ?? []).filter((x) => x !== kept);
  const data = { decision: pending.decision, body: pending.body, dueOn: pending.dueOn };
  return ok(
    { ...network, deadlineNotices: [...others, { ...notice, [field]: stampOf(ctx).at }] },
    command.step === 'reminder' ? { type: 'decisionReminderSent', data } : { type: 'decisionEscalated', data },
  );
};
