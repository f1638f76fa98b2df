import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';

/** The emulator's well-known development account (public, documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** A folder to keep the data in (local runs); omitted means in memory (tests). */
  location?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  clean(): Promise<void>;
  httpServer: Server;
}

export function azuriteConnectionString(host: string, port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`
  );
}

/** Resolves when the emulator answers HTTP (any status: an unauthenticated request gets 4xx, which is fine). */
function waitUntilAnswering(host: string, port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = request({ host, port, path: `/${AZURITE_ACCOUNT}/Tables`, method: 'GET', timeout: 1000 }, (res) => {
        res.resume();
        resolve();
      });
      req.on('error', (err) => {
        if (Date.now() > deadline) reject(new Error(`Azurite did not answer on ${host}:${port}: ${err.message}`));
        else setTimeout(attempt, 100);
      });
      req.end();
    };
    attempt();
  });
}

/**
 * Starts Azurite's Table service in this process, on 127.0.0.1 and a free port unless told otherwise. Azurite's
 * package has no entry point usable from Node (it requires `vscode`) nor type declarations, hence the deep
 * requires; the version is pinned in package.json for that reason.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const TableServer = require('azurite/dist/src/table/TableServer').default;
  const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const inMemory = !options.location;
  if (options.location) mkdirSync(options.location, { recursive: true });
  const dbPath = options.location ? join(options.location, '__azurite_db_table__.json') : 'memory-table.json';
  const config = new TableConfiguration(
    host,
    options.port ?? 0,
    undefined,
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
    inMemory,
  );
  const server: AzuriteTableServer = new TableServer(config);
  await server.start();
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Azurite started without a TCP address');
  await waitUntilAnswering(host, address.port);
  return {
    port: address.port,
    connectionString: azuriteConnectionString(host, address.port),
    stop: async () => {
      await server.close();
    },
  };
}
