#!/usr/bin/env node
// Runs Azurite's Table service in its own process and prints one JSON line {"port":…} once it answers.
//
// Why a process of its own: restify patches http.IncomingMessage.prototype (req.query among others), which
// breaks Azurite's express-based query parsing (filters are silently ignored) when both share a process.
//
// Usage: node scripts/azurite-table-server.cjs [--location DIR] [--port N] [--host H]
// Without --location the data lives in memory (tests); with it, on disk (local runs).
'use strict';
const { mkdirSync } = require('node:fs');
const { request } = require('node:http');
const { join } = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const host = arg('host', '127.0.0.1');
const port = Number(arg('port', '0'));
const location = arg('location', '');
const KEEP_ALIVE_SECONDS = 30;

// Azurite's package entry requires `vscode` and has no types: use the Table server directly (version pinned).
const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;

async function answers(p) {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const req = request({ host, port: p, path: '/devstoreaccount1/Tables', method: 'GET', timeout: 1000 }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Azurite did not answer');
}

async function main() {
  if (location) mkdirSync(location, { recursive: true });
  const dbPath = location ? join(location, '__azurite_db_table__.json') : 'memory-table.json';
  const config = new TableConfiguration(
    host,
    port,
    // Keep idle connections 30 s (Azurite's default is 5 s). With 5 s, a client on a loaded machine reuses a socket
    // the server is just closing and gets ECONNRESET; three in a row fail a request despite the SDK's retries.
    KEEP_ALIVE_SECONDS,
    dbPath,
    false,
    false,
    undefined,
    undefined,
    false,
    false,
    '',
    '',
    '',
    undefined,
    false,
    !location,
  );
  const server = new TableServer(config);
  try {
    await server.start();
  } catch (error) {
    const busy = error && error.code === 'EADDRINUSE';
    console.log(
      JSON.stringify({ error: busy ? `port ${port} on ${host} is already in use` : String(error && error.message) }),
    );
    process.exit(3);
  }
  const actual = server.httpServer.address().port;
  await answers(actual);
  console.log(JSON.stringify({ port: actual, host }));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Exit with the parent: a test run or start script that dies must not leave Azurite behind.
  process.on('disconnect', stop);
}

main().catch((error) => {
  console.log(JSON.stringify({ error: String(error && error.message) }));
  process.exit(1);
});
