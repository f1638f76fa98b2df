import { noticeOf, pendingDecision } from '../decision-deadlines';
import { type Handler, ok, stampOf } from '../outcome';

/**
 * The scheduler notes a pending decision's reminder or escalation, once each. A step for a decision that is no
 * longer pending (decided meanwhile, or a new nomination since) changes nothing: the scheduler saw an older state.
 */
export const noteDecisionDeadline: Handler<'noteDecisionDeadline'> = (network, command, ctx) => {
  const pending = pendingDecision(network, ctx.config);
  if (!pending || pending.decision !== command.decision || pending.since !== command.since) return ok(network);
  const notice = noticeOf(network, pending) ?? { decision: pending.decision, since: pending.since };
  const field = command.step === 'reminder' ? 'remindedAt' : 'escalatedAt';
  if (notice[field]) return ok(network);
  const others = (network.deadlineNotices ?? []).filter((x) => x !== noticeOf(network, pending));
  const data = { decision: pending.decision, body: pending.body, dueOn: pending.dueOn };
  return ok(
    { ...network, deadlineNotices: [...others, { ...notice, [field]: stampOf(ctx).at }] },
    command.step === 'reminder' ? { type: 'decisionReminderSent', data } : { type: 'decisionEscalated', data },
  );
};
