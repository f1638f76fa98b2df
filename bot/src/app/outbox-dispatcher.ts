import type { Directory } from '@netvaerk/shared/domain/directory';
import { isDue, type OutboxEntry, type OutboxStore, type OutboxTarget } from '@netvaerk/shared/domain/outbox';
import type { Clock } from '@netvaerk/shared/domain/ports';
import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { ConfigRepository, NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, type OrgConfig } from '@netvaerk/shared/domain/types';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { ConcurrencyError } from '@netvaerk/shared/domain/concurrency-error';
import type { Logger } from '../logger';
import type { CardRenderer } from './card-renderer';
import { type ConversationAddress, DeliveryError, type Messenger } from './messenger';
import { RateLimiter } from './rate-limiter';

/**
 * Statuses after which trying again later can succeed: throttling (429), a stale state (412), the connector's
 * own failures (500, 502, 503, 504), a timeout (408) and no answer at all (0: refused connection, our timeout).
 * Bounded by maxAttempts with backoff.
 */
const RETRYABLE = new Set([0, 408, 412, 429, 500, 502, 503, 504]);

export interface DispatcherOptions {
  maxAttempts?: number;
  leaseMs?: number;
  /** Base of the exponential backoff; the actual wait is jittered and never shorter than Retry-After. */
  backoffMs?: number;
  pollMs?: number;
  random?: () => number;
}

interface Resolved {
  address: ConversationAddress;
  viewer: Actor | null;
  locale: string;
}

class Undeliverable extends Error {}

/** What became of one row: sent, settled without sending, or to be tried again (the lane stops there). */
type Outcome = 'sent' | 'failed' | 'refused' | 'wait';

/** Which lane a message travels in: one per target, so messages to one conversation keep their order. */
const laneOf = (entry: OutboxEntry) => JSON.stringify(entry.message.target);

/**
 * Delivers the durable outbox: claims due rows with their ETag (so several instances never send one row twice),
 * renders the card from the network's current state, sends or updates it within Teams' rate limits, and marks
 * it sent, or retries with jittered backoff honouring Retry-After, or marks it failed.
 *
 * Each conversation has its own lane: its messages go one at a time, oldest first, and a message that must wait
 * (for a retry, or for another instance's claim to run out) holds back the later ones of that conversation
 * only. One slow or hung conversation therefore never delays another, the order within a conversation is kept,
 * and a crash can repeat at most the one message each conversation had in flight.
 */
export class OutboxDispatcher {
  private scanning: Promise<void> | null = null;
  /** A look at every network's rows is asked for (the poll, or a kick without a network). */
  private everyNetwork = false;
  /** Networks whose rows are to be looked at: a change kicks its own network, not a scan of the whole table. */
  private readonly networks = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly lanes = new Map<string, Promise<void>>();
  /** Lanes that had new rows while they were busy, with the networks they came from: looked at again after. */
  private readonly rescan = new Map<string, Set<string> | 'every'>();
  private readonly limiter = new RateLimiter();
  /**
   * Sends of this instance that had no answer in time but may still have arrived, by outbox row: the retry waits
   * for their late answer and, if the connector took the message after all, records its id instead of posting
   * the message a second time (creating an activity is not idempotent, and the connector takes no key).
   */
  private readonly inDoubt = new Map<string, Promise<string | null>>();
  private readonly o: Required<DispatcherOptions>;

  constructor(
    private readonly deps: {
      outbox: OutboxStore;
      networks: NetworkRepository;
      config: ConfigRepository;
      directory: Directory;
      messenger: Messenger;
      renderer: CardRenderer;
      clock: Clock;
      logger: Logger;
      /** After a reflection card was sent: close the reflection if everyone has answered (a fresh read). */
      completeReflection?: (network: Network, meetingId: string) => Promise<void>;
      /** Who has not answered a meeting's reflection yet, worked out at send time (never stored). */
      nonResponders?: (network: Network, meeting: Meeting) => Promise<string[]>;
    },
    options: DispatcherOptions = {},
  ) {
    this.o = { maxAttempts: 6, leaseMs: 30_000, backoffMs: 1000, pollMs: 2000, random: Math.random, ...options };
  }

