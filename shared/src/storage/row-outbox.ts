import type { OutboxEntry, OutboxMessage, OutboxStore } from '../domain/outbox';
import { OUTBOX_ROW } from './outbox-row-kind';
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
    properties: OUTBOX_ROW.write({
      networkId,
      message,
      status: 'pending',
      attempts: 0,
      createdAt: at,
      nextAttemptAt: at,
      leaseUntil: '',
      lastError: '',
      sentActivityId: '',
      sentConversationId: '',
    }),
  }));
}

function toEntry(row: StoredRow): OutboxEntry {
  return {
    ...OUTBOX_ROW.read(row.properties, row.rowKey),
    partitionKey: row.partitionKey,
    rowKey: row.rowKey,
    etag: row.etag,
  };
}

const toProperties = (e: OutboxEntry): EntityProperties => {
  const { partitionKey: _pk, rowKey: _rk, etag: _etag, ...value } = e;
  return OUTBOX_ROW.write(value);
};

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
