import type { ConfigRepository } from '../domain/repository';
import { emptyOrgConfig, type OrgConfig } from '../domain/types';
import type { PartitionStore } from './partition-store';

const PK = 'org';
const RK = 'current';

/** The organisation's configuration as one row, written only with the ETag it was read with. */
export class RowConfigRepository implements ConfigRepository {
  constructor(private readonly store: PartitionStore) {}

  async load(): Promise<{ config: OrgConfig; etag: string | null }> {
    const row = await this.store.get('config', PK, RK);
    if (!row) return { config: emptyOrgConfig(), etag: null };
    return {
      config: { ...emptyOrgConfig(), ...(JSON.parse(String(row.properties.data)) as OrgConfig) },
      etag: row.etag,
    };
  }

  async save(config: OrgConfig, etag: string | null): Promise<void> {
    const properties = { data: JSON.stringify(config) };
    await this.store.transact('config', PK, [
      etag ? { kind: 'update', rowKey: RK, etag, properties } : { kind: 'create', rowKey: RK, properties },
    ]);
  }
}
