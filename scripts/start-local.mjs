#!/usr/bin/env node
// `npm start`: builds what is needed and starts the whole app locally with readable progress: Azurite (on disk
// under .data/, so data survives restarts) and the server in local-dev mode. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..');
const ports = { server: Number(process.env.PORT ?? 3978), storage: Number(process.env.AZURITE_PORT ?? 10002) };
const children = [];
const say = (message) => console.log(`[netværk] ${message}`);

function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

async function stopAll(code = 0) {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  process.exit(code);
}

async function main() {
  for (const [what, port] of Object.entries(ports)) {
    if (!(await portFree(port))) {
      console.error(
        `[netværk] Port ${port} (${what}) is already in use. Stop what uses it, or choose another port: ${what === 'server' ? 'PORT' : 'AZURITE_PORT'}=<port> npm start`,
      );
      process.exit(2);
    }
  }
  say('building (TypeScript)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  say(`starting Azurite (Table Storage emulator) on 127.0.0.1:${ports.storage}, data in .data/azurite…`);
  const azurite = spawn(
    process.execPath,
    [
      join(root, 'scripts', 'azurite-table-server.cjs'),
      '--port',
      String(ports.storage),
      '--location',
      join(root, '.data', 'azurite'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(azurite);
  const line = await new Promise((resolve) => createInterface({ input: azurite.stdout }).once('line', resolve));
  const started = JSON.parse(line);
  if (!started.port) throw new Error(started.error ?? 'Azurite did not start');
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};TableEndpoint=http://127.0.0.1:${started.port}/devstoreaccount1;`;

  say(`starting the server (bot on /api/messages) on http://127.0.0.1:${ports.server}…`);
  // DEP0111 comes from restify's http-deceiver dependency; it is noise for a newcomer.
  const server = spawn(process.execPath, ['--disable-warning=DEP0111', join(root, 'bot', 'dist', 'main.js')], {
    stdio: 'inherit',
    env: {
      ...process.env,
      LOCAL_DEV: 'true',
      PORT: String(ports.server),
      STORAGE_CONNECTION_STRING: connectionString,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });
  children.push(server);
  server.once('exit', (code) => {
    say(`the server stopped (code ${code}); stopping everything`);
    void stopAll(code ?? 1);
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${ports.server}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  say('ready:');
  say(`  bot endpoint  http://127.0.0.1:${ports.server}/api/messages`);
  say(`  health        http://127.0.0.1:${ports.server}/healthz`);
  say('Ctrl-C stops everything; the data stays in .data/ for the next start.');
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
main().catch((error) => {
  console.error(`[netværk] could not start: ${error.message}`);
  void stopAll(1);
});
