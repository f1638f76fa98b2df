import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  type ChannelAccount,
  MessageFactory,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import type { CardAction, Incoming } from '../app/incoming';

/** What the app offers the transport: Bot Framework–free entry points. */
export interface BotApp {
  onMessage(incoming: Incoming, reply: (card: CardJson) => Promise<void>): Promise<void>;
  onCardAction(incoming: Incoming, action: CardAction): Promise<CardJson>;
  /**
   * The bot was added to a conversation. Teams reports it twice: a `conversationUpdate` (without the user's
   * locale) and an `installationUpdate` (with it), in no promised order.
   */
  onInstalled(
    incoming: Incoming,
    reply: (card: CardJson) => Promise<void>,
    via: 'conversationUpdate' | 'installationUpdate',
  ): Promise<void>;
  onEvent(incoming: Incoming, name: string): Promise<void>;
}

/** Copies what the app needs out of a Bot Framework activity. */
export function toIncoming(ctx: TurnContext): Incoming {
  const a = ctx.activity;
  const channelData = (a.channelData ?? {}) as {
    tenant?: { id?: string };
    team?: { id?: string; name?: string };
    channel?: { id?: string; name?: string };
    meeting?: { id?: string };
  };
  const rawLocale =
    a.locale ?? (a.entities?.find((e) => e.type === 'clientInfo') as { locale?: string } | undefined)?.locale ?? '';
  return {
    activityId: a.id ?? '',
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    locale: localeFrom(rawLocale),
    rawLocale,
    tenantId: a.conversation?.tenantId ?? channelData.tenant?.id ?? '',
    from: { teamsId: a.from?.id ?? '', aadObjectId: a.from?.aadObjectId ?? '', name: a.from?.name ?? '' },
    conversation: {
      id: a.conversation?.id ?? '',
      type: a.conversation?.conversationType ?? 'personal',
      name: channelData.channel?.name ?? a.conversation?.name ?? channelData.team?.name ?? '',
      teamId: channelData.team?.id ?? '',
    },
    replyToId: a.replyToId ?? '',
    meetingId: channelData.meeting?.id ?? '',
    teamsChannelId: channelData.channel?.id ?? '',
    text: (a.text ?? '').trim(),
    value: a.value,
  };
}

const replier = (ctx: TurnContext) => async (card: CardJson) => {
  await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
};

/**
 * The activity handler only routes: each kind of activity goes to the app with a neutral Incoming. This and the
 * other files in transport/ are the only ones that import botbuilder (ADR 3).
 */
export class TeamsRouter extends TeamsActivityHandler {
  constructor(private readonly app: BotApp) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.app.onMessage(toIncoming(ctx), replier(ctx));
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      const botAdded = (ctx.activity.membersAdded ?? []).some(
        (m: ChannelAccount) => m.id === ctx.activity.recipient?.id,
      );
      if (botAdded) await this.app.onInstalled(toIncoming(ctx), replier(ctx), 'conversationUpdate');
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.app.onInstalled(toIncoming(ctx), replier(ctx), 'installationUpdate');
      await next();
    });
  }

  /**
   * Every event goes to the app as is: botbuilder's typed meeting wrappers expect PascalCase `value` keys while
   * the Teams documentation also shows camelCase, so the app parses both itself.
   */
  protected override async dispatchEventActivity(ctx: TurnContext): Promise<void> {
    await this.app.onEvent(toIncoming(ctx), ctx.activity.name ?? '');
  }

  protected override async onAdaptiveCardInvoke(
    ctx: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = (value.action?.data ?? {}) as Record<string, unknown>;
    const card = await this.app.onCardAction(toIncoming(ctx), {
      verb: value.action?.verb ?? String(data.verb ?? ''),
      data,
    });
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}
