import type { OutboxEntry, OutboxMessage, OutboxStore } from '../domain/outbox';
import { OUTBOX_ROW, POSTED_CARD_ROW } from './outbox-row-kind';
import { ConcurrencyError } from './storage-errors';
import type { EntityProperties } from './entity-limits';
import { NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } from './keys';
import type { PartitionStore, RowWrite, StoredRow } from './partition-store';

/** Table Storage's limit of operations in one transaction. */
const MAX_BATCH = 100;

/** A channel post's threads share its conversation: the part before `;messageid=`. */
const baseConversation = (id: string) => id.split(';')[0]!;

const postedCardKey = (conversationId: string, activityId: string) =>
  rowKey(NETWORK_ROWS.postedCard, baseConversation(conversationId), activityId);

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
  /** Open rows skipped because they did not parse, since this instance started (kept visible, not just logged). */
  corruptRowsSkipped = 0;

  /**
   * @param onCorruptRow told of each open row that does not parse: one bad row must not stop every send, so
   *   `open` skips it and tells this (the composition root logs it as an error).
   */
  constructor(
    private readonly store: PartitionStore,
    private readonly onCorruptRow: (row: { partitionKey: string; rowKey: string }, error: unknown) => void = () => {},
  ) {}

  /** Rows not yet settled (pending, or claimed by a sender), oldest first, due or not; of one network if given. */
  async open(networkId?: string): Promise<OutboxEntry[]> {
    const from = rowKey(NETWORK_ROWS.outbox, '');
    // Filtered by status in storage: the settled rows (one per card update ever sent) are never read here.
    const read = (status: string) =>
      networkId === undefined
        ? this.store.scan('networks', from, prefixUpperBound(from), { column: 'status', equals: status })
        : this.store.range('networks', partitionKey(networkId), from, prefixUpperBound(from), {
            column: 'status',
            equals: status,
          });
    const [pending, sending] = await Promise.all([read('pending'), read('sending')]);
    const entries = [...pending, ...sending].flatMap((row) => {
      try {
        return [toEntry(row)];
      } catch (error) {
        this.corruptRowsSkipped++;
        this.onCorruptRow({ partitionKey: row.partitionKey, rowKey: row.rowKey }, error);
        return [];
      }
    });
    return entries.sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
  }

  /**
   * Whether this network's outbox posted the message `activityId` to the conversation (a channel post counts for
   * its threads): the test for "a card the app showed here", before an update overwrites it or a card action
   * is answered with the network's view. One point read of the card's mark; a card posted before marks were
   * written is looked for among the network's sent messages.
   */
  async posted(networkId: string, conversationId: string, activityId: string): Promise<boolean> {
    if (!activityId || !conversationId) return false;
    const pk = partitionKey(networkId);
    const mark = await this.store.get('networks', pk, postedCardKey(conversationId, activityId));
    if (mark) {
      POSTED_CARD_ROW.read(mark.properties, mark.rowKey); // a corrupt mark is an error, never a yes
      return true;
    }
    return (await this.forNetwork(networkId)).some(
      (row) =>
        row.status === 'sent' &&
        row.message.mode === 'send' &&
        row.sentActivityId === activityId &&
        baseConversation(row.sentConversationId) === baseConversation(conversationId),
    );
  }

  /** Every message of a network, for the tab (failed ones are shown to the leader and director). */
  async forNetwork(networkId: string): Promise<OutboxEntry[]> {
    const from = rowKey(NETWORK_ROWS.outbox, '');
    return (await this.store.range('networks', partitionKey(networkId), from, prefixUpperBound(from))).map(toEntry);
  }

  /** Writes a new state of an entry if no one else changed it; returns the updated entry (new etag). */
  async write(entry: OutboxEntry): Promise<OutboxEntry> {
    const etags = await this.store.transact('networks', entry.partitionKey, this.writesOf(entry));
    return { ...entry, etag: etags.get(entry.rowKey) ?? entry.etag };
  }

  /**
   * New states of many entries, one transaction per network and 100 rows (superseded updates settle together).
   * A batch in which one row was changed by someone else is written row by row: the others still settle, and
   * the changed one is left to whoever changed it.
   */
  async writeAll(entries: OutboxEntry[]): Promise<void> {
    const byPartition = new Map<string, OutboxEntry[]>();
    for (const e of entries) byPartition.set(e.partitionKey, [...(byPartition.get(e.partitionKey) ?? []), e]);
    for (const [pk, rows] of byPartition) {
      for (let i = 0; i < rows.length; i += MAX_BATCH / 2) {
        const batch = rows.slice(i, i + MAX_BATCH / 2);
        try {
          await this.store.transact(
            'networks',
            pk,
            batch.flatMap((e) => this.writesOf(e)),
          );
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          for (const e of batch) await this.write(e).catch(ignoreConcurrency);
        }
      }
    }
  }

  /** An entry's update, and the posted card's mark once a new card is sent (in the same transaction). */
  private writesOf(entry: OutboxEntry): RowWrite[] {
    const writes: RowWrite[] = [
      { kind: 'update', rowKey: entry.rowKey, etag: entry.etag, properties: toProperties(entry) },
    ];
    if (entry.status === 'sent' && entry.message.mode === 'send' && entry.sentActivityId && entry.sentConversationId)
      writes.push({
        kind: 'upsert',
        rowKey: postedCardKey(entry.sentConversationId, entry.sentActivityId),
        properties: POSTED_CARD_ROW.write({ outboxRowKey: entry.rowKey }),
      });
    return writes;
  }
}

const ignoreConcurrency = (error: unknown) => {
  if (!(error instanceof ConcurrencyError)) throw error;
};
