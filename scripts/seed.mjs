#!/usr/bin/env node
// `npm run seed`: loads the demo data into the local storage (.data/azurite); idempotent. Uses the running
// Azurite of `npm start` if there is one, otherwise starts one for the duration.
import { join } from 'node:path';
import { build, connectionString, portFree, root, seed, startAzurite, stop } from './local-stack.mjs';

const port = Number(process.env.AZURITE_PORT ?? 10002);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
build();
if (await portFree(port)) {
  const azurite = await startAzurite({ port, location: join(root, '.data', 'azurite') });
  try {
    seed(azurite.connectionString, playgroundPort);
  } finally {
    await stop([azurite.child]);
  }
} else {
  seed(connectionString(port), playgroundPort);
}
