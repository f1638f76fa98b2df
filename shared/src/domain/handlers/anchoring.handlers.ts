import { decidingBodyName } from '../anchoring';
import { domainError } from '../errors';
import { danishToday, type Handler, ok, stampOf } from '../outcome';

/**
 * The director records what a deciding body decided on an anchoring recommendation that went to it (issue 13,
 * point 6); until then the recommendation is a task in her pending list. The body decides in its own meeting (the
 * foundation: the director "indstiller … til rette vedkommende beslutningstagere, herunder kommunalbestyrelsen og
 * chefforum"), so the record is the meeting rule's: the outcome with the meeting's date, today or earlier.
 * Recorded once: a second outcome is refused with who recorded the first.
 */
export const recordAnchoringOutcome: Handler<'recordAnchoringOutcome'> = (network, command, ctx) => {
  const anchoring = network.anchoring;
  const target = anchoring?.recommendations.find((r) => r.id === command.recommendationId);
  if (!anchoring || !target) return domainError('ANCHORING.NOT_FOUND');
  if (target.path.kind !== 'decidingBody') return domainError('ANCHORING.NO_DECISION_NEEDED');
  if (target.followUp)
    return domainError('ANCHORING.ALREADY_RECORDED', { by: target.followUp.by.name, at: target.followUp.at });
  if (command.meetingDate > danishToday(ctx)) {
    const name = decidingBodyName(target.path.body);
    return domainError('DECISION.MEETING_DATE', { body_da: name.da, body_en: name.en }, { meetingDate: 'meetingDate' });
  }
  const followUp = { ...stampOf(ctx), outcome: command.outcome, meetingDate: command.meetingDate };
  const recommendations = anchoring.recommendations.map((r) => (r.id === target.id ? { ...r, followUp } : r));
  return ok(
    { ...network, anchoring: { ...anchoring, recommendations } },
    {
      type: 'anchoringOutcomeRecorded',
      data: {
        recommendationId: target.id,
        body: target.path.body,
        outcome: command.outcome,
        meetingDate: command.meetingDate,
      },
    },
  );
};
