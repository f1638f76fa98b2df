import { CardFactory, type CloudAdapter, MessageFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { type ConversationAddress, DeliveryError, type Messenger } from '../app/messenger';

const AUDIENCE = 'https://api.botframework.com';

/** Turns a connector failure into a DeliveryError with the status and Retry-After the outbox needs. */
function deliveryError(error: unknown): DeliveryError {
  const e = error as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?(name: string): string | undefined } };
  };
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const seconds = retryAfter ? Number(retryAfter) : NaN;
  return new DeliveryError(
    e.message ?? String(error),
    e.statusCode ?? 0,
    Number.isFinite(seconds) ? seconds * 1000 : undefined,
  );
}

/** Proactive messages through the Bot Framework connector (the only botbuilder-aware sender). */
export class BotFrameworkMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  private async inConversation<T>(to: ConversationAddress, logic: (ctx: TurnContext) => Promise<T>): Promise<T> {
    let result: T | undefined;
    try {
      await this.adapter.continueConversationAsync(
        this.botAppId,
        {
          serviceUrl: to.serviceUrl,
          channelId: 'msteams',
          conversation: {
            id: to.conversationId,
            tenantId: to.tenantId,
            isGroup: false,
            conversationType: '',
            name: '',
          },
          bot: { id: this.botAppId, name: '' },
        },
        async (ctx) => {
          result = await logic(ctx);
        },
      );
    } catch (error) {
      throw deliveryError(error);
    }
    return result as T;
  }

  sendCard(to: ConversationAddress, card: CardJson): Promise<string> {
    return this.inConversation(to, async (ctx) => {
      const response = await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      return response?.id ?? '';
    });
  }

  async updateCard(to: ConversationAddress, activityId: string, card: CardJson): Promise<void> {
    await this.inConversation(to, async (ctx) => {
      await ctx.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: activityId });
    });
  }

  async createPersonalConversation(serviceUrl: string, tenantId: string, teamsId: string): Promise<string> {
    let conversationId = '';
    try {
      await this.adapter.createConversationAsync(
        this.botAppId,
        'msteams',
        serviceUrl,
        AUDIENCE,
        {
          isGroup: false,
          bot: { id: this.botAppId, name: '' },
          members: [{ id: teamsId, name: '' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        },
        async (ctx) => {
          conversationId = ctx.activity.conversation.id;
        },
      );
    } catch (error) {
      throw deliveryError(error);
    }
    return conversationId;
  }

  members(
    serviceUrl: string,
    conversationId: string,
  ): Promise<{ teamsId: string; aadObjectId: string; name: string }[]> {
    return this.inConversation({ serviceUrl, conversationId, tenantId: '' }, async (ctx) => {
      const members: { teamsId: string; aadObjectId: string; name: string }[] = [];
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(ctx, 100, token);
        for (const m of page.members)
          members.push({ teamsId: m.id, aadObjectId: m.aadObjectId ?? '', name: m.name ?? '' });
        token = page.continuationToken || undefined;
      } while (token);
      return members;
    });
  }
}
