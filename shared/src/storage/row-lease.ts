import type { Lease } from '../domain/repository';
import type { PartitionStore } from './partition-store';
import { ConcurrencyError } from './storage-errors';
import { LEASE_ROW } from './config-row-kinds';

const PK = 'lease';

/**
 * A named lease in Table Storage, taken with the row's ETag: of several server instances racing for it, exactly one
 * holds it until it runs out, so periodic work (the scheduler) runs once per tick across instances.
 */
export class RowLease implements Lease {
  constructor(private readonly store: PartitionStore) {}

  async acquire(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
    const row = await this.store.get('leases', PK, name);
    const held = row ? LEASE_ROW.read(row.properties, row.rowKey) : null;
    if (held && held.holder !== holder && held.until > now.toISOString()) return false;
    const properties = LEASE_ROW.write({ holder, until: new Date(now.getTime() + ttlMs).toISOString() });
    try {
      await this.store.transact('leases', PK, [
        row
          ? { kind: 'update', rowKey: name, etag: row.etag, properties }
          : { kind: 'create', rowKey: name, properties },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
  }
}
