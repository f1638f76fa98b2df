import type { EntityProperties } from './entity-limits';
import type { TableName } from './keys';
import {
  assertKeyRanges,
  type ColumnEquals,
  type PartitionStore,
  type RowWrite,
  type StoredRow,
} from './partition-store';
import { ConcurrencyError } from './storage-errors';
import { validateWrites } from './validate-writes';

interface Row {
  etag: string;
  properties: EntityProperties;
}

/**
 * The in-memory store, with the same semantics as Table Storage (ETags, all-or-nothing transactions, the same
 * limits), so unit tests and local experiments behave like production.
 */
export class InMemoryPartitionStore implements PartitionStore {
  private readonly tables = new Map<string, Map<string, Map<string, Row>>>();
  private counter = 0;

  private partition(table: TableName, pk: string, create = false): Map<string, Row> | undefined {
    let partitions = this.tables.get(table);
    if (!partitions && create) this.tables.set(table, (partitions = new Map()));
    let rows = partitions?.get(pk);
    if (!rows && create && partitions) partitions.set(pk, (rows = new Map()));
    return rows;
  }

  private toStored(pk: string, rk: string, row: Row): StoredRow {
    return { partitionKey: pk, rowKey: rk, etag: row.etag, properties: structuredClone(row.properties) };
  }

  async get(table: TableName, pk: string, rk: string): Promise<StoredRow | null> {
    await Promise.resolve();
    const row = this.partition(table, pk)?.get(rk);
    return row ? this.toStored(pk, rk, row) : null;
  }

  async range(table: TableName, pk: string, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]> {
    await Promise.resolve();
    const rows = [...(this.partition(table, pk)?.entries() ?? [])].filter(
      ([rk, row]) => rk >= from && rk < to && (!where || row.properties[where.column] === where.equals),
    );
    return rows.sort(([a], [b]) => (a < b ? -1 : 1)).map(([rk, row]) => this.toStored(pk, rk, row));
  }

  async ranges(table: TableName, pk: string, ranges: readonly (readonly [string, string])[]): Promise<StoredRow[]> {
    await Promise.resolve();
    assertKeyRanges(ranges);
    const rows = [...(this.partition(table, pk)?.entries() ?? [])].filter(([rk]) =>
      ranges.some(([from, to]) => rk >= from && rk < to),
    );
    return rows.sort(([a], [b]) => (a < b ? -1 : 1)).map(([rk, row]) => this.toStored(pk, rk, row));
  }

  async rowsWithKey(table: TableName, rk: string): Promise<StoredRow[]> {
    await Promise.resolve();
    const found: StoredRow[] = [];
    for (const [pk, rows] of this.tables.get(table) ?? []) {
      const row = rows.get(rk);
      if (row) found.push(this.toStored(pk, rk, row));
    }
    return found;
  }

  async scan(
    table: TableName,
    from: string,
    to: string,
    where?: { column: string; equals: string },
  ): Promise<StoredRow[]> {
    await Promise.resolve();
    const found: StoredRow[] = [];
    for (const [pk, rows] of this.tables.get(table) ?? []) {
      for (const [rk, row] of rows) {
        if (rk >= from && rk < to && (!where || row.properties[where.column] === where.equals))
          found.push(this.toStored(pk, rk, row));
      }
    }
    return found.sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
  }

  async transact(table: TableName, pk: string, writes: RowWrite[]): Promise<Map<string, string>> {
    validateWrites(pk, writes);
    await Promise.resolve();
    const rows = this.partition(table, pk, true)!;
    // Check every precondition first, then apply: all or nothing.
    for (const write of writes) {
      const existing = rows.get(write.rowKey);
      if (write.kind === 'create' && existing) throw new ConcurrencyError(`row ${write.rowKey} already exists`);
      if (write.kind === 'update' && (!existing || existing.etag !== write.etag)) {
        throw new ConcurrencyError(`row ${write.rowKey} changed since it was read`);
      }
      if (write.kind === 'delete' && !existing) throw new ConcurrencyError(`row ${write.rowKey} is gone`);
    }
    const etags = new Map<string, string>();
    for (const write of writes) {
      if (write.kind === 'delete') {
        rows.delete(write.rowKey);
        continue;
      }
      const etag = `W/"mem-${++this.counter}"`;
      rows.set(write.rowKey, { etag, properties: structuredClone(write.properties) });
      etags.set(write.rowKey, etag);
    }
    return etags;
  }
}
