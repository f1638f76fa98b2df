import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { ideaFormView } from '@netvaerk/shared/cards/views/idea-form.view';
import { linkNetworkView, myNetworksView } from '@netvaerk/shared/cards/views/my-networks.view';
import { noticeView, welcomeView } from '@netvaerk/shared/cards/views/welcome.view';
import type { NetworkService } from '@netvaerk/shared/app/network-service';
import type { Directory } from '@netvaerk/shared/domain/directory';
import type { ConfigRepository, MeetingLinks, NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, personKey, samePerson } from '@netvaerk/shared/domain/types';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { mayLink } from '@netvaerk/shared/domain/lifecycle';
import { t } from '@netvaerk/shared/i18n/messages';
import type { Logger } from '../logger';
import type { BotApp } from '../transport/teams-router';
import type { CardActionContext, CardActionHandler, PostedCards } from './card-actions/card-action-context';
import { networksOf } from './card-actions/my-networks.handlers';
import { cardActionHandlers } from './card-actions/registry';
import { CardRenderer } from './card-renderer';
import { actorOf, type CardAction, type Incoming } from './incoming';
import { randomUUID } from 'node:crypto';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';

export interface BotAppDeps {
  service: NetworkService;
  networks: NetworkRepository;
  config: ConfigRepository;
  directory: Directory;
  logger: Logger;
  bootstrapAdmins: readonly string[];
  links: MeetingLinks;
  postedCards: PostedCards;
  pseudonymise: Pseudonymiser;
  /** The Teams app id for the deep links from cards into the tab (TEAMS_APP_ID); none: no links. */
  teamsAppId?: string;
  /** The public privacy page, linked from the reflection card. */
  privacyUrl?: string;
  /** Meeting events (issue: meetings) are handled by their own module. */
  onMeetingEvent?: (incoming: Incoming, name: string) => Promise<void>;
}

/** The product's "something went wrong, try again" card: what a user sees when storage is unavailable. */
function retryCard(locale: Incoming['locale']): CardJson {
  return renderAppCard(
    noticeView(t(locale, 'card.error.title'), { text: t(locale, 'card.error.body'), tone: 'attention' }),
  );
}

/** Text commands, Danish and English, after mentions and punctuation are stripped. */
const COMMANDS = new Map<string, 'idea' | 'help' | 'mine' | 'config' | 'link'>(
  Object.entries({
    'tilknyt netværk': 'link',
    'tilknyt netvaerk': 'link',
    'link network': 'link',
    'ny idé': 'idea',
    'ny ide': 'idea',
    idé: 'idea',
    ide: 'idea',
    'new idea': 'idea',
    idea: 'idea',
    'foreslå et netværk': 'idea',
    hjælp: 'help',
    help: 'help',
    hej: 'help',
    hello: 'help',
    'mine netværk': 'mine',
    'my networks': 'mine',
    opsætning: 'config',
    settings: 'config',
    config: 'config',
  } as const),
);

function normalise(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/g, '')
    .replace(/[.!?]+$/g, '')
    .trim()
    .toLowerCase();
}

/**
 * The bot's behaviour, free of Bot Framework types: welcome on install, text commands, and card actions routed
 * by verb to one handler each. Every person and conversation seen is remembered for proactive messages.
 */
export class NetvaerkBotApp implements BotApp {
  /** A Map, not a plain object: a verb from card data must never reach Object.prototype (`constructor`, …). */
  private readonly handlers: ReadonlyMap<string, CardActionHandler>;
  private readonly renderer: CardRenderer;

  constructor(private readonly deps: BotAppDeps) {
    this.handlers = new Map(Object.entries(cardActionHandlers(deps.bootstrapAdmins)));
    this.renderer = new CardRenderer(
      deps.directory,
      deps.networks,
      deps.pseudonymise,
      deps.teamsAppId,
      deps.privacyUrl,
    );
  }

  private log(incoming: Incoming): Logger {
    return this.deps.logger.child({ conversationId: incoming.conversation.id, activityId: incoming.activityId });
  }

  /** Keeps the directory current: the person's Teams id and chat, and the conversation. */
  private async remember(incoming: Incoming, actor: Actor | null): Promise<void> {
    if (actor) {
      await this.deps.directory.rememberPerson({
        ...actor,
        teamsId: incoming.from.teamsId,
        serviceUrl: incoming.serviceUrl,
        locale: incoming.rawLocale,
        ...(incoming.conversation.type === 'personal' ? { personalConversationId: incoming.conversation.id } : {}),
      });
    }
    if (incoming.conversation.type !== 'personal' && incoming.conversation.id) {
      const known = await this.deps.directory.conversation(incoming.conversation.id);
      if (!known || (incoming.conversation.name && known.name !== incoming.conversation.name)) {
        await this.deps.directory.rememberConversation({
          conversationId: incoming.conversation.id,
          name: incoming.conversation.name || known?.name || '',
          serviceUrl: incoming.serviceUrl,
          tenantId: incoming.tenantId,
          conversationType: incoming.conversation.type,
          teamId: incoming.conversation.teamId,
        });
      }
    }
  }

