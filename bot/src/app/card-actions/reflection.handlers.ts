import { createHash } from 'node:crypto';
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
  const card = await runCardCommand(ctx, input, { type: 'reflection', meetingId, variant: 'card' }, { commandId });
  await closeWhenEveryoneAnswered(ctx, networkId, meetingId);
  return card;
};

async function closeWhenEveryoneAnswered(
  ctx: Parameters<CardActionHandler>[0],
  networkId: string,
  meetingId: string,
): Promise<void> {
  const snapshot = await ctx.networks.load(networkId);
  const meeting = snapshot?.network.meetings.find((m) => m.id === meetingId);
  if (!snapshot || meeting?.status !== 'reflectionOpen') return;
  const n = snapshot.network;
  const answers = await ctx.networks.reflectionAnswers(networkId, meetingId);
  if (answers.length < expectedReflections(n, meeting)) return;
  await ctx.service.execute(
    {
      type: 'closeReflection',
      commandId: `close-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`,
      networkId,
      meetingId,
    },
    { ...SYSTEM, tenantId: ctx.actor.tenantId },
  );
}
