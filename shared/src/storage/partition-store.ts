import type { EntityProperties } from './entity-limits';
import type { TableName } from './keys';

/** A stored row: its keys, its properties and the ETag that guards the next write. */
export interface StoredRow {
  partitionKey: string;
  rowKey: string;
  etag: string;
  properties: EntityProperties;
}

/**
 * One write inside a partition transaction. `create` fails if the row exists; `update` fails if the row changed
 * since its etag was read; `upsert` and `delete` are unconditional, so they only go with a guarded write of the
 * row that owns them (Azurite ignores If-Match on a delete inside a transaction, so we never rely on it).
 */
export type RowWrite =
  | { kind: 'create'; rowKey: string; properties: EntityProperties }
  | { kind: 'upsert'; rowKey: string; properties: EntityProperties }
  | { kind: 'update'; rowKey: string; properties: EntityProperties; etag: string }
  | { kind: 'delete'; rowKey: string };

/** At most this many writes in one transaction (a Table Storage limit). */
export const MAX_TRANSACTION_WRITES = 100;

/**
 * Key ranges in one query at most: Table Storage allows 15 comparisons in a filter, and a range is two of them
 * besides the partition's. Azurite does not enforce it, so both stores here do.
 */
export const MAX_KEY_RANGES = 7;

/** Refuses a query with more key ranges than Table Storage takes (a bug in the caller, not a storage failure). */
export function assertKeyRanges(ranges: readonly unknown[]): void {
  if (ranges.length > MAX_KEY_RANGES)
    throw new Error(`${ranges.length} key ranges in one query: Table Storage allows ${MAX_KEY_RANGES}`);
}

/** A filter on one column's value, evaluated by the store (the rows that fail it are never sent). */
export interface ColumnEquals {
  column: string;
  equals: string;
}

/**
 * The smallest storage surface the repositories need: rows in partitions, read by key or range, written in
 * all-or-nothing transactions within one partition. Two implementations: Table Storage and in-memory.
 */
export interface PartitionStore {
  get(table: TableName, partitionKey: string, rowKey: string): Promise<StoredRow | null>;
  /** Rows of one partition whose row key is in [from, to), in row-key order, optionally where a column equals a value. */
  range(table: TableName, partitionKey: string, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]>;
  /** Rows of one partition in any of these [from, to) ranges (at most MAX_KEY_RANGES), in row-key order: one query. */
  ranges(table: TableName, partitionKey: string, ranges: readonly (readonly [string, string])[]): Promise<StoredRow[]>;
  /** Rows with this row key in every partition (e.g. every network's main row, for the overview). */
  rowsWithKey(table: TableName, rowKey: string): Promise<StoredRow[]>;
  /** Rows whose row key is in [from, to) in every partition, optionally only where a column equals a value. */
  scan(table: TableName, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]>;
  /**
   * Applies all writes or none. Throws ConcurrencyError when a create meets an existing row or an etag no
   * longer matches; EntityTooLargeError / InvalidKeyError before anything is sent.
   */
  transact(table: TableName, partitionKey: string, writes: RowWrite[]): Promise<Map<string, string>>;
}
