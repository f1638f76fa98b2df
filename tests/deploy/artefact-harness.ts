import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';

export const ROOT = join(__dirname, '..', '..');

/** Builds the artefact with `npm run package:server`'s script into a temporary folder; returns its paths. */
export function buildArtefact(): { dir: string; zip: string; stdout: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'artefact-')), 'server');
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-server.mjs'), '--out', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`package:server failed:\n${run.stdout}\n${run.stderr}`);
  return { dir, zip: `${dir}.zip`, stdout: run.stdout };
}

/** Unpacks the zip as App Service does, into a fresh folder. */
export function unpack(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'unpacked-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

/** A configuration as production has it (no local-dev mode), with Azurite for storage. */
export function productionEnv(extra: Record<string, string> = {}): Record<string, string> {
  const tenant = randomUUID();
  return {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppId: randomUUID(),
    MicrosoftAppPassword: 'not-used-by-these-tests',
    MicrosoftAppTenantId: tenant,
    BOT_TENANT_IDS: tenant,
    SSO_CLIENT_ID: randomUUID(),
    SSO_TENANT_IDS: tenant,
    PUBLIC_URL: 'https://netvaerk.example.org',
    STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    TABLE_PREFIX: uniqueTablePrefix(),
    PSEUDONYM_SECRET: 'x'.repeat(48),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface StartedServer {
  url: string;
  /** Hosts the process tried to reach outside loopback (refused by loopback-only.cjs). */
  blocked(): string[];
  logLines(): string[];
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `node bot/dist/main.js` in `dir` (loopback only) and waits for "server listening". */
export function startServer(
  dir: string,
  env: Record<string, string>,
  node = process.execPath,
  user: { uid?: number; gid?: number } = {},
): Promise<StartedServer> {
  const child: ChildProcess = spawn(node, ['--require', join(__dirname, 'loopback-only.cjs'), 'bot/dist/main.js'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let listening = false;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (!listening) reject(new Error(`the server exited (${code}) before listening:\n${stdout}\n${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /"port":(\d+).*"msg":"server listening"/.exec(stdout);
      if (!match || listening) return;
      listening = true;
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        blocked: () => [...stderr.matchAll(/blocked connection to (\S+)/g)].map((m) => m[1]!),
        logLines: () => stdout.split('\n').filter(Boolean),
        stop: async () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}

/** One telemetry item as Application Insights' ingestion API receives it. */
export interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** A self-signed certificate for 127.0.0.1 (the exporter always speaks HTTPS), made with openssl. */
function loopbackCertificate(): { key: Buffer; cert: Buffer; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingestion-tls-'));
  const run = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]),
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`openssl failed: ${run.stderr}`);
  return {
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
    file: join(dir, 'cert.pem'),
  };
}

/**
 * A stand-in for Application Insights' ingestion and live-metrics endpoints on loopback, over HTTPS with its own
 * certificate (`caFile`, for the server's NODE_EXTRA_CA_CERTS).
 */
export async function fakeIngestion(): Promise<{
  connectionString: string;
  caFile: string;
  envelopes: Envelope[];
  close(): void;
}> {
  const envelopes: Envelope[] = [];
  const tls = loopbackCertificate();
  const server = createServer({ key: tls.key, cert: tls.cert }, async (req, res) => {
    const raw = await body(req);
    if (req.url?.startsWith('/v2.1/track') || req.url?.startsWith('/v2/track')) {
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      const parsed: unknown = text.trim().startsWith('[')
        ? JSON.parse(text)
        : text
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l));
      envelopes.push(...(parsed as Envelope[]));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          itemsReceived: (parsed as unknown[]).length,
          itemsAccepted: (parsed as unknown[]).length,
          errors: [],
        }),
      );
      return;
    }
    // Live metrics: answer "not subscribed", so the SDK only pings.
    res.writeHead(200, { 'content-type': 'application/json', 'x-ms-qps-subscribed': 'false' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `https://127.0.0.1:${port}/`;
  return {
    caFile: tls.file,
    connectionString: `InstrumentationKey=${randomUUID()};IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
    envelopes,
    close: () => server.close(),
  };
}