  /**
   * The user's language: the activity's locale when it has one, else the one remembered from their earlier
   * activities (an install's conversationUpdate carries none), else Danish.
   */
  private async withLocale(incoming: Incoming): Promise<Incoming> {
    if (incoming.rawLocale) return incoming;
    const actor = actorOf(incoming);
    const known = actor ? await this.deps.directory.person(personKey(actor)) : null;
    return known?.locale ? { ...incoming, locale: localeFrom(known.locale), rawLocale: known.locale } : incoming;
  }

  async onInstalled(
    received: Incoming,
    reply: (card: CardJson) => Promise<void>,
    via: 'conversationUpdate' | 'installationUpdate',
  ): Promise<void> {
    // Remembering the conversation is what later proactive messages need: a failure here must reach the
    // transport (503, so Teams can deliver the install again) instead of a welcome that hides it.
    await this.remember(received, actorOf(received));
    const incoming = await this.withLocale(received);
    const personal = incoming.conversation.type === 'personal';
    // In a personal chat the welcome waits for a locale (the installationUpdate brings it); a shared
    // conversation's welcome is Danish for everyone, like the base of every shared card.
    if (personal && !incoming.rawLocale && via === 'conversationUpdate') return;
    // Once per conversation across instances and restarts, and never below a card the app already posted
    // there (the outbox marks those conversations): Teams reports installs again when a chat is reopened.
    if (!(await this.deps.directory.markWelcomed(incoming.conversation.id))) return;
    this.log(incoming).info({ conversationType: incoming.conversation.type, via }, 'installed');
    await reply(renderAppCard(welcomeView(personal ? incoming.locale : 'da')));
  }

  async onMessage(received: Incoming, reply: (card: CardJson) => Promise<void>): Promise<void> {
    let incoming = received;
    try {
      incoming = await this.withLocale(received);
      await this.answerMessage(incoming, reply);
    } catch (error) {
      this.log(incoming).error({ err: error }, 'message failed');
      await reply(retryCard(incoming.locale));
    }
  }

  private async answerMessage(incoming: Incoming, reply: (card: CardJson) => Promise<void>): Promise<void> {
    const actor = actorOf(incoming);
    await this.remember(incoming, actor);
    // Older clients send Action.Execute as Action.Submit: a message whose value carries the verb.
    const value = incoming.value as { verb?: unknown } | undefined;
    if (value && typeof value.verb === 'string') {
      await reply(await this.onCardAction(incoming, { verb: value.verb, data: value as Record<string, unknown> }));
      return;
    }
    const locale = incoming.locale;
    switch (COMMANDS.get(normalise(incoming.text)) ?? (normalise(incoming.text) === '' ? 'help' : undefined)) {
      case 'idea':
        return reply(renderAppCard(ideaFormView(locale, { formId: randomUUID() })));
      case 'help':
        return reply(renderAppCard(welcomeView(locale)));
      case 'mine':
        return reply(
          renderAppCard(
            myNetworksView(actor ? await networksOf(this.deps.networks, this.deps.config, actor) : [], locale),
          ),
        );
      case 'config':
        return reply(await this.onCardAction(incoming, { verb: 'showConfig', data: {} }));
      case 'link':
        return reply(renderAppCard(linkNetworkView(actor ? await this.linkable(actor) : [], locale)));
      default:
        return reply(renderAppCard(noticeView(t(locale, 'app.name'), { text: t(locale, 'unknown.command') })));
    }
  }

  /** Networks a person may link a meeting or channel to: those they lead, or all live ones for the director. */
  private async linkable(actor: Actor) {
    const [all, { config }] = await Promise.all([this.deps.networks.list(), this.deps.config.load()]);
    const staff =
      (config.director && samePerson(config.director, actor)) || config.consultants.some((c) => samePerson(c, actor));
    return all.filter((n) => mayLink(n.phase) && (staff || (n.leader && samePerson(n.leader, actor))));
  }

  async onCardAction(received: Incoming, action: CardAction): Promise<CardJson> {
    const incoming = await this.withLocale(received).catch(() => received);
    const locale = incoming.locale;
    const logger = this.log(incoming).child({ verb: action.verb });
    const actor = actorOf(incoming);
    if (!actor) {
      return renderAppCard(
        noticeView(t(locale, 'card.refusal.title'), {
          text: t(locale, 'card.unknownUser'),
          tone: 'attention',
        }),
      );
    }
    const handler = this.handlers.get(action.verb);
    if (!handler) {
      logger.warn('unknown verb');
      return renderAppCard(
        noticeView(t(locale, 'card.error.title'), { text: t(locale, 'unknown.command'), tone: 'attention' }),
      );
    }
    const ctx: CardActionContext = {
      incoming,
      action,
      actor,
      service: this.deps.service,
      networks: this.deps.networks,
      config: this.deps.config,
      directory: this.deps.directory,
      renderer: this.renderer,
      links: this.deps.links,
      postedCards: this.deps.postedCards,
      logger,
    };
    // Everything that touches storage is inside: an outage answers the retry card, never an empty 5xx.
    try {
      await this.remember(incoming, actor);
      return await handler(ctx);
    } catch (error) {
      logger.error({ err: error }, 'card action failed');
      return retryCard(locale);
    }
  }

  async onEvent(incoming: Incoming, name: string): Promise<void> {
    await this.deps.onMeetingEvent?.(incoming, name);
  }

  get cardRenderer(): CardRenderer {
    return this.renderer;
  }
}
