import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { parseConfig } from '../../bot/src/config';
import { type RunningServer, startServer } from '../../bot/src/server';
import { orgConfig, PEOPLE, type Persona } from '../../shared/src/testing/domain-fixtures';
import { personKey } from '../../shared/src/domain/types';
import type { OrgConfig } from '../../shared/src/domain/types';
import { azuriteConnectionString, uniqueTablePrefix } from './azurite-env';
import { type FakeConnector, type SentActivity, startFakeConnector } from './fake-connector';
import { type Card, FakeTeamsClient, type InvokeResult, type TeamsUser } from './fake-teams-client';

export type { Card };

export const BOT = { id: '28:netvaerk-bot', name: 'Netværk for Teams' };
export const TENANT = PEOPLE.director.tenantId;
export const teamsIdOf = (p: Persona) => `29:${PEOPLE[p].objectId}`;
export const personalChatOf = (p: Persona) => `a:personal-${PEOPLE[p].objectId}`;
const TEAM_ID = '19:team@thread.tacv2';

/** Someone acting in a test: a persona, or a person made up for it (e.g. one of 50 participants). */
export type Someone = Persona | { objectId: string; name: string };

/** A person's Teams identity, as their client sends it: MRI `29:<object id>` and the Entra object id. */
export function teamsUserOf(someone: Someone, locale?: string): TeamsUser {
  const p = typeof someone === 'string' ? PEOPLE[someone] : someone;
  return { id: `29:${p.objectId}`, aadObjectId: p.objectId, name: p.name, ...(locale ? { locale } : {}) };
}

/** The persona whose personal chat a conversation is, if it is one. */
export function personalChatOwner(conversationId: string): Persona | undefined {
  return (Object.keys(PEOPLE) as Persona[]).find((p) => personalChatOf(p) === conversationId);
}

