import { t } from '@netvaerk/shared/i18n/messages';
import { type CardActionHandler, loadForView, noticeCard, runCardCommand, str } from './card-action-context';

/**
 * Links the meeting (when the card is in a meeting chat) or the channel to a network: its meetings' reflections
 * then come to that chat, and the channel gets the network's closing reflection.
 */
export const linkNetwork: CardActionHandler = async (ctx) => {
  const networkId = str(ctx.action.data, 'networkId');
  const { incoming } = ctx;
  const loaded = await loadForView(ctx, networkId);
  if (!loaded.ok) return loaded.card;
  const done = () => t(incoming.locale, 'meeting.link.done', { name: loaded.network.name });
  // The links follow from the command: the network's save indexes the meeting or the channel with the change.
  if (incoming.meetingId) {
    return runCardCommand(
      ctx,
      {
        type: 'linkMeeting',
        networkId,
        meetingId: incoming.meetingId,
        title: incoming.conversation.name || 'Møde',
        chatId: incoming.conversation.id,
      },
      { type: 'network', kind: 'status' },
      { success: done, sharedCard: false },
    );
  }
  const channelId =
    incoming.teamsChannelId ||
    (incoming.conversation.type === 'channel' ? incoming.conversation.id.split(';')[0]! : '');
  if (!channelId)
    return noticeCard(
      ctx,
      t(incoming.locale, 'meeting.link.title'),
      t(incoming.locale, 'meeting.link.notMeeting'),
      'attention',
    );
  await ctx.directory.rememberConversation({
    conversationId: channelId,
    name: incoming.conversation.name,
    serviceUrl: incoming.serviceUrl,
    tenantId: incoming.tenantId,
    conversationType: 'channel',
    teamId: incoming.conversation.teamId,
  });
  return runCardCommand(
    ctx,
    { type: 'updateSettings', networkId, channelId },
    { type: 'network', kind: 'status' },
    { success: done, sharedCard: false },
  );
};
