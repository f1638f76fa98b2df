import { MAX_STRING_BYTES } from './entity-limits';
import { rowKey } from './keys';
import type { PartitionStore } from './partition-store';
import { ConcurrencyError, EntityTooLargeError, InvalidKeyError } from './storage-errors';

/** The behaviour both stores must share; run against the in-memory store and against Azurite. */
export function describePartitionStoreContract(name: string, makeStore: () => PartitionStore): void {
  describe(`${name} partition store contract`, () => {
    let store: PartitionStore;
    beforeEach(() => {
      store = makeStore();
    });

    it('creates, reads and refuses a second create of the same row', async () => {
      await store.transact('networks', 'p1', [
        { kind: 'create', rowKey: 'a', properties: { data: 'x', n: 3, ok: true } },
      ]);
      const row = await store.get('networks', 'p1', 'a');
      expect(row?.properties).toEqual({ data: 'x', n: 3, ok: true });
      expect(row?.etag).toBeTruthy();
      await expect(
        store.transact('networks', 'p1', [{ kind: 'create', rowKey: 'a', properties: {} }]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.get('networks', 'p1', 'missing')).toBeNull();
    });

    it('refuses an update with a stale etag as a concurrency error, and keeps the winner', async () => {
      const etags = await store.transact('networks', 'p1', [{ kind: 'create', rowKey: 'a', properties: { v: 1 } }]);
      const etag = etags.get('a')!;
      await store.transact('networks', 'p1', [{ kind: 'update', rowKey: 'a', etag, properties: { v: 2 } }]);
      await expect(
        store.transact('networks', 'p1', [{ kind: 'update', rowKey: 'a', etag, properties: { v: 3 } }]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.get('networks', 'p1', 'a'))?.properties).toEqual({ v: 2 });
    });

    it('applies a transaction all or nothing', async () => {
      await store.transact('networks', 'p1', [{ kind: 'create', rowKey: 'taken', properties: { v: 1 } }]);
      await expect(
        store.transact('networks', 'p1', [
          { kind: 'create', rowKey: 'fresh', properties: { v: 1 } },
          { kind: 'create', rowKey: 'taken', properties: { v: 2 } },
        ]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.get('networks', 'p1', 'fresh')).toBeNull();
    });

    it('reads a key range of one partition in order, and one row key across partitions', async () => {
      await store.transact('networks', 'p1', [
        { kind: 'create', rowKey: rowKey('reflection', 'm1', 'b'), properties: {} },
        { kind: 'create', rowKey: rowKey('reflection', 'm1', 'a'), properties: {} },
        { kind: 'create', rowKey: rowKey('reflection', 'm10', 'a'), properties: {} },
        { kind: 'create', rowKey: 'network', properties: {} },
      ]);
      await store.transact('networks', 'p2', [{ kind: 'create', rowKey: 'network', properties: {} }]);
      const prefix = rowKey('reflection', 'm1', '');
      const rows = await store.range('networks', 'p1', prefix, `${prefix}\u007f`);
      expect(rows.map((r) => r.rowKey)).toEqual([rowKey('reflection', 'm1', 'a'), rowKey('reflection', 'm1', 'b')]);
      expect((await store.rowsWithKey('networks', 'network')).map((r) => r.partitionKey).sort()).toEqual(['p1', 'p2']);
    });

    it('reads several key ranges of one partition in one query, in order, and nothing of other partitions', async () => {
      await store.transact('networks', 'p1', [
        { kind: 'create', rowKey: 'contract~1', properties: {} },
        { kind: 'create', rowKey: 'network', properties: {} },
        { kind: 'create', rowKey: 'outbox~1', properties: {} },
        { kind: 'create', rowKey: rowKey('reflection', 'm1', 'a'), properties: {} },
        { kind: 'create', rowKey: rowKey('reflection', 'm2', 'a'), properties: {} },
      ]);
      await store.transact('networks', 'p2', [{ kind: 'create', rowKey: 'network', properties: {} }]);
      const prefix = rowKey('reflection', 'm1', '');
      const rows = await store.ranges('networks', 'p1', [
        ['contract', 'network\u007f'],
        [prefix, `${prefix}\u007f`],
      ]);
      expect(rows.map((r) => `${r.partitionKey}/${r.rowKey}`)).toEqual([
        'p1/contract~1',
        'p1/network',
        `p1/${rowKey('reflection', 'm1', 'a')}`,
      ]);
      // Table Storage takes 15 comparisons in a filter: 7 ranges and the partition's. An eighth is the caller's bug.
      const seven = Array.from({ length: 7 }, (_, i) => [`k${i}`, `k${i}\u007f`] as const);
      await expect(store.ranges('networks', 'p1', seven)).resolves.toEqual([]);
      await expect(store.ranges('networks', 'p1', [...seven, ['x', 'y']])).rejects.toThrow('Table Storage allows 7');
    });

    it('scans a key range across partitions, optionally filtered by a column', async () => {
      await store.transact('networks', 'p1', [
        { kind: 'create', rowKey: 'outbox~1', properties: { status: 'pending' } },
        { kind: 'create', rowKey: 'outbox~2', properties: { status: 'sent' } },
        { kind: 'create', rowKey: 'network', properties: {} },
      ]);
      await store.transact('networks', 'p2', [
        { kind: 'create', rowKey: 'outbox~3', properties: { status: 'pending' } },
      ]);
      const pending = await store.scan('networks', 'outbox~', 'outbox~\u007f', { column: 'status', equals: 'pending' });
      expect(pending.map((r) => `${r.partitionKey}/${r.rowKey}`).sort()).toEqual(['p1/outbox~1', 'p2/outbox~3']);
      expect(await store.scan('networks', 'outbox~', 'outbox~\u007f')).toHaveLength(3);
      // The same filter within one partition's range.
      const own = await store.range('networks', 'p1', 'outbox~', 'outbox~\u007f', { column: 'status', equals: 'sent' });
      expect(own.map((r) => r.rowKey)).toEqual(['outbox~2']);
    });

    it('deletes together with a guarded update, all or nothing', async () => {
      const etags = await store.transact('networks', 'p1', [
        { kind: 'create', rowKey: 'owner', properties: { v: 1 } },
        { kind: 'create', rowKey: 'child', properties: {} },
      ]);
      const stale = etags.get('owner')!;
      await store.transact('networks', 'p1', [{ kind: 'upsert', rowKey: 'owner', properties: { v: 2 } }]);
      await expect(
        store.transact('networks', 'p1', [
          { kind: 'update', rowKey: 'owner', etag: stale, properties: { v: 3 } },
          { kind: 'delete', rowKey: 'child' },
        ]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.get('networks', 'p1', 'child')).not.toBeNull();
      const fresh = (await store.get('networks', 'p1', 'owner'))!.etag;
      const after = await store.transact('networks', 'p1', [
        { kind: 'update', rowKey: 'owner', etag: fresh, properties: { v: 3 } },
        { kind: 'delete', rowKey: 'child' },
      ]);
      expect(after.get('owner')).toBeTruthy();
      expect(await store.get('networks', 'p1', 'child')).toBeNull();
    });

    it('refuses over-long strings, oversized transactions and bad keys before writing anything', async () => {
      const big = 'x'.repeat(MAX_STRING_BYTES / 2 + 1);
      await expect(
        store.transact('networks', 'p1', [
          { kind: 'create', rowKey: 'ok', properties: { v: 1 } },
          { kind: 'create', rowKey: 'big', properties: { data: big } },
        ]),
      ).rejects.toBeInstanceOf(EntityTooLargeError);
      const many = Array.from({ length: 101 }, (_, i) => ({
        kind: 'create' as const,
        rowKey: `r${i}`,
        properties: {},
      }));
      await expect(store.transact('networks', 'p1', many)).rejects.toBeInstanceOf(EntityTooLargeError);
      await expect(
        store.transact('networks', 'p1', [{ kind: 'create', rowKey: 'a/b', properties: {} }]),
      ).rejects.toBeInstanceOf(InvalidKeyError);
      expect(await store.get('networks', 'p1', 'ok')).toBeNull();
      expect(await store.range('networks', 'p1', '', '\u007f')).toEqual([]);
    });

    it('writes exactly 100 rows in one transaction', async () => {
      const hundred = Array.from({ length: 100 }, (_, i) => ({
        kind: 'create' as const,
        rowKey: `r${String(i).padStart(3, '0')}`,
        properties: { i },
      }));
      await store.transact('networks', 'p1', hundred);
      expect(await store.range('networks', 'p1', 'r', 'r\u007f')).toHaveLength(100);
    });
  });
}
