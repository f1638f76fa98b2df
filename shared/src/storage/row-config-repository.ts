import type { ConfigRepository } from '../domain/repository';
import { emptyOrgConfig, type OrgConfig, withForumDefaults } from '../domain/types';
import type { ConfigAuditEntry } from '../domain/config-audit';
import { CONFIG_AUDIT_ROW, CONFIG_ROW } from './config-row-kinds';
import { prefixUpperBound, rowKey } from './keys';
import type { PartitionStore, RowWrite } from './partition-store';

const PK = 'org';
const RK = 'current';
/** Row key prefix of the configuration's audit trail, beside the configuration in its partition. */
const AUDIT = 'audit';

type Loaded = { config: OrgConfig; etag: string | null };

/**
 * The organisation's configuration as one row, written only with the ETag it was read with.
 *
 * Every command and card reads it, and it changes a few times a year: with `cacheMs`, a read is kept that long
 * (and replaced by this instance's own saves), so a card action does not spend a storage round trip on it. Another
 * instance's change is seen within `cacheMs`; a save from a stale read still fails on the ETag.
 */
export class RowConfigRepository implements ConfigRepository {
  private cached: { value: Promise<Loaded>; until: number } | null = null;

  constructor(
    private readonly store: PartitionStore,
    private readonly cacheMs = 0,
    private readonly now: () => number = Date.now,
  ) {}

  async auditTrail(): Promise<ConfigAuditEntry[]> {
    const from = rowKey(AUDIT, '');
    const rows = await this.store.range('config', PK, from, prefixUpperBound(from));
    return rows.map((r) => CONFIG_AUDIT_ROW.read(r.properties, r.rowKey));
  }

  load(): Promise<Loaded> {
    if (this.cached && this.now() < this.cached.until) return this.cached.value;
    const value = this.read();
    if (this.cacheMs > 0) {
      this.cached = { value, until: this.now() + this.cacheMs };
      // A failed read is not kept: the next caller asks storage again.
      value.catch(() => (this.cached = null));
    }
    return value;
  }

  private async read(): Promise<Loaded> {
    const row = await this.store.get('config', PK, RK);
    if (!row) return { config: emptyOrgConfig(), etag: null };
    return {
      config: CONFIG_ROW.read(row.properties, row.rowKey),
      etag: row.etag,
    };
  }

  async save(config: OrgConfig, etag: string | null, audit?: ConfigAuditEntry): Promise<void> {
    const properties = CONFIG_ROW.write(config);
    // Nothing cached while saving; a failed save (a stale ETag) leaves nothing cached: the next load reads what won.
    this.cached = null;
    const writes: RowWrite[] = [
      etag ? { kind: 'update', rowKey: RK, etag, properties } : { kind: 'create', rowKey: RK, properties },
    ];
    // The change's audit row goes in the same transaction: a configuration change is never unrecorded.
    if (audit && audit.changes.length > 0)
      writes.push({
        kind: 'create',
        rowKey: rowKey(AUDIT, audit.at, audit.id),
        properties: CONFIG_AUDIT_ROW.write(audit),
      });
    const etags = await this.store.transact('config', PK, writes);
    const saved = etags.get(RK);
    if (this.cacheMs > 0 && saved) {
      const value = Promise.resolve({ config: withForumDefaults({ ...emptyOrgConfig(), ...config }), etag: saved });
      this.cached = { value, until: this.now() + this.cacheMs };
    }
  }
}
