import { join } from 'node:path';
import { parseConfig } from '../config';
import { composeServices, storeFor } from '../composition';
import { createLogger } from '../logger';
import type { Messenger } from '../app/messenger';
import { systemClock } from '@netvaerk/shared/app/system-ports';
import { readDemoConfig, seedClock, seedDemo } from './seed-demo';

/** `npm run seed`: loads the demo into the storage named by the environment (idempotent). */
async function main(): Promise<void> {
  const config = parseConfig({ ...process.env, LOCAL_DEV: 'true', OUTBOX_DISPATCH: 'false' });
  const logger = createLogger(config.LOG_LEVEL);
  // Seeding records history only: no cards are sent, so the messenger is never used.
  const messenger: Messenger = {
    sendCard: () => Promise.reject(new Error('the seed does not send')),
    updateCard: () => Promise.reject(new Error('the seed does not send')),
    createPersonalConversation: () => Promise.reject(new Error('the seed does not send')),
    members: () => Promise.resolve([]),
  };
  // Each step is stamped at its own date along the network's period (seed-demo.ts), not at the moment of loading.
  const clock = seedClock(systemClock);
  const services = composeServices({
    config,
    logger,
    store: storeFor(config),
    messenger,
    notifications: false,
    clock,
  });
  const demo = readDemoConfig(
    process.env.DEMO_CONFIG ?? join(__dirname, '..', '..', '..', 'local', 'demo-config.json'),
  );
  const serviceUrl = process.env.PLAYGROUND_SERVICE_URL ?? 'http://localhost:56150/_connector';
  const started = Date.now();
  const result = await seedDemo(services, demo, serviceUrl, clock);
  console.log(
    `[netværk] demo data: ${result.networks} networks, ${result.commands} commands (already applied ones are skipped) in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`[netværk] seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
