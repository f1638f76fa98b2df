import type { Forum } from './types';

/** Where a proactive message goes. */
export type OutboxTarget =
  | { kind: 'person'; personKey: string }
  /** A forum's channel, or each member's personal chat when the forum has no channel. */
  | { kind: 'forum'; forum: Forum }
  | { kind: 'channel'; channel: 'announcements' }
  | { kind: 'conversation'; conversationId: string }
  /**
   * Everyone who may answer a meeting's reflection and hasn't, worked out when sending: the addressees of a
   * reminder are never stored (issue 13, point 8). One row, one message per person.
   */
  | { kind: 'nonResponders'; meetingId: string };

/** The reflection card's variants: the card in the meeting chat, the leader's summary, a reminder, the welcome. */
export type ReflectionVariant = 'card' | 'summary' | 'reminder' | 'start';

/**
 * The network card kinds, one key each. The domain names no kind itself (it may not import the cards, and a new
 * card should not touch it): the cards' registry (`cards/kinds/registry.ts`) fills this interface in by module
 * augmentation with the keys of `KINDS`. So a kind written anywhere — a notification, a handler's answer — is
 * checked against the registry at compile time, and a program without the registry has no kinds at all (every
 * network view fails to compile) rather than any string.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the registry's augmentation
export interface CardKindNames {}

/** A network card kind's name: a key of the cards' registry. */
export type CardKindName = keyof CardKindNames;

/** Which card to render (at send time, from the network's state then, in the recipient's language). */
export type OutboxView =
  /** A network card of one kind (`kindOf` checks one read back from storage or a card). */
  | { type: 'network'; kind: CardKindName; participantId?: string }
  | { type: 'contract'; phase: 1 | 2 | 3 }
  | { type: 'participants' }
  | { type: 'reflection'; meetingId: string; variant: ReflectionVariant };

/**
 * A message to send, written in the same transaction as the change that causes it, so a crash between the
 * change and the send neither loses nor repeats it. `update` replaces a card already posted (the card of an
 * action, updated for everyone after the action).
 */
export interface OutboxMessage {
  id: string;
  target: OutboxTarget;
  view: OutboxView;
  mode: 'send' | 'update';
  /** For updates: the message to replace. */
  activityId?: string;
}

/** `refused`: never sent, on purpose (an update of a message the app did not send for this network). */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'refused';

/** An outbox row as the dispatcher sees it. */
export interface OutboxEntry {
  networkId: string;
  partitionKey: string;
  rowKey: string;
  etag: string;
  message: OutboxMessage;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  leaseUntil: string;
  lastError: string;
  sentActivityId: string;
  /** The conversation the message went to (a channel's, for a new post), so updates can be checked against it. */
  sentConversationId: string;
}

/** Whether a row may be sent now: pending and past its next attempt, or claimed by a sender whose lease ran out. */
export function isDue(entry: OutboxEntry, now: Date): boolean {
  const iso = now.toISOString();
  return entry.status === 'pending' ? entry.nextAttemptAt <= iso : entry.status === 'sending' && entry.leaseUntil < iso;
}

/** The durable outbox's reading and settling side (rows are written with the change that causes them). */
export interface OutboxStore {
  /** Rows not yet settled (pending, or claimed by a sender), oldest first, due or not; of one network if given. */
  open(networkId?: string): Promise<OutboxEntry[]>;
  /** Every message of a network. */
  forNetwork(networkId: string): Promise<OutboxEntry[]>;
  /** Writes a new state of an entry if no one else changed it (else ConcurrencyError); returns the new etag. */
  write(entry: OutboxEntry): Promise<OutboxEntry>;
  /** New states of many entries, in as few writes as storage allows; one changed by someone else is skipped. */
  writeAll(entries: OutboxEntry[]): Promise<void>;
  /** Whether this network's outbox posted the message `activityId` to the conversation (or its channel). */
  posted(networkId: string, conversationId: string, activityId: string): Promise<boolean>;
}
