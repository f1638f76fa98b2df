import type { z } from 'zod';
import type { EntityProperties } from './entity-limits';
import type { TableName } from './keys';
import { StoredRowError } from './storage-errors';

/** The column every row carries its shape's version in. Rows written before it existed are version 1. */
export const VERSION_COLUMN = 'v';

/**
 * One kind of stored row: how its properties become a value and back, checked by a schema on every read. The
 * version is written on every write; a row of an older version is upgraded step by step (`upgrades[n]` turns
 * version n into n + 1) before the schema sees it, so the schema describes only the current shape. A row that
 * fails, or is newer than this code knows, raises a StoredRowError naming the table and the row kind: a bad row
 * is never cast into a value it is not.
 */
export interface RowKind<T> {
  readonly table: TableName;
  readonly kind: string;
  readonly version: number;
  /** The row's value; `rowKey` only names the row in an error. */
  read(properties: EntityProperties, rowKey?: string): T;
  /** The properties to write, with the version. */
  write(value: T): EntityProperties;
}

export interface RowKindSpec<T> {
  table: TableName;
  kind: string;
  /** The current version (1 + the number of upgrades). */
  version: number;
  schema: z.ZodType<T>;
  /** Turns version n's raw value into version n + 1's, for n from 1 to version - 1. */
  upgrades?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
  /** The raw value of the properties (default: the JSON of `data`). */
  decode?: (properties: EntityProperties) => unknown;
  /** The properties of a value (default: `data` as JSON), without the version. */
  encode?: (value: T) => EntityProperties;
}

const fromData = (properties: EntityProperties): unknown => {
  if (typeof properties.data !== 'string') throw new Error('no data column');
  return JSON.parse(properties.data);
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function rowKind<T>(spec: RowKindSpec<T>): RowKind<T> {
  const decode = spec.decode ?? fromData;
  const encode = spec.encode ?? ((value: T) => ({ data: JSON.stringify(value) }));
  const fail = (rowKey: string | undefined, detail: string) =>
    new StoredRowError(spec.table, spec.kind, rowKey ?? '', detail);
  return {
    table: spec.table,
    kind: spec.kind,
    version: spec.version,
    read(properties, rowKey) {
      const stored = properties[VERSION_COLUMN] ?? 1;
      if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
        throw fail(rowKey, `version ${JSON.stringify(stored)} is not a version`);
      }
      if (stored > spec.version) {
        throw fail(rowKey, `version ${stored} is newer than this server knows (${spec.version})`);
      }
      let raw: unknown;
      try {
        raw = decode(properties);
      } catch (error) {
        throw fail(rowKey, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (let version = stored; version < spec.version; version++) {
        if (!isRecord(raw)) break;
        const upgrade = spec.upgrades?.[version];
        if (!upgrade) throw fail(rowKey, `no upgrade from version ${version}`);
        raw = upgrade(raw);
      }
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
          .join('; ');
        throw fail(rowKey, `does not match its schema (version ${stored}): ${issues}`);
      }
      return parsed.data;
    },
    write(value) {
      return { ...encode(value), [VERSION_COLUMN]: spec.version };
    },
  };
}
