import { answeringView } from './answering-view';
import { type CardActionHandler, runCardCommand, str } from './card-action-context';

const answer = answeringView('recordAnchoringOutcome');

/** The director records a deciding body's outcome for one anchoring recommendation (its own input on the card). */
export const recordAnchoringOutcome: CardActionHandler = (ctx) => {
  const d = ctx.action.data;
  const recommendationId = str(d, 'recommendationId');
  const field = `outcome_${recommendationId}`;
  const meetingDate = str(d, 'meetingDate');
  return runCardCommand(
    ctx,
    {
      type: 'recordAnchoringOutcome',
      networkId: str(d, 'networkId'),
      recommendationId,
      outcome: str(d, field),
      meetingDate,
    },
    answer(d),
    { values: { [field]: str(d, field), meetingDate } },
  );
};
