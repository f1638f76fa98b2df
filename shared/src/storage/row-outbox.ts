import type { OutboxEntry, OutboxMessage, OutboxStatus, OutboxStore } from '../domain/outbox';
import type { EntityProperties } from './entity-limits';
import { NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } from './keys';
import type { PartitionStore, StoredRow } from './partition-store';

/** The rows that put messages in a network's partition, to go in the same transaction as the change. */
export function outboxRows(
  networkId: string,
  messages: OutboxMessage[],
  at: string,
): { rowKey: string; properties: EntityProperties }[] {
  return messages.map((message) => ({
    rowKey: rowKey(NETWORK_ROWS.outbox, at, message.id),
    properties: {
      networkId,
      data: JSON.stringify(message),
      status: 'pending',
      attempts: 0,
      createdAt: at,
      nextAttemptAt: at,
      leaseUntil: '',
      lastError: '',
      sentActivityId: '',
      sentConversationId: '',
    },
  }));
}

function toEntry(row: StoredRow): OutboxEntry {
  const p = row.properties;
  return {
    networkId: String(p.networkId),
    partitionKey: row.partitionKey,
    rowKey: row.rowKey,
    etag: row.etag,
    message: JSON.parse(String(p.data)) as OutboxMessage,
    status: p.status as OutboxStatus,
    attempts: Number(p.attempts ?? 0),
    createdAt: String(p.createdAt ?? ''),
    nextAttemptAt: String(p.nextAttemptAt ?? ''),
    leaseUntil: String(p.leaseUntil ?? ''),
    lastError: String(p.lastError ?? ''),
    sentActivityId: String(p.sentActivityId ?? ''),
    sentConversationId: String(p.sentConversationId ?? ''),
  };
}

function toProperties(e: OutboxEntry): EntityProperties {
  return {
    networkId: e.networkId,
    data: JSON.stringify(e.message),
    status: e.status,
    attempts: e.attempts,
    createdAt: e.createdAt,
    nextAttemptAt: e.nextAttemptAt,
    leaseUntil: e.leaseUntil,
    lastError: e.lastError.slice(0, 2000),
    sentActivityId: e.sentActivityId,
    sentConversationId: e.sentConversationId,
  };
}

/**
 * The durable outbox's reading side. Rows are claimed with their ETag, so several server instances never send
 * the same row at once; a claim is a lease, so a crashed sender's rows are picked up again when it runs out.
 */
export class RowOutbox implements OutboxStore {
  constructor(private readonly store: PartitionStore) {}

  /** Rows not yet settled (pending, or claimed by a sender), oldest first, due or not. */
  async open(): Promise<OutboxEntry[]> {
    const from = rowKey(NETWORK_ROWS.outbox, '');
    const [pending, sending] = await Promise.all([
      this.store.scan('networks', from, prefixUpperBound(from), { column: 'status', equals: 'pending' }),
      this.store.scan('networks', from, prefixUpperBound(from), { column: 'status', equals: 'sending' }),
    ]);
    return [...pending, ...sending].map(toEntry).sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
  }

  /**
   * Whether this network's outbox posted the message `activityId` to the conversation (a channel post counts for
   * its threads): the test for "a card the app showed here", before an update overwrites it or a card action
   * is answered with the network's view.
   */
  async posted(networkId: string, conversationId: string, activityId: string): Promise<boolean> {
    if (!activityId || !conversationId) return false;
    const base = (id: string) => id.split(';')[0]!;
    return (await this.forNetwork(networkId)).some(
      (row) =>
        row.status === 'sent' &&
        row.message.mode === 'send' &&
        row.sentActivityId === activityId &&
        base(row.sentConversationId) === base(conversationId),
    );
  }

  /** Every message of a network, for the tab (failed ones are shown to the leader and director). */
  async forNetwork(networkId: string): Promise<OutboxEntry[]> {
    const from = rowKey(NETWORK_ROWS.outbox, '');
    return (await this.store.range('networks', partitionKey(networkId), from, prefixUpperBound(from))).map(toEntry);
  }

  /** Writes a new state of an entry if no one else changed it; returns the updated entry (new etag). */
  async write(entry: OutboxEntry): Promise<OutboxEntry> {
    const etags = await this.store.transact('networks', entry.partitionKey, [
      { kind: 'update', rowKey: entry.rowKey, etag: entry.etag, properties: toProperties(entry) },
    ]);
    return { ...entry, etag: etags.get(entry.rowKey) ?? entry.etag };
  }
}
