import type { Server } from 'restify';
import { networkIdSchema } from '@netvaerk/shared/api/request-schemas';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { maySeeNetwork } from '@netvaerk/shared/domain/visibility';
import { type ApiContext, authed } from '../api-context';
import { sendJson, sendNotVisible } from '../http';

/** One card the outbox posted: where, under which message id, and which view it shows. */
export interface PostedCardDto {
  conversationId: string;
  activityId: string;
  view: OutboxView;
}

/**
 * Local development only: the cards the outbox posted for a network, newest first. `npm run decide` presses a
 * channel card as another forum member, and Teams sends such a press from the card's thread with the card's
 * message id (replyToId); without them the app cannot know which shared card to update for everyone. A Teams
 * client knows the ids from the message it shows; a script beside the Playground learns them here.
 */
export function registerDevCardRoutes(server: Server, ctx: ApiContext): void {
  if (!ctx.localDev) return;
  server.get(
    '/api/dev/networks/:id/posted-cards',
    authed(ctx, async (r) => {
      const id = String(r.req.params.id);
      const snapshot = networkIdSchema.safeParse(id).success ? await ctx.services.networks.load(id) : null;
      if (!snapshot || !maySeeNetwork(snapshot.network, r.actor, r.config)) return sendNotVisible(r.res, r.locale);
      const cards: PostedCardDto[] = (await ctx.services.outbox.forNetwork(id))
        .filter((e) => e.status === 'sent' && e.message.mode === 'send' && e.sentActivityId)
        .sort((a, b) => (a.rowKey < b.rowKey ? 1 : -1))
        .map((e) => ({ conversationId: e.sentConversationId, activityId: e.sentActivityId, view: e.message.view }));
      sendJson(r.res, 200, { cards });
    }),
  );
}
