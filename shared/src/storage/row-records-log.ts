import { type RecordsEvent, type RecordsLog } from '../records/records-ports';
import { defaultRecordsSettings, type RecordsSettings } from '../records/retention';
import { decodeKeyPart, partitionKey, prefixUpperBound, rowKey } from './keys';
import type { PartitionStore } from './partition-store';
import { ConcurrencyError } from './storage-errors';
import { RECORDS_EVENT_ROW, RECORDS_MARK_ROW, RECORDS_SETTINGS_ROW } from './records-row-kinds';

/** Partitions of the records table. */
const AUDIT = 'audit';
const ONCE = 'once';
const EXPORTED = 'exported';
const PURGED = 'purged';
const SETTINGS = 'settings';

/**
 * The records table: an append-only audit trail of records actions (newest last by time), one row per network
 * whose case record was exported or whose personal data was deleted, and the organisation's records settings.
 */
export class RowRecordsLog implements RecordsLog {
  constructor(private readonly store: PartitionStore) {}

  async append(event: RecordsEvent): Promise<void> {
    await this.store.transact('records', AUDIT, [
      { kind: 'create', rowKey: rowKey(event.at, event.id), properties: RECORDS_EVENT_ROW.write(event) },
    ]);
  }

  async appendOnce(event: RecordsEvent, onceKey: string): Promise<boolean> {
    try {
      await this.store.transact('records', ONCE, [
        { kind: 'create', rowKey: rowKey(onceKey), properties: RECORDS_MARK_ROW.write({ at: event.at }) },
      ]);
    } catch (error) {
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
    await this.append(event);
    return true;
  }

  async events(): Promise<RecordsEvent[]> {
    const rows = await this.store.range('records', AUDIT, '', prefixUpperBound(''));
    return rows.map((r) => RECORDS_EVENT_ROW.read(r.properties, r.rowKey));
  }

  private async marks(partition: string): Promise<Map<string, string>> {
    const rows = await this.store.range('records', partition, '', prefixUpperBound(''));
    return new Map(rows.map((r) => [decodeKeyPart(r.rowKey), RECORDS_MARK_ROW.read(r.properties, r.rowKey).at]));
  }

  async markExported(networkIds: string[], at: string): Promise<void> {
    for (let i = 0; i < networkIds.length; i += 100) {
      await this.store.transact(
        'records',
        EXPORTED,
        networkIds
          .slice(i, i + 100)
          .map((id) => ({ kind: 'upsert', rowKey: partitionKey(id), properties: RECORDS_MARK_ROW.write({ at }) })),
      );
    }
  }

  exported(): Promise<Map<string, string>> {
    return this.marks(EXPORTED);
  }

  async markPurged(networkId: string, at: string): Promise<void> {
    await this.store.transact('records', PURGED, [
      { kind: 'upsert', rowKey: partitionKey(networkId), properties: RECORDS_MARK_ROW.write({ at }) },
    ]);
  }

  purged(): Promise<Map<string, string>> {
    return this.marks(PURGED);
  }

  async settings(): Promise<RecordsSettings> {
    const row = await this.store.get('records', SETTINGS, 'current');
    return row ? RECORDS_SETTINGS_ROW.read(row.properties, row.rowKey) : defaultRecordsSettings();
  }

  async saveSettings(settings: RecordsSettings): Promise<void> {
    await this.store.transact('records', SETTINGS, [
      { kind: 'upsert', rowKey: 'current', properties: RECORDS_SETTINGS_ROW.write(settings) },
    ]);
  }
}
