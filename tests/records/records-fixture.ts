import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { RecordsService } from '../../bot/src/app/records/records-service';
import type { PersonRef } from '../../shared/src/domain/types';
import type { PartitionStore } from '../../shared/src/storage/partition-store';
import { RowDirectory } from '../../shared/src/storage/row-directory';
import { RowPersonData } from '../../shared/src/storage/row-person-data';
import { RowRecordsLog } from '../../shared/src/storage/row-records-log';
import { serviceOn } from '../../shared/src/testing/service-fixtures';

/** The lifecycle service and the records service on one store, sharing the test world's clock. */
export async function recordsOn(store: PartitionStore) {
  const s = await serviceOn(store);
  const directory = new RowDirectory(store);
  const records = new RecordsService({
    networks: s.networks,
    config: s.config,
    directory,
    log: new RowRecordsLog(store),
    people: new RowPersonData(store),
    clock: { now: () => s.world.now },
    ids: { next: () => randomUUID() },
    logger: createLogger('silent'),
  });
  return { ...s, directory, records };
}

/** A person with ids as Entra and Teams issue them (GUIDs), so a scan for them finds nothing by accident. */
export function guidPerson(name: string, tenantId: string): PersonRef {
  return { tenantId, objectId: randomUUID(), name };
}