  /** Starts polling (for rows left by a crash or a retry's wait); `kick` sends new rows at once. */
  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.o.pollMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
  }

  /**
   * Looks for open rows now, or once more right after the current look (a kick is never lost): of one network
   * when a change there wrote them, of all when polling. Rows left by a crash or a retry's wait are found by
   * the poll.
   */
  kick(networkId?: string): void {
    if (networkId === undefined) this.everyNetwork = true;
    else this.networks.add(networkId);
    this.look();
  }

  private asked(): boolean {
    return this.everyNetwork || this.networks.size > 0;
  }

  private look(): void {
    if (this.scanning) return;
    this.scanning = (async () => {
      while (this.asked() && !this.stopped) {
        const which = this.everyNetwork ? undefined : [...this.networks];
        this.everyNetwork = false;
        this.networks.clear();
        try {
          await this.scan(which);
        } catch (error) {
          this.deps.logger.error({ err: error }, 'outbox pass failed');
        }
      }
    })().finally(() => {
      this.scanning = null;
      if (this.asked() && !this.stopped) this.look();
    });
  }

  /** Waits until no scan and no lane is running: for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.scanning || this.lanes.size > 0) await Promise.all([this.scanning, ...this.lanes.values()]);
  }

  /** Reads the open rows (of these networks, or all) and starts a lane for every conversation with none running. */
  private async scan(networkIds?: string[]): Promise<void> {
    const rows = networkIds
      ? (await Promise.all(networkIds.map((id) => this.deps.outbox.open(id)))).flat()
      : await this.deps.outbox.open();
    const open = await this.supersede(rows.sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1)));
    for (const [lane, rows] of this.byLane(open)) {
      if (this.lanes.has(lane)) {
        const known = this.rescan.get(lane);
        if (!networkIds || known === 'every') this.rescan.set(lane, 'every');
        else this.rescan.set(lane, new Set([...(known ?? []), ...rows.map((r) => r.networkId)]));
        continue;
      }
      const running = this.runLane(rows)
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error }, 'outbox lane failed');
          return 0;
        })
        .then(() => {
          this.lanes.delete(lane);
          const again = this.rescan.get(lane);
          this.rescan.delete(lane);
          if (!again || this.stopped) return;
          if (again === 'every') this.kick();
          else for (const id of again) this.kick(id);
        });
      this.lanes.set(lane, running);
    }
  }

  private byLane(rows: OutboxEntry[]): Map<string, OutboxEntry[]> {
    const lanes = new Map<string, OutboxEntry[]>();
    for (const row of rows) lanes.set(laneOf(row), [...(lanes.get(laneOf(row)) ?? []), row]);
    return lanes;
  }

  /**
   * Sends a conversation's rows in order. Stops at the first row that is not due (waiting for its retry, or
   * claimed by another instance) or that is to be retried: the rows after it wait, so order is kept.
   */
  private async runLane(rows: OutboxEntry[]): Promise<number> {
    let sent = 0;
    for (const row of rows) {
      if (this.stopped || !isDue(row, this.deps.clock.now())) break;
      const outcome = await this.deliver(row);
      if (outcome === 'sent') sent++;
      if (outcome === 'wait') break;
    }
    return sent;
  }

  /**
   * Updates of one card that are waiting together collapse into the newest: it renders the current state anyway,
   * and 50 answers to a reflection must not become 50 updates against Teams' rate limit.
   */
  private async supersede(open: OutboxEntry[]): Promise<OutboxEntry[]> {
    const now = this.deps.clock.now();
    const key = (e: OutboxEntry) => JSON.stringify([e.message.target, e.message.activityId]);
    const collapsible = (e: OutboxEntry) => e.message.mode === 'update' && e.status === 'pending' && isDue(e, now);
    const newest = new Map<string, OutboxEntry>();
    for (const entry of open) {
      if (!collapsible(entry)) continue;
      const other = newest.get(key(entry));
      if (!other || other.rowKey < entry.rowKey) newest.set(key(entry), entry);
    }
    const keep: OutboxEntry[] = [];
    const superseded: OutboxEntry[] = [];
    for (const entry of open) {
      if (!collapsible(entry) || newest.get(key(entry)) === entry) keep.push(entry);
      else superseded.push({ ...entry, status: 'sent', lastError: 'superseded by a newer update of the same card' });
    }
    // Settled together (one write per network): 50 answers in a second are one card update and one write more.
    await this.deps.outbox.writeAll(superseded);
    return keep;
  }

  private async deliver(due: OutboxEntry): Promise<Outcome> {
    try {
      return await this.claimAndSend(due);
    } catch (error) {
      // Losing the row to another instance (its lease ran out and it was claimed again): that one sends it, and
      // this lane must not overtake it.
      if (error instanceof ConcurrencyError) return 'wait';
      throw error;
    }
  }

  private async claimAndSend(due: OutboxEntry): Promise<Outcome> {
    const now = this.deps.clock.now();
    let entry: OutboxEntry;
    try {
      entry = await this.deps.outbox.write({
        ...due,
        status: 'sending',
        attempts: due.attempts + 1,
        leaseUntil: new Date(now.getTime() + this.o.leaseMs).toISOString(),
      });
    } catch (error) {
      if (error instanceof ConcurrencyError) return 'wait'; // another instance claimed it
      throw error;
    }
    const log = this.deps.logger.child({ networkId: entry.networkId, outboxId: entry.message.id });
    try {
      const snapshot = await this.deps.networks.load(entry.networkId);
      if (!snapshot) throw new Undeliverable('the network no longer exists');
      const { config } = await this.deps.config.load();
      if (entry.message.target.kind === 'nonResponders')
        return await this.remind(entry, entry.message.target.meetingId, snapshot.network, config, log);
      const target = await this.resolve(entry.message.target, config);
      const card = await this.deps.renderer.render(entry.message.view, snapshot.network, config, {
        viewer: target.viewer,
        locale: localeFrom(target.locale),
      });
      if (
        entry.message.mode === 'update' &&
        !(await this.deps.outbox.posted(entry.networkId, target.address.conversationId, entry.message.activityId ?? ''))
      ) {
        // The message to replace came from the activity (replyToId): only a card this network's outbox sent to
        // that conversation may be overwritten, never another of the bot's messages.
        log.warn({ activityId: entry.message.activityId }, 'update refused: not a card the app sent for this network');
        await this.deps.outbox.write({
          ...entry,
          status: 'refused',
          lastError: 'the message to update was not sent by the app for this network',
        });
        return 'refused';
      }
      await this.limiter.acquire(target.address.conversationId);
      let activityId = '';
      if (entry.message.mode === 'update' && entry.message.activityId) {
        await this.deps.messenger.updateCard(target.address, entry.message.activityId, card);
        activityId = entry.message.activityId;
      } else {
        activityId = (await this.lateAnswerOf(entry)) ?? (await this.deps.messenger.sendCard(target.address, card));
      }
      await this.deps.outbox.write({
        ...entry,
        status: 'sent',
        sentActivityId: activityId,
        sentConversationId: target.address.conversationId,
        lastError: '',
      });
      log.info({ mode: entry.message.mode, view: entry.message.view }, 'outbox message delivered');
      if (entry.message.mode === 'send') await this.markPosted(target.address.conversationId, log);
      if (entry.message.view.type === 'reflection') {
        // The update after the last answers' writes is where their count is certain (see reflection-completion).
        await this.deps.completeReflection?.(snapshot.network, entry.message.view.meetingId).catch((error: unknown) => {
          log.error({ err: error }, 'closing a complete reflection failed');
        });
      }
      return 'sent';
    } catch (error) {
      return this.failOrRetry(entry, error, log);
    }
  }

  /**
   * Tells the directory a card of the app is in this conversation, so no welcome is posted below it later (an
   * install event for a chat or channel can come after the app's first card there). After the row is settled and
   * never thrown: the card is sent, and a failure here must not send it again.
   */
  private async markPosted(conversationId: string, log: Logger): Promise<void> {
    await this.deps.directory.markPostedIn(conversationId).catch((error: unknown) => {
      log.warn({ err: error }, 'could not record the conversation as posted in; a welcome may follow there');
    });
  }

  /** The id of this row's earlier send if it was in doubt and the connector took it after all (waits for it). */
  private async lateAnswerOf(entry: OutboxEntry): Promise<string | null> {
    const late = this.inDoubt.get(entry.rowKey);
    if (!late) return null;
    const id = await late;
    this.inDoubt.delete(entry.rowKey);
    if (id) this.deps.logger.info({ outboxId: entry.message.id, activityId: id }, 'outbox send answered late');
    return id;
  }

  /**
   * A reminder to everyone who has not answered yet, found now and sent one by one. The row records how many
   * were not reached, never who: a stored list of addressees, next to the meeting's attendees, would say who
   * answered. A reminder a person's chat refuses is not retried (it is one gentle nudge); a crash while sending
   * can repeat it for those still not answering.
   */
  private async remind(
    entry: OutboxEntry,
    meetingId: string,
    network: Network,
    config: OrgConfig,
    log: Logger,
  ): Promise<Outcome> {
    const meeting = network.meetings.find((m) => m.id === meetingId);
    const keys =
      meeting?.status === 'reflectionOpen' && this.deps.nonResponders
        ? await this.deps.nonResponders(network, meeting)
        : [];
    let missed = 0;
    for (const personKey of keys) {
      try {
        const target = await this.resolve({ kind: 'person', personKey }, config);
        const card = await this.deps.renderer.render(entry.message.view, network, config, {
          viewer: target.viewer,
          locale: localeFrom(target.locale),
        });
        await this.limiter.acquire(target.address.conversationId);
        await this.deps.messenger.sendCard(target.address, card);
        await this.markPosted(target.address.conversationId, log);
      } catch (error) {
        missed++;
        // The error's text can name the person (an unknown person key): only its kind goes to the log.
        log.warn({ error: error instanceof Error ? error.name : 'unknown' }, 'a reflection reminder was not delivered');
      }
    }
    await this.deps.outbox.write({
      ...entry,
      status: 'sent',
      leaseUntil: '',
      lastError: missed ? `${missed} of ${keys.length} reminders not delivered` : '',
    });
    log.info({ reminded: keys.length - missed, missed }, 'reflection reminders delivered');
    return 'sent';
  }

  private async failOrRetry(entry: OutboxEntry, error: unknown, log: Logger): Promise<Outcome> {
    const message = error instanceof Error ? error.message : String(error);

    const retryable =
      error instanceof DeliveryError && RETRYABLE.has(error.status) && entry.attempts < this.o.maxAttempts;
    if (retryable && (error as DeliveryError).lateAnswer)
      this.inDoubt.set(entry.rowKey, (error as DeliveryError).lateAnswer!);
    if (!retryable) {
      log.warn({ err: error, attempts: entry.attempts }, 'outbox message failed');
      await this.deps.outbox.write({ ...entry, status: 'failed', lastError: message });
      return 'failed';
    }
    const backoff = this.o.backoffMs * 2 ** (entry.attempts - 1) * (0.5 + this.o.random());
    const wait = Math.max(backoff, (error as DeliveryError).retryAfterMs ?? 0);
    const nextAttemptAt = new Date(this.deps.clock.now().getTime() + wait).toISOString();
    log.info(
      { status: (error as DeliveryError).status, wait, attempts: entry.attempts },
      'outbox message will be retried',
    );
    await this.deps.outbox.write({ ...entry, status: 'pending', nextAttemptAt, leaseUntil: '', lastError: message });
    // Retry in-process after the wait too (this network's rows only), so a retry doesn't wait for the next poll.
    const timer = setTimeout(() => this.kick(entry.networkId), wait + 5);
    timer.unref();
    return 'wait';
  }

  /** Finds the conversation for a target, opening a personal chat when needed. */
  private async resolve(target: OutboxTarget, config: OrgConfig): Promise<Resolved> {
    // A channel post is a thread (`19:…@thread.tacv2;messageid=…`): known by its channel, addressed as the thread.
    const knownConversation = async (id: string) =>
      (await this.deps.directory.conversation(id)) ?? (await this.deps.directory.conversation(id.split(';')[0]!));
    const conversation = async (conversationId: string | undefined): Promise<Resolved> => {
      const known = conversationId ? await knownConversation(conversationId) : null;
      if (!known || !conversationId) throw new Undeliverable(`no known conversation ${conversationId ?? ''}`);
      return {
        address: { serviceUrl: known.serviceUrl, conversationId, tenantId: known.tenantId },
        viewer: null,
        locale: 'da',
      };
    };
    switch (target.kind) {
      case 'forum':
        return conversation(config.channels[target.forum]);
      case 'channel':
        return conversation(config.channels[target.channel]);
      case 'conversation': {
        if (await knownConversation(target.conversationId)) return conversation(target.conversationId);
        // A personal chat: found through the person who owns it.
        const person = await this.deps.directory.personWithChat(target.conversationId);
        if (!person) throw new Undeliverable(`no known conversation ${target.conversationId}`);
        return {
          address: { serviceUrl: person.serviceUrl, conversationId: target.conversationId, tenantId: person.tenantId },
          viewer: { ...person, surface: 'bot' },
          locale: person.locale,
        };
      }
      case 'nonResponders':
        throw new Undeliverable('reminders are sent one by one (remind)');
      case 'person': {
        const person = await this.deps.directory.person(target.personKey);
        if (!person?.teamsId || !person.serviceUrl)
          throw new Undeliverable(`the app has not met ${target.personKey} in Teams yet`);
        let conversationId = person.personalConversationId;
        if (!conversationId) {
          conversationId = await this.deps.messenger.createPersonalConversation(
            person.serviceUrl,
            person.tenantId,
            person.teamsId,
          );
          await this.deps.directory.rememberPerson({ ...person, personalConversationId: conversationId });
        }
        const viewer: Actor = {
          tenantId: person.tenantId,
          objectId: person.objectId,
          name: person.name,
          surface: 'bot',
        };
        return {
          address: { serviceUrl: person.serviceUrl, conversationId, tenantId: person.tenantId },
          viewer,
          locale: person.locale,
        };
      }
    }
  }
}
