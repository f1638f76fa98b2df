import { CardFactory, type CloudAdapter, MessageFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { type ConversationAddress, DeliveryError, type Messenger } from '../app/messenger';
import { TimeoutError, withTimeout } from '../app/with-timeout';

const AUDIENCE = 'https://api.botframework.com';
/** How much longer than the timeout a send that is in doubt is still listened to for its late answer. */
const LATE_ANSWER_FACTOR = 3;

/** Turns a connector failure into a DeliveryError with the status and Retry-After the outbox needs. */
function deliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  // A connector that does not answer in time is treated like a gateway timeout: retried, with backoff.
  if (error instanceof TimeoutError) return new DeliveryError(error.message, 504);
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
    /** The longest one call to the connector may take (a hung connector must not hold the outbox). */
    private readonly timeoutMs = 10_000,
  ) {}

  /** Bounds a whole connector operation (token, request, retries inside the SDK) by the timeout. */
  private bounded<T>(what: string, operation: Promise<T>): Promise<T> {
    return withTimeout(operation, this.timeoutMs, what).catch((error: unknown) => {
      throw deliveryError(error);
    });
  }

  private get requestOptions() {
    return { timeout: this.timeoutMs, abortSignal: AbortSignal.timeout(this.timeoutMs) };
  }

  /**
   * Runs logic with a connector client for the conversation. Errors are caught inside the turn and rethrown
   * here: the adapter's onTurnError would otherwise swallow them, and a failed send would look delivered.
   */
  private inConversation<T>(
    to: ConversationAddress,
    logic: (client: ConnectorClient, ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    return this.bounded('the Bot Connector', this.continueIn(to, logic));
  }

  private async continueIn<T>(
    to: ConversationAddress,
    logic: (client: ConnectorClient, ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    let result: T | undefined;
    let failure: unknown = null;
    const reference = {
      serviceUrl: to.serviceUrl,
      channelId: 'msteams',
      conversation: { id: to.conversationId, tenantId: to.tenantId, isGroup: false, conversationType: '', name: '' },
      bot: { id: this.botAppId, name: '' },
    };
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (ctx) => {
      try {
        result = await logic(ctx.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey), ctx);
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw deliveryError(failure);
    return result as T;
  }

  /**
   * A new message in the conversation (not a reply to the continuation's made-up activity). Creating an activity
   * is not idempotent and the connector takes no idempotency key, so a send that has no answer in time is not
   * abandoned: it fails as in doubt, its request stays open for `LATE_ANSWER_FACTOR` times the timeout, and the
   * id the connector answers late with is handed to the outbox, which then records the message as sent instead
   * of posting it twice.
   */
  sendCard(to: ConversationAddress, card: CardJson): Promise<string> {
    const lateMs = this.timeoutMs * LATE_ANSWER_FACTOR;
    const sending = this.continueIn(to, async (client) => {
      // No conversation object: the URL names it, and a made-up one (empty type) is refused by strict connectors.
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      const response = await client.conversations.sendToConversation(to.conversationId, activity, {
        timeout: lateMs,
        abortSignal: AbortSignal.timeout(lateMs),
      });
      return response.id ?? '';
    });
    return withTimeout(sending, this.timeoutMs, 'the Bot Connector').catch((error: unknown) => {
      const failure = deliveryError(error);
      if (!(error instanceof TimeoutError)) throw failure;
      const lateAnswer = withTimeout(sending, lateMs, 'the Bot Connector').then(
        (id) => id || null,
        () => null,
      );
      throw new DeliveryError(failure.message, failure.status, failure.retryAfterMs, lateAnswer);
    });
  }

  async updateCard(to: ConversationAddress, activityId: string, card: CardJson): Promise<void> {
    await this.inConversation(to, async (client) => {
      const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: activityId };
      await client.conversations.updateActivity(to.conversationId, activityId, activity, this.requestOptions);
    });
  }

  async createPersonalConversation(serviceUrl: string, tenantId: string, teamsId: string): Promise<string> {
    let conversationId = '';
    await this.bounded(
      'the Bot Connector',
      this.adapter.createConversationAsync(
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
      ),
    );
    return conversationId;
  }

  members(
    serviceUrl: string,
    conversationId: string,
  ): Promise<{ teamsId: string; aadObjectId: string; name: string }[]> {
    return this.inConversation({ serviceUrl, conversationId, tenantId: '' }, async (_client, ctx) => {
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
