import type { TableName } from './keys';
import type { ColumnEquals, PartitionStore, RowWrite, StoredRow } from './partition-store';

/**
 * A PartitionStore that reports each call to the store it wraps: every call is one storage round trip (a
 * transaction is one request; a range is one query, more only if Table Storage pages it). It lets the server
 * say how many round trips a card action costs, which is what bounds its latency.
 */
export class CountingPartitionStore implements PartitionStore {
  constructor(
    private readonly inner: PartitionStore,
    private readonly count: (operation: keyof PartitionStore, table: TableName) => void,
  ) {}

  get(table: TableName, partitionKey: string, rowKey: string): Promise<StoredRow | null> {
    this.count('get', table);
    return this.inner.get(table, partitionKey, rowKey);
  }

  range(table: TableName, partitionKey: string, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]> {
    this.count('range', table);
    return this.inner.range(table, partitionKey, from, to, where);
  }

  ranges(table: TableName, partitionKey: string, ranges: readonly (readonly [string, string])[]): Promise<StoredRow[]> {
    this.count('ranges', table);
    return this.inner.ranges(table, partitionKey, ranges);
  }

  rowsWithKey(table: TableName, rowKey: string): Promise<StoredRow[]> {
    this.count('rowsWithKey', table);
    return this.inner.rowsWithKey(table, rowKey);
  }

  scan(table: TableName, from: string, to: string, where?: { column: string; equals: string }): Promise<StoredRow[]> {
    this.count('scan', table);
    return this.inner.scan(table, from, to, where);
  }

  transact(table: TableName, partitionKey: string, writes: RowWrite[]): Promise<Map<string, string>> {
    this.count('transact', table);
    return this.inner.transact(table, partitionKey, writes);
  }
}
