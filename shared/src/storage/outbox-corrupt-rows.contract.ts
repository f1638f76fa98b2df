import type { OutboxMessage } from '../domain/outbox';
import { NETWORK_ROWS, partitionKey, rowKey } from './keys';
import type { PartitionStore } from './partition-store';
import { outboxRows, RowOutbox } from './row-outbox';
import { StoredRowError } from './storage-errors';

const message = (id: string, kind: string): OutboxMessage =>
  ({ id, target: { kind: 'channel', channel: 'announcements' }, view: { type: 'network', kind }, mode: 'send' }) as
    // A kind this version does not know can only come from storage; the cast writes one as an old version might.
    OutboxMessage;

/** Writes open outbox rows to a network's partition as the network's save does. */
async function writeRows(store: PartitionStore, networkId: string, messages: OutboxMessage[]): Promise<void> {
  const rows = outboxRows(networkId, messages, '2026-01-01T00:00:00.000Z');
  await store.transact(
    'networks',
    partitionKey(networkId),
    rows.map((r) => ({ kind: 'upsert' as const, ...r })),
  );
}

/**
 * One corrupt outbox row must not stop every send: `open` skips it, counts it and tells the composition root,
 * and every other open row is still read. A row naming an unknown card kind is corrupt like any other.
 */
export function describeCorruptOutboxRows(name: string, makeStore: () => PartitionStore): void {
  describe(`${name}: a corrupt outbox row is skipped, not fatal`, () => {
    it('reads the other open rows, of the network and of the whole table, and reports the bad one', async () => {
      const store = makeStore();
      await writeRows(store, 'n1', [message('good1', 'status'), message('unknownKind', 'noSuchKind')]);
      await writeRows(store, 'n2', [message('good2', 'decision')]);
      // A row whose JSON is broken, as a failed hand edit might leave it.
      await store.transact('networks', partitionKey('n1'), [
        {
          kind: 'upsert',
          rowKey: rowKey(NETWORK_ROWS.outbox, '2026-01-01T00:00:00.000Z', 'broken'),
          properties: { v: 2, networkId: 'n1', data: '{"id":', status: 'pending', attempts: 0, createdAt: '2026' },
        },
      ]);
      const reported: string[] = [];
      const outbox = new RowOutbox(store, (row, error) => {
        expect(error).toBeInstanceOf(StoredRowError);
        reported.push(row.rowKey.split('~').pop()!);
      });
      expect((await outbox.open('n1')).map((e) => e.message.id)).toEqual(['good1']);
      expect(outbox.corruptRowsSkipped).toBe(2);
      expect((await outbox.open()).map((e) => e.message.id).sort()).toEqual(['good1', 'good2']);
      expect(outbox.corruptRowsSkipped).toBe(4);
      expect(reported.sort()).toEqual(['broken', 'broken', 'unknownKind', 'unknownKind']);
    });

    it('refuses an unknown card kind when a single network is read in full (no silent fallback)', async () => {
      const store = makeStore();
      await writeRows(store, 'n3', [message('unknownKind', 'noSuchKind')]);
      await expect(new RowOutbox(store).forNetwork('n3')).rejects.toThrow(StoredRowError);
    });
  });
}
