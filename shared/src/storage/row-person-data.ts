import type { PersonRef } from '../domain/types';
import {
  mentions,
  mentionsIn,
  type PersonIdentifiers,
  scrub,
  scrubString,
  stringMentions,
} from '../records/person-trace';
import type { ErasureResult, PersonDataStore, RetentionPurgeResult, StoredMention } from '../records/records-ports';
import { withoutErasedPeople } from '../records/tombstone';
import type { EntityProperties } from './entity-limits';
import { decodeKeyPart, encodeKeyPart, KEY_SEPARATOR, NETWORK_ROWS, TABLES, type TableName } from './keys';
import type { PartitionStore, RowWrite, StoredRow } from './partition-store';
import { MAX_TRANSACTION_WRITES } from './partition-store';
import { planRetentionPurge } from './retention-purge-plan';

const ALL_TABLES = Object.keys(TABLES) as TableName[];
const EVERY_KEY = { from: '', to: '\u007f' };

/** A row's properties with JSON text parsed, so a person inside it is found the way the app stored it. */
function parseProperties(properties: EntityProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => {
      if (typeof v === 'string' && /^[[{]/.test(v)) {
        try {
          return [k, JSON.parse(v) as unknown];
        } catch {
          return [k, v];
        }
      }
      return [k, v];
    }),
  );
}

function serialiseProperties(values: Record<string, unknown>, original: EntityProperties): EntityProperties {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof original[k] === 'string' && typeof v !== 'string' ? JSON.stringify(v) : (v as EntityProperties[string]),
    ]),
  );
}

const decodeKey = (key: string) => key.split(KEY_SEPARATOR).map(decodeKeyPart);
const keyMentions = (key: string, ids: PersonIdentifiers) => decodeKey(key).some((p) => stringMentions(p, ids));
const scrubKey = (key: string, ids: PersonIdentifiers, tombstone: PersonRef) =>
  decodeKey(key)
    .map((p) => encodeKeyPart(scrubString(p, ids, tombstone)))
    .join(KEY_SEPARATOR);

interface Found {
  table: TableName;
  row: StoredRow;
  values: Record<string, unknown>;
}

/**
 * Reads every row of every table for a person, and erases them: rows are rewritten with the tombstone in the
 * same partition's transaction (a network's main row is always part of it, guarded by its ETag, so no command
 * decided on the old state can write it back). Directory rows (how to reach the person) are deleted outright.
 */
export class RowPersonData implements PersonDataStore {
  constructor(private readonly store: PartitionStore) {}

  private async everyRow(): Promise<Found[]> {
    const tables = await Promise.all(ALL_TABLES.map((t) => this.store.scan(t, EVERY_KEY.from, EVERY_KEY.to)));
    return ALL_TABLES.flatMap((table, i) =>
      tables[i]!.map((row) => ({ table, row, values: parseProperties(row.properties) })),
    );
  }

  private static hit(found: Found, ids: PersonIdentifiers): boolean {
    return (
      keyMentions(found.row.partitionKey, ids) || keyMentions(found.row.rowKey, ids) || mentions(found.values, ids)
    );
  }

  async find(ids: PersonIdentifiers): Promise<StoredMention[]> {
    return (await this.everyRow())
      .filter((f) => RowPersonData.hit(f, ids))
      .map((f) => ({
        table: f.table,
        partitionKey: decodeKey(f.row.partitionKey).join(KEY_SEPARATOR),
        rowKey: decodeKey(f.row.rowKey).join(KEY_SEPARATOR),
        mentions: [
          ...(keyMentions(f.row.partitionKey, ids) || keyMentions(f.row.rowKey, ids)
            ? [{ path: '(nøgle)', value: decodeKey(f.row.rowKey).join(KEY_SEPARATOR) }]
            : []),
          ...mentionsIn(f.values, ids),
        ],
      }));
  }

