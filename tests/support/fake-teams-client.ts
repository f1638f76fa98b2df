import { randomUUID } from 'node:crypto';
import type { DeliveredActivity, FakeConnector } from './fake-connector';

/**
 * The Teams clients of everyone in the tests, as far as Adaptive Cards go (Universal Actions, see the Microsoft
 * Teams docs "User Specific Views" and "Work with Universal Actions for Adaptive Cards"):
 *
 * - A card the bot posts or updates (through the fake Bot Connector) is the base card every member sees.
 * - If it has a `refresh` with `userIds`, each listed user's client sends the refresh as an `adaptiveCard/action`
 *   invoke (`trigger: 'automatic'`, `replyToId` the message id) and shows that user the card it gets back; at most
 *   the first 60 ids. Without `userIds`, every member is refreshed when the conversation has at most 60 members;
 *   with `userIds: []`, no one is.
 * - An answer that is not a 200 card (a message, an error, a failure) leaves the user with the base card.
 * - Users not in `userIds` can refresh by hand ("Refresh card" in the message menu); pressing a button shows the
 *   presser the card the bot answers with. Both views are that user's only, until the message is updated.
 * - A message update replaces everyone's view with the new base card and refreshes the listed users again.
 *
 * Not modelled: Teams skips a refresh when the user's last card is less than a minute old, and refreshes again
 * when a chat is reopened or another device asks; a test can call `refreshManually` for the latter.
 */

export type Card = Record<string, unknown>;

/** A Teams user: their MRI (`29:…`, what `refresh.userIds` lists) and Entra object id. */
export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  locale?: string;
}

export interface InvokeResult {
  /** The HTTP status of the bot's answer. */
  status: number;
  /** The card in the invoke response, or `{}` when the answer was not a card. */
  card: Card;
  /** The response body as the bot sent it. */
  raw: unknown;
}

export interface InvokeOptions {
  conversationId: string;
  replyToId?: string;
  trigger?: 'manual' | 'automatic';
  locale?: string;
  activityId?: string;
  channelData?: Record<string, unknown>;
}

/** One refresh a client sent, and whether the user was then shown the card it got back. */
export interface RefreshRecord {
  userId: string;
  conversationId: string;
  activityId: string;
  trigger: 'automatic' | 'manual';
  status: number;
  shown: 'refreshed' | 'base';
}

/** A message with a card, as the clients show it: the base card, and the users who see their own version. */
export interface ShownMessage {
  readonly conversationId: string;
  readonly activityId: string;
  readonly base: Card;
  readonly views: ReadonlyMap<string, Card>;
}

interface Message {
  conversationId: string;
  activityId: string;
  base: Card;
  version: number;
  order: number;
  views: Map<string, Card>;
}

/** Teams refreshes at most this many users automatically. */
export const MAX_AUTOMATIC_REFRESH = 60;
const PARALLEL_REFRESHES = 8;

/**
 * A channel post is the root of its thread: Teams finds it by the channel or by the thread it starts
 * (`<channel>;messageid=<the post>`), for presses and updates alike, and so does this client.
 */
const keyOf = (conversationId: string, activityId: string) =>
  `${conversationId.replace(`;messageid=${activityId}`, '')}\n${activityId}`;
const isChannel = (id: string) => id.startsWith('19:') && !id.startsWith('19:meeting_');

function cardIn(activity: DeliveredActivity['activity']): Card | null {
  const content = activity.attachments?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;
  return content && typeof content === 'object' ? (content as Card) : null;
}

function refreshOf(card: Card): { verb: string; data: Record<string, unknown>; userIds?: string[] } | null {
  const refresh = card.refresh as { action?: { type?: string; verb?: string; data?: object }; userIds?: unknown };
  if (refresh?.action?.type !== 'Action.Execute' || typeof refresh.action.verb !== 'string') return null;
  return {
    verb: refresh.action.verb,
    data: (refresh.action.data ?? {}) as Record<string, unknown>,
    ...(Array.isArray(refresh.userIds) ? { userIds: refresh.userIds.map(String) } : {}),
  };
}

