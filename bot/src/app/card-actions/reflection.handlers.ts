import { createHash } from 'node:crypto';
import type { Network } from '@netvaerk/shared/domain/network';
import { expectedReflections } from '@netvaerk/shared/domain/reflectors';
import { type CardActionHandler, runCardCommand, str } from './card-action-context';

const SYSTEM = { objectId: 'system', name: 'Netværk for Teams', surface: 'system' as const, isSystem: true };

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
      // The answers are read once, after the write: for the count on the card and to see if everyone answered.
      beforeRender: async (network) => {
        const answers = await ctx.networks.reflectionAnswers(networkId, meetingId);
        await closeWhenEveryoneAnswered(ctx, network, meetingId, answers.length);
        return { answers };
      },
    },
  );
};

async function closeWhenEveryoneAnswered(
  ctx: Parameters<CardActionHandler>[0],
  network: Network,
  meetingId: string,
  answered: number,
): Promise<void> {
  const meeting = network.meetings.find((m) => m.id === meetingId);
  if (meeting?.status !== 'reflectionOpen' || answered < expectedReflections(network, meeting)) return;
  await ctx.service.execute(
    {
      type: 'closeReflection',
      commandId: `close-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`,
      networkId: network.id,
      meetingId,
    },
    { ...SYSTEM, tenantId: ctx.actor.tenantId },
  );
}
