import { createHash } from 'node:crypto';
import { t } from '@netvaerk/shared/i18n/messages';
import { closeWhenEveryoneAnswered } from '../reflection-completion';
import { type CardActionHandler, runCardCommand, str } from './card-action-context';

/**
 * A participant answers (or edits) their reflection. The command id is the Teams activity's, so a redelivered
 * activity is a replay, while a person answering again edits their one answer. When everyone has answered, the
 * reflection closes and the leader gets the summary.
 */
export const answerReflection: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const networkId = str(data, 'networkId');
  const meetingId = str(data, 'meetingId');
  const input = {
    type: 'answerReflection',
    networkId,
    meetingId,
    value: str(data, 'value'),
    valueComment: str(data, 'valueComment'),
    workingWell: str(data, 'workingWell'),
    workingWellComment: str(data, 'workingWellComment'),
    changeForm: str(data, 'changeForm') === 'true',
    suggestion: str(data, 'suggestion'),
  };
  const commandId = createHash('sha256')
    .update(`answer|${ctx.incoming.activityId}|${ctx.actor.objectId}`)
    .digest('hex')
    .slice(0, 40);
  return runCardCommand(
    ctx,
    input,
    { type: 'reflection', meetingId, variant: 'card' },
    {
      commandId,
      // In a personal chat (a reminder) the invoke response is the only view there is: no update row that would
      // tie this chat, and so its owner, to the moment of an anonymous answer (issue 13, point 8).
      sharedCard: ctx.incoming.conversation.type !== 'personal',
      // The count (the meeting's tally) and the person's own answer come with the network's read (the service
      // folds this answer in): the count on the card, and whether everyone has answered now, without another
      // round trip. Answers others write at the same moment may be missing; the card's update after them has them.
      beforeRender: async (result) => {
        const answers = result.answers ?? (await ctx.networks.reflectionAnswers(networkId, meetingId));
        const answerCount = result.answerCount ?? answers.length;
        await closeWhenEveryoneAnswered(ctx.service, result.network, meetingId, answerCount);
        return { answers, answerCount };
      },
    },
  );
};

/** The leader writes today's agenda on the meeting's start card (the same command as in the side panel). */
export const writeMeetingNotes: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const meetingId = str(data, 'meetingId');
  return runCardCommand(
    ctx,
    { type: 'writeMeetingNotes', networkId: str(data, 'networkId'), meetingId, agenda: str(data, 'agenda') },
    { type: 'reflection', meetingId, variant: 'start' },
    { values: { agenda: str(data, 'agenda') }, success: () => t(ctx.incoming.locale, 'meeting.start.agendaSaved') },
  );
};

/** The leader starts the reflection from the start card: its card goes to the meeting chat now. */
export const startReflection: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const meetingId = str(data, 'meetingId');
  return runCardCommand(
    ctx,
    { type: 'startReflection', networkId: str(data, 'networkId'), meetingId },
    { type: 'reflection', meetingId, variant: 'start' },
    { success: () => t(ctx.incoming.locale, 'meeting.start.reflectionStarted') },
  );
};