/** The card an invoke answer carries, if it is one: HTTP 200, statusCode 200 and the Adaptive Card type. */
function answeredCard(status: number, body: unknown): Card | null {
  const answer = body as { statusCode?: number; type?: string; value?: { type?: string } } | null;
  return status === 200 &&
    answer?.statusCode === 200 &&
    answer.type === 'application/vnd.microsoft.card.adaptive' &&
    answer.value?.type === 'AdaptiveCard'
    ? (answer.value as Card)
    : null;
}

export class FakeTeamsClient {
  private readonly users = new Map<string, TeamsUser>();
  private readonly messages = new Map<string, Message>();
  private readonly running = new Set<Promise<void>>();
  /** Per message and user: a refresh is under way, and whether the message changed meanwhile. */
  private readonly refreshing = new Map<string, { again: boolean }>();
  private readonly queue: (() => void)[] = [];
  private active = 0;
  private order = 0;
  private unsubscribe: (() => void) | null = null;
  readonly refreshes: RefreshRecord[] = [];
  /** Refreshes that could not reach the bot at all (a test can assert there were none). */
  readonly failures: string[] = [];

  constructor(
    private readonly o: {
      botUrl: string;
      connector: FakeConnector;
      tenantId: string;
      bot: { id: string; name: string };
      teamId: string;
    },
  ) {
    this.unsubscribe = o.connector.onDelivered((d) => this.show(d));
  }

  addUser(user: TeamsUser): void {
    this.users.set(user.id, user);
  }

  /** Stops reacting to new cards and waits for refreshes under way. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.settled();
  }

  /** Resolves when no client is refreshing any more. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** What a user sees of a message (the newest card in the conversation if no id is given), or null. */
  cardSeenBy(userId: string, conversationId: string, activityId?: string): Card | null {
    const message = activityId
      ? this.messages.get(keyOf(conversationId, activityId))
      : this.cardsIn(conversationId).at(-1);
    return message ? (message.views.get(userId) ?? message.base) : null;
  }