/** The bot's error-level log lines, captured (and everything printed when TEST_LOG_LEVEL is set). */
function capturingLogger(errors: Record<string, unknown>[]) {
  const echo = process.env.TEST_LOG_LEVEL;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (Number(entry.level) >= 50) errors.push(entry);
        if (echo) process.stdout.write(`${line}\n`);
      }
      done();
    },
  });
  return pino({ level: echo ?? 'error', base: { app: 'netvaerk' } }, sink);
}

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
    /** Everyone's Teams client: automatic refreshes, and what each user sees of each card. */
    readonly teams: FakeTeamsClient,
    tablePrefix: string,
    private readonly shared: boolean,
    /** The server's error-level log entries. */
    readonly errorLogs: Record<string, unknown>[],
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
      /** The Teams locale the app remembers for everyone at the start; '' for people whose locale it never saw. */
      seedLocale?: string;
      /** The server's clock, for tests that let days pass (deadlines); the real clock otherwise. */
      clock?: { now(): Date };
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
    const errorLogs: Record<string, unknown>[] = [];
    const server = await startServer(config, capturingLogger(errorLogs), options.clock ? { clock: options.clock } : {});
    // One Teams for all instances: its clients call the first server, as they would call the bot's endpoint.
    const teams =
      options.shareWith?.teams ??
      new FakeTeamsClient({ botUrl: server.url, connector, tenantId: TENANT, bot: BOT, teamId: TEAM_ID });
    for (const persona of Object.keys(PEOPLE) as Persona[]) teams.addUser(teamsUserOf(persona));
    const harness = new BotHarness(server, connector, teams, tablePrefix, Boolean(options.shareWith), errorLogs);
    if (!options.shareWith) await harness.seed(options);
    return harness;
  }

  /** The organisation's configuration and the people the app has met in Teams (as if they had used it). */
  private async seed(options: { channels?: boolean; config?: Partial<OrgConfig>; seedLocale?: string }): Promise<void> {
    const { directory, config } = this.server.services;
    for (const persona of Object.keys(PEOPLE) as Persona[]) {
      await directory.rememberPerson({
        ...PEOPLE[persona],
        teamsId: teamsIdOf(persona),
        serviceUrl: this.connector.url,
        locale: options.seedLocale ?? 'da-DK',
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
          teamId: TEAM_ID,
        });
        channels[key as keyof typeof CHANNELS] = conversationId;
      }
    }
    await config.save({ ...orgConfig(), channels, ...options.config }, null);
  }

  get url(): string {
    return this.server.url;
  }

  private activity(someone: Someone, extra: Record<string, unknown>, conversationId?: string, locale = 'da-DK') {
    const user = teamsUserOf(someone);
    return this.teams.activity(user, conversationId ?? `a:personal-${user.aadObjectId}`, locale, {
      id: `act-${++this.seq}-${randomUUID().slice(0, 8)}`,
      ...extra,
    });
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
    persona: Someone,
    text: string,
    options: { conversationId?: string; locale?: string; value?: unknown; channelData?: Record<string, unknown> } = {},
  ) {
    const activity = this.activity(
      persona,
      { type: 'message', text, ...(options.value ? { value: options.value } : {}) },
      options.conversationId,
      options.locale,
    );
    if (options.channelData) activity.channelData = { ...activity.channelData, ...options.channelData };
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

  /**
   * Presses an Action.Execute button as a person, through their Teams client: returns the bot's answer, which
   * that person then sees on the card (when `replyToId` names a card the client shows).
   */
  async invoke(
    persona: Someone,
    verb: string,
    data: Record<string, unknown>,
    options: {
      conversationId?: string;
      replyToId?: string;
      locale?: string;
      activityId?: string;
      channelData?: Record<string, unknown>;
    } = {},
  ): Promise<InvokeResult> {
    const user = teamsUserOf(persona);
    return this.teams.invoke(user, verb, data, {
      conversationId: options.conversationId ?? `a:personal-${user.aadObjectId}`,
      replyToId: options.replyToId ?? `card-${++this.seq}`,
      activityId: options.activityId ?? `act-${++this.seq}-${randomUUID().slice(0, 8)}`,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.channelData ? { channelData: options.channelData } : {}),
    });
  }

  /**
   * The card a person sees of a message (the newest card in the conversation if no id is given): their own
   * refreshed or answered version, or the base card everyone sees.
   */
  cardSeenBy(persona: Someone, conversationId: string, activityId?: string): Card | null {
    return this.teams.cardSeenBy(teamsUserOf(persona).id, conversationId, activityId);
  }

  /** "Refresh card" from the message menu, as someone not in the card's refresh.userIds. */
  refreshManually(persona: Someone, conversationId: string, activityId: string): Promise<InvokeResult> {
    return this.teams.refreshManually(teamsUserOf(persona), conversationId, activityId);
  }

  /** Lets the outbox deliver everything due, and the Teams clients refresh what it delivered. */
  async deliver(): Promise<void> {
    const { dispatcher } = this.server.services;
    await dispatcher.idle();
    dispatcher.kick();
    await dispatcher.idle();
    await this.teams.settled();
  }

  /** Cards the bot sent (or replied) to a conversation, oldest first. */
  sentTo(conversationId: string): SentActivity[] {
    return this.connector.sent().filter((s) => s.conversationId === conversationId);
  }

  /**
   * The newest card in a conversation as a person sees it: `as`, or the owner of a personal chat, or else the
   * base card everyone sees.
   */
  lastCardIn(conversationId: string, as?: Persona): { card: Card; activityId: string } | null {
    const message = this.teams.cardsIn(conversationId).at(-1);
    if (!message) return null;
    const viewer = as ?? personalChatOwner(conversationId);
    const card = viewer ? this.cardSeenBy(viewer, conversationId, message.activityId) : message.base;
    return card ? { card, activityId: message.activityId } : null;
  }

  async network(id: string) {
    return (await this.server.services.networks.load(id))?.network ?? null;
  }

  personKeyOf(persona: Persona): string {
    return personKey(PEOPLE[persona]);
  }

  async stop(): Promise<void> {
    if (!this.shared) await this.teams.stop();
    await this.server.close();
    if (!this.shared) await this.connector.stop();
  }
}