  async erase(ids: PersonIdentifiers, tombstone: PersonRef): Promise<ErasureResult> {
    const all = await this.everyRow();
    const hits = all.filter((f) => RowPersonData.hit(f, ids));
    const result: ErasureResult = { rowsChanged: 0, rowsDeleted: 0, byTable: {} };
    const partitions = new Map<string, Found[]>();
    for (const f of hits) {
      const key = `${f.table}\u0000${f.row.partitionKey}`;
      partitions.set(key, [...(partitions.get(key) ?? []), f]);
      result.byTable[f.table] = (result.byTable[f.table] ?? 0) + 1;
    }
    for (const group of partitions.values()) {
      const { table, row } = group[0]!;
      const pk = row.partitionKey;
      if (table === 'directory') {
        await this.write(
          table,
          pk,
          group.map((f) => ({ kind: 'delete', rowKey: f.row.rowKey })),
        );
        result.rowsDeleted += group.length;
        continue;
      }
      const newPk = scrubKey(pk, ids, tombstone);
      const here: RowWrite[] = [];
      const moved: RowWrite[] = [];
      for (const f of group) {
        let values = scrub(f.values, ids, tombstone) as Record<string, unknown>;
        // The configuration row itself (not its audit rows, which keep the change with the person's tombstone).
        if (table === 'config' && f.row.rowKey === 'current' && typeof values.data === 'object')
          values = { ...values, data: withoutErasedPeople(values.data as Parameters<typeof withoutErasedPeople>[0]) };
        const properties = serialiseProperties(values, f.row.properties);
        const newRk = scrubKey(f.row.rowKey, ids, tombstone);
        if (newPk !== pk) {
          moved.push({ kind: 'upsert', rowKey: newRk, properties });
          here.push({ kind: 'delete', rowKey: f.row.rowKey });
        } else if (newRk !== f.row.rowKey) {
          here.push({ kind: 'delete', rowKey: f.row.rowKey }, { kind: 'upsert', rowKey: newRk, properties });
        } else {
          here.push({ kind: 'update', rowKey: f.row.rowKey, etag: f.row.etag, properties });
        }
        result.rowsChanged += 1;
      }
      if (table === 'networks' && !group.some((f) => f.row.rowKey === NETWORK_ROWS.main)) {
        const main = all.find(
          (f) => f.table === 'networks' && f.row.partitionKey === pk && f.row.rowKey === NETWORK_ROWS.main,
        );
        if (main)
          here.unshift({
            kind: 'update',
            rowKey: main.row.rowKey,
            etag: main.row.etag,
            properties: main.row.properties,
          });
      }
      if (moved.length) await this.write(table, newPk, moved);
      await this.write(table, pk, here);
    }
    return result;
  }

  /** Writes in transactions of at most 100, a guarded main-row update first so the first one carries the guard. */
  private async write(table: TableName, pk: string, writes: RowWrite[]): Promise<void> {
    const ordered = [...writes].sort((a, b) => Number(b.kind === 'update') - Number(a.kind === 'update'));
    for (let i = 0; i < ordered.length; i += MAX_TRANSACTION_WRITES) {
      await this.store.transact(table, pk, ordered.slice(i, i + MAX_TRANSACTION_WRITES));
    }
  }

  private async partitionRows(networkId: string): Promise<{ pk: string; rows: StoredRow[] }> {
    const pk = encodeKeyPart(networkId);
    return { pk, rows: await this.store.range('networks', pk, EVERY_KEY.from, EVERY_KEY.to) };
  }

  async purgePreview(networkId: string): Promise<RetentionPurgeResult> {
    const { rows } = await this.partitionRows(networkId);
    return planRetentionPurge(rows).counts;
  }

  async purgeNetwork(networkId: string): Promise<RetentionPurgeResult> {
    const { pk, rows } = await this.partitionRows(networkId);
    const plan = planRetentionPurge(rows);
    if (plan.writes.length) await this.write('networks', pk, plan.writes);
    return plan.counts;
  }
}
