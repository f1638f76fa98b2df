#!/usr/bin/env node
// `npm start`: builds what is needed and starts the whole app locally, with readable progress: Azurite (data
// on disk under .data/), the demo data (first start; idempotent), the server in local-dev mode (bot, tab, API)
// and Microsoft's Agents Playground (a local Teams-like chat). Ctrl-C stops everything; data is kept.
import { join } from 'node:path';
import {
  build,
  portFree,
  root,
  seed,
  startAzurite,
  startPlayground,
  startServer,
  stop,
  waitForHttp,
} from './local-stack.mjs';

const ports = {
  server: Number(process.env.PORT ?? 3978),
  storage: Number(process.env.AZURITE_PORT ?? 10002),
  playground: Number(process.env.PLAYGROUND_PORT ?? 56150),
};
const env = { server: 'PORT', storage: 'AZURITE_PORT', playground: 'PLAYGROUND_PORT' };
// Where local data lives (Azurite's files, the Playground's log); tests point it at a temporary folder.
const dataDir = process.env.DATA_DIR ?? join(root, '.data');
const children = [];
const say = (message) => console.log(`[netværk] ${message}`);
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await stop(children);
  say('stopped. The data is kept in .data/ for the next start.');
  process.exit(code);
}

async function main() {
  const started = Date.now();
  for (const [what, port] of Object.entries(ports)) {
    if (!(await portFree(port))) {
      console.error(
        `[netværk] Port ${port} (${what}) is already in use. Stop what uses it, or choose another: ${env[what]}=<port> npm start`,
      );
      process.exit(2);
    }
  }
  // The end-to-end test builds once before it starts the stack.
  if (process.env.SKIP_BUILD !== '1') {
    say('building (TypeScript and the tab)…');
    build();
  }
  say(`starting Azurite (Table Storage emulator) on 127.0.0.1:${ports.storage}, data in ${dataDir}…`);
  const azurite = await startAzurite({ port: ports.storage, location: join(dataDir, 'azurite') });
  children.push(azurite.child);
  say('loading the demo data (only what is missing)…');
  seed(azurite.connectionString, ports.playground);
  say(`starting the server on http://127.0.0.1:${ports.server}…`);
  const server = startServer({
    port: ports.server,
    storage: azurite.connectionString,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  children.push(server);
  server.once('exit', (code) => {
    if (!stopping) {
      say(`the server stopped unexpectedly (code ${code})`);
      void shutdown(1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${ports.server}/healthz`);
  say(`starting Microsoft's Agents Playground on http://localhost:${ports.playground}…`);
  const playground = startPlayground({
    port: ports.playground,
    botPort: ports.server,
    logFile: join(dataDir, 'playground.log'),
  });
  children.push(playground);
  await waitForHttp(`http://localhost:${ports.playground}/_internal/v1/testConfig`);
  const tab = `http://127.0.0.1:${ports.server}/tab`;
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  say(
    `  Teams-like chat (Agents Playground)  http://localhost:${ports.playground}   you are Dorthe Direktør, the network director`,
  );
  say(`  the tab (local-dev, pick a user)     ${tab}/`);
  say(`  overview                             ${tab}/overview`);
  say(`  the network site                     ${tab}/site`);
  say(`  bot endpoint                         http://127.0.0.1:${ports.server}/api/messages`);
  say('  end a meeting:                       npm run meeting:end -- hjerneskade');
  say('Ctrl-C stops everything.');
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(`[netværk] could not start: ${error.message}`);
  await shutdown(1);
});
