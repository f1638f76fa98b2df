import { randomUUID } from 'node:crypto';
import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { orgConfig, PEOPLE, type Persona } from '../../shared/src/testing/domain-fixtures';
import { personKey } from '../../shared/src/domain/types';
import type { OrgConfig } from '../../shared/src/domain/types';
import { azuriteConnectionString, uniqueTablePrefix } from './azurite-env';
import { type FakeConnector, type SentActivity, startFakeConnector } from './fake-connector';

export type Card = Record<string, unknown>;

export const BOT = { id: '28:netvaerk-bot', name: 'Netværk for Teams' };
export const TENANT = PEOPLE.director.tenantId;
export const teamsIdOf = (p: Persona) => `29:${PEOPLE[p].objectId}`;
export const personalChatOf = (p: Persona) => `a:personal-${PEOPLE[p].objectId}`;

/** Forum channels, as Teams names channel conversations. */
export const CHANNELS = {
  directorsForum: '19:direktoerforum@thread.tacv2',
  headsForum: '19:chefforum@thread.tacv2',
  politicalCommittee: '19:politisk-udvalg@thread.tacv2',
  centralDepartmentHeads: '19:afdelingschefer@thread.tacv2',
  announcements: '19:netvaerk-opslag@thread.tacv2',
} as const;

/** All texts of a card (TextBlocks, facts, action titles), for assertions that read like what a user sees. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label']) if (typeof o[key] === 'string') out.push(o[key] as string);
      for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
    }
  };
  walk(card);
  return out.join('\n');
}

/** The Action.Execute actions of a card, by verb. */
export function actionsOf(card: Card): { verb: string; title: string; data: Record<string, unknown> }[] {
  return ((card.actions as { verb: string; title: string; data: Record<string, unknown> }[] | undefined) ?? []).filter(
    (a) => a.verb,
  );
}

export function cardOf(sent: SentActivity | { activity: { attachments?: { content?: unknown }[] } }): Card {
  return (sent.activity.attachments?.[0]?.content ?? {}) as Card;
}

/**
 * The real server (restify + CloudAdapter) on a free port, in local-dev mode, against the shared test Azurite
 * (own table prefix) and a fake Bot Connector on loopback. Activities are posted over HTTP as Teams would.
 */
export class BotHarness {
  private seq = 0;
  private constructor(
    readonly server: RunningServer,
    readonly connector: FakeConnector,
    tablePrefix: string,
    private readonly shared: boolean,
  ) {
    this.tablePrefix = tablePrefix;
  }

  readonly tablePrefix: string = '';

  /**
   * Starts a server. With `shareWith`, a second instance on the same storage and connector (no seeding): for
   * tests of several instances, or of a restart.
   */
  static async start(
    options: {
      channels?: boolean;
      config?: Partial<OrgConfig>;
      shareWith?: BotHarness;
      env?: Record<string, string>;
    } = {},
  ): Promise<BotHarness> {
    const connector = options.shareWith?.connector ?? (await startFakeConnector());
    const tablePrefix = options.shareWith?.tablePrefix ?? uniqueTablePrefix();
    const config = parseConfig({
      LOCAL_DEV: 'true',
      PORT: '0',
      STORAGE_CONNECTION_STRING: azuriteConnectionString(),
      TABLE_PREFIX: tablePrefix,
      ...options.env,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      OUTBOX_POLL_MS: '200',
      // Tests drive the scheduler's ticks themselves; reminders are due at once, summaries after a day.
      SCHEDULER_INTERVAL_MS: '3600000',
      REFLECTION_REMINDER_AFTER_HOURS: '0',
    });
    const server = await startServer(config, createLogger(config.LOG_LEVEL));
    const harness = new BotHarness(server, connector, tablePrefix, Boolean(options.shareWith));
    if (!options.shareWith) await harness.seed(options);
    return harness;
  }

  /** The organisation's configuration and the people the app has met in Teams (as if they had used it). */
  private async seed(options: { channels?: boolean; config?: Partial<OrgConfig> }): Promise<void> {
    const { directory, config } = this.server.services;
    for (const persona of Object.keys(PEOPLE) as Persona[]) {
      await directory.rememberPerson({
        ...PEOPLE[persona],
        teamsId: teamsIdOf(persona),
        serviceUrl: this.connector.url,
        locale: 'da-DK',
        personalConversationId: personalChatOf(persona),
      });
    }
    const channels: OrgConfig['channels'] = {};
    if (options.channels) {
      for (const [key, conversationId] of Object.entries(CHANNELS)) {
        await directory.rememberConversation({
          conversationId,
          name: key,
          serviceUrl: this.connector.url,
          tenantId: TENANT,
          conversationType: 'channel',
          teamId: '19:team@thread.tacv2',
        });
        channels[key as keyof typeof CHANNELS] = conversationId;
      }
    }
    await config.save({ ...orgConfig(), channels, ...options.config }, null);
  }

