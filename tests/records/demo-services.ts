import { join } from 'node:path';
import { composeServices, type Services } from '../../bot/src/composition';
import { parseConfig } from '../../bot/src/config';
import { readDemoConfig, seedClock, seedDemo } from '../../bot/src/local/seed-demo';
import { systemClock } from '../../shared/src/app/system-ports';
import { createLogger } from '../../bot/src/logger';
import type { Messenger } from '../../bot/src/app/messenger';
import type { Clock } from '../../shared/src/domain/ports';
import type { PartitionStore } from '../../shared/src/storage/partition-store';

/** A messenger that must never be used: these services record history without sending. */
export const silentMessenger: Messenger = {
  sendCard: () => Promise.reject(new Error('not sending')),
  updateCard: () => Promise.reject(new Error('not sending')),
  createPersonalConversation: () => Promise.reject(new Error('not sending')),
  members: () => Promise.resolve([]),
};

/** The server's services on a store, wired as in production, with the demo data loaded (as `npm run seed` does). */
export async function demoServices(store: PartitionStore, clock?: Clock): Promise<Services> {
  const config = parseConfig({
    LOCAL_DEV: 'true',
    OUTBOX_DISPATCH: 'false',
    STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  });
  const demoClock = seedClock(clock ?? systemClock);
  const services = composeServices({
    config,
    logger: createLogger('silent'),
    store,
    messenger: silentMessenger,
    notifications: false,
    // The seed stamps each step at its date along the period; afterwards the clock is the caller's (or today).
    clock: demoClock,
  });
  await seedDemo(
    services,
    readDemoConfig(join(__dirname, '..', '..', 'local', 'demo-config.json')),
    'http://127.0.0.1:1/_connector',
    demoClock,
  );
  return services;
}
