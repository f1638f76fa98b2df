import type { LeaderIndex } from '../domain/repository';
import { partitionKey } from './keys';
import type { PartitionStore } from './partition-store';
import { ConcurrencyError } from './storage-errors';
import { LEADER_ROW } from './config-row-kinds';

const RK = 'networks';

/** One row per leader listing the networks they lead; every change is ETag-guarded. */
export class RowLeaderIndex implements LeaderIndex {
  constructor(private readonly store: PartitionStore) {}

  async read(leaderKey: string): Promise<{ networkIds: string[]; etag: string | null }> {
    const row = await this.store.get('leaders', partitionKey(leaderKey), RK);
    return row
      ? { networkIds: LEADER_ROW.read(row.properties, row.rowKey).networkIds, etag: row.etag }
      : { networkIds: [], etag: null };
  }

  private async write(leaderKey: string, networkIds: string[], etag: string | null): Promise<void> {
    const properties = LEADER_ROW.write({ networkIds });
    await this.store.transact('leaders', partitionKey(leaderKey), [
      etag ? { kind: 'update', rowKey: RK, etag, properties } : { kind: 'create', rowKey: RK, properties },
    ]);
  }

  async reserve(leaderKey: string, networkId: string, etag: string | null): Promise<boolean> {
    const current = await this.read(leaderKey);
    if (current.etag !== etag) throw new ConcurrencyError(`leader ${leaderKey} changed since read`);
    if (current.networkIds.includes(networkId)) return false;
    await this.write(leaderKey, [...current.networkIds, networkId], etag);
    return true;
  }

  async release(leaderKey: string, networkId: string): Promise<void> {
    // Releasing races only with other releases/reservations of the same leader: retry from a fresh read.
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = await this.read(leaderKey);
      if (!current.networkIds.includes(networkId)) return;
      try {
        await this.write(
          leaderKey,
          current.networkIds.filter((id) => id !== networkId),
          current.etag,
        );
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    throw new ConcurrencyError(`could not release ${networkId} from leader ${leaderKey}`);
  }
}