  get url(): string {
    return this.server.url;
  }

  private activity(
    persona: Persona | { objectId: string; name: string },
    extra: Record<string, unknown>,
    conversationId?: string,
    locale = 'da-DK',
  ) {
    const p = typeof persona === 'string' ? PEOPLE[persona] : persona;
    const teamsId = `29:${p.objectId}`;
    const conversation = conversationId ?? `a:personal-${p.objectId}`;
    // Channels are 19:…@thread.tacv2; meeting chats (19:meeting_…@thread.v2) are group chats.
    const isChannel = conversation.startsWith('19:') && !conversation.startsWith('19:meeting_');
    return {
      id: `act-${++this.seq}-${randomUUID().slice(0, 8)}`,
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      timestamp: new Date().toISOString(),
      locale,
      from: { id: teamsId, name: p.name, aadObjectId: p.objectId },
      recipient: BOT,
      conversation: {
        id: conversation,
        conversationType: isChannel ? 'channel' : conversation.startsWith('a:') ? 'personal' : 'groupChat',
        tenantId: TENANT,
        ...(isChannel ? { isGroup: true } : {}),
      },
      channelData: {
        tenant: { id: TENANT },
        ...(isChannel ? { team: { id: '19:team@thread.tacv2' }, channel: { id: conversation } } : {}),
      },
      ...extra,
    };
  }

  /** Posts any activity body as Teams would; returns the HTTP status and the parsed body. */
  async post(body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  async message(
    persona: Persona | { objectId: string; name: string },
    text: string,
    options: { conversationId?: string; locale?: string; value?: unknown; channelData?: Record<string, unknown> } = {},
  ) {
    const activity = this.activity(
      persona,
      { type: 'message', text, ...(options.value ? { value: options.value } : {}) },
      options.conversationId,
      options.locale,
    );
    if (options.channelData)
      activity.channelData = { ...activity.channelData, ...options.channelData } as typeof activity.channelData;
    return this.post(activity);
  }

  /** Posts a Teams meeting event (start or end) for a meeting and its chat, as Teams does. */
  async meetingEvent(kind: 'Start' | 'End', meetingId: string, chatId: string, value: Record<string, unknown>) {
    return this.post({
      type: 'event',
      name: `application/vnd.microsoft.meeting${kind}`,
      id: `meeting-${kind}-${meetingId}`,
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      from: { id: '29:leader', aadObjectId: 'leader' },
      recipient: BOT,
      conversation: { id: chatId, conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
      channelData: { tenant: { id: TENANT }, meeting: { id: meetingId } },
      value,
    });
  }

  /** Presses an Action.Execute button as a persona; returns the card Teams would show that person. */
  async invoke(
    persona: Persona | { objectId: string; name: string },
    verb: string,
    data: Record<string, unknown>,
    options: {
      conversationId?: string;
      replyToId?: string;
      locale?: string;
      activityId?: string;
      channelData?: Record<string, unknown>;
    } = {},
  ): Promise<{ status: number; card: Card; raw: unknown }> {
    const body = this.activity(
      persona,
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        replyToId: options.replyToId ?? `card-${this.seq}`,
        ...(options.activityId ? { id: options.activityId } : {}),
      },
      options.conversationId,
      options.locale,
    );
    if (options.channelData)
      body.channelData = { ...body.channelData, ...options.channelData } as typeof body.channelData;
    const result = await this.post(body);
    const invokeResponse = result.body as { statusCode?: number; value?: Card } | null;
    return { status: result.status, card: invokeResponse?.value ?? {}, raw: result.body };
  }

  /** Lets the outbox deliver everything due. */
  async deliver(): Promise<void> {
    const { dispatcher } = this.server.services;
    await dispatcher.idle();
    dispatcher.kick();
    await dispatcher.idle();
  }

  /** Cards the bot sent (or replied) to a conversation, oldest first. */
  sentTo(conversationId: string): SentActivity[] {
    return this.connector.sent().filter((s) => s.conversationId === conversationId);
  }

  lastCardIn(conversationId: string): { card: Card; activityId: string } | null {
    const sent = this.sentTo(conversationId).at(-1);
    return sent ? { card: cardOf(sent), activityId: sent.activityId } : null;
  }

  async network(id: string) {
    return (await this.server.services.networks.load(id))?.network ?? null;
  }

  personKeyOf(persona: Persona): string {
    return personKey(PEOPLE[persona]);
  }

  async stop(): Promise<void> {
    await this.server.close();
    if (!this.shared) await this.connector.stop();
  }
}