  /** The messages with a card in a conversation, oldest first, each with its current base card. */
  cardsIn(conversationId: string): ShownMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.conversationId === conversationId)
      .sort((a, b) => a.order - b.order);
  }

  /** A user presses a button (or anything else that sends an Action.Execute) as Teams sends it. */
  async invoke(
    user: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    options: InvokeOptions,
  ): Promise<InvokeResult> {
    const message = options.replyToId ? this.messages.get(keyOf(options.conversationId, options.replyToId)) : undefined;
    const version = message?.version;
    const body = this.activity(user, options.conversationId, options.locale, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: options.trigger ?? 'manual' },
      ...(options.replyToId ? { replyToId: options.replyToId } : {}),
      ...(options.activityId ? { id: options.activityId } : {}),
    });
    if (options.channelData) body.channelData = { ...body.channelData, ...options.channelData };
    const response = await fetch(`${this.o.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const raw = text ? (JSON.parse(text) as unknown) : null;
    const card = answeredCard(response.status, raw);
    // The answer is shown to this user only, on the card they pressed, unless the card changed meanwhile.
    if (message && card && message.version === version) message.views.set(user.id, card);
    return { status: response.status, card: card ?? (raw as { value?: Card } | null)?.value ?? {}, raw };
  }

  /** "Refresh card" from the message menu, which Teams offers to those not in refresh.userIds. */
  async refreshManually(user: TeamsUser, conversationId: string, activityId: string): Promise<InvokeResult> {
    const message = this.messages.get(keyOf(conversationId, activityId));
    const refresh = message && refreshOf(message.base);
    if (!message || !refresh) throw new Error(`fake Teams: message ${activityId} has no card with a refresh`);
    if (refresh.userIds?.slice(0, MAX_AUTOMATIC_REFRESH).includes(user.id))
      throw new Error(`fake Teams: ${user.name} is refreshed automatically; Teams offers no manual refresh`);
    return this.refresh(message, user, refresh, 'manual');
  }

  /** An activity from a user's client, shaped as Teams sends it in a personal chat, group chat or channel. */
  activity(user: TeamsUser, conversationId: string, locale: string | undefined, extra: Record<string, unknown>) {
    const channel = isChannel(conversationId);
    return {
      id: `teams-${randomUUID()}`,
      channelId: 'msteams',
      serviceUrl: this.o.connector.url,
      timestamp: new Date().toISOString(),
      locale: locale ?? user.locale ?? 'da-DK',
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: this.o.bot,
      conversation: {
        id: conversationId,
        conversationType: channel ? 'channel' : conversationId.startsWith('a:') ? 'personal' : 'groupChat',
        tenantId: this.o.tenantId,
        ...(channel ? { isGroup: true } : {}),
      },
      channelData: {
        tenant: { id: this.o.tenantId },
        ...(channel ? { team: { id: this.o.teamId }, channel: { id: conversationId.split(';')[0] } } : {}),
      } as Record<string, unknown>,
      ...extra,
    };
  }

  /** A card arrives in a conversation: everyone sees the new base card; the listed users' clients refresh. */
  private show(delivered: DeliveredActivity): void {
    const card = cardIn(delivered.activity);
    const key = keyOf(delivered.conversationId, delivered.activityId);
    const known = this.messages.get(key);
    // An update of a message no client has seen (the fake connector accepts any id) shows nothing.
    if (!card || (delivered.kind === 'update' && !known)) return;
    const message: Message = known ?? {
      conversationId: delivered.conversationId,
      activityId: delivered.activityId,
      base: card,
      version: 0,
      order: ++this.order,
      views: new Map(),
    };
    message.base = card;
    message.version += 1;
    message.views.clear();
    this.messages.set(key, message);
    const refresh = refreshOf(card);
    if (!refresh) return;
    for (const user of this.automaticallyRefreshed(delivered.conversationId, refresh.userIds))
      this.track(this.refreshWhileChanging(message, user, refresh));
  }

  /** Who Teams refreshes: the first 60 listed users who are in the conversation (all members ≤ 60 if unlisted). */
  private automaticallyRefreshed(conversationId: string, userIds: string[] | undefined): TeamsUser[] {
    const roster = this.o.connector.members(conversationId);
    const member = (id: string): TeamsUser | undefined => {
      const inRoster = roster?.find((m) => m.id === id);
      if (roster && !inRoster) return undefined;
      return (
        this.users.get(id) ??
        (inRoster?.aadObjectId ? { id, aadObjectId: inRoster.aadObjectId, name: inRoster.name ?? id } : undefined)
      );
    };
    const ids = userIds ?? (roster && roster.length <= MAX_AUTOMATIC_REFRESH ? roster.map((m) => m.id) : []);
    return ids.slice(0, MAX_AUTOMATIC_REFRESH).flatMap((id) => member(id) ?? []);
  }

  /** One client: refreshes, and once more if the card was updated while it waited (it shows only the newest). */
  private async refreshWhileChanging(
    message: Message,
    user: TeamsUser,
    refresh: NonNullable<ReturnType<typeof refreshOf>>,
  ) {
    const key = `${keyOf(message.conversationId, message.activityId)}\n${user.id}`;
    const slot = this.refreshing.get(key);
    if (slot) {
      slot.again = true;
      return;
    }
    const state = { again: true };
    this.refreshing.set(key, state);
    try {
      while (state.again) {
        state.again = false;
        await this.refresh(message, user, refreshOf(message.base) ?? refresh, 'automatic');
      }
    } finally {
      this.refreshing.delete(key);
    }
  }

  private async refresh(
    message: Message,
    user: TeamsUser,
    refresh: NonNullable<ReturnType<typeof refreshOf>>,
    trigger: 'automatic' | 'manual',
  ): Promise<InvokeResult> {
    await new Promise<void>((resolve) => (this.active < PARALLEL_REFRESHES ? resolve() : this.queue.push(resolve)));
    this.active += 1;
    try {
      const version = message.version;
      const result = await this.invoke(user, refresh.verb, refresh.data, {
        conversationId: message.conversationId,
        replyToId: message.activityId,
        trigger,
      });
      const shown = answeredCard(result.status, result.raw) ? 'refreshed' : 'base';
      // Not a card, or an error: the user keeps seeing the base card.
      if (shown === 'base' && message.version === version) message.views.delete(user.id);
      this.refreshes.push({
        userId: user.id,
        conversationId: message.conversationId,
        activityId: message.activityId,
        trigger,
        status: result.status,
        shown,
      });
      return result;
    } finally {
      this.active -= 1;
      this.queue.shift()?.();
    }
  }

  private track(work: Promise<void>): void {
    const tracked: Promise<void> = work
      .catch((error: unknown) => {
        this.failures.push(error instanceof Error ? error.message : String(error));
      })
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }
}
