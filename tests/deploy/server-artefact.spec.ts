import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  buildArtefact,
  type Envelope,
  fakeIngestion,
  productionEnv,
  ROOT,
  startServer,
  unpack,
} from './artefact-harness';

jest.setTimeout(240_000);

const MB = 1024 * 1024;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

describe('the deployable server artefact (npm run package:server)', () => {
  let artefact: ReturnType<typeof buildArtefact>;
  let files: string[];
  let unpacked: string;

  beforeAll(() => {
    artefact = buildArtefact();
    files = walk(artefact.dir).map((f) => relative(artefact.dir, f).split(sep).join('/'));
    unpacked = unpack(artefact.zip);
  });

  it('prints its size and file count', () => {
    expect(artefact.stdout).toMatch(/Wrote .*: \d+ files, [\d.]+ MB/);
  });

  it('is under 40 MB', () => {
    const bytes = walk(artefact.dir).reduce((sum, f) => sum + statSync(f).size, 0);
    expect(bytes).toBeLessThan(40 * MB);
  });

  it('holds the server, the shared package, the built tab and runtime packages only', () => {
    const tops = new Set(files.map((f) => f.split('/')[0]));
    expect([...tops].sort()).toEqual(['bot', 'node_modules', 'package.json', 'tab']);
    expect(files).toContain('bot/dist/main.js');
    expect(files).toContain('node_modules/@netvaerk/shared/package.json');
    expect(files).toContain('tab/dist/web/index.html');
    const forbidden = [
      /(^|\/)node_modules\/(@fluentui|@griffel|react|react-dom|@microsoft\/teams-js|vite|typescript|jest|azurite|@vitejs)\//,
      /^tab\/node_modules\//,
      /\.map$/,
      /\.d\.ts$/,
      /\.tsbuildinfo$/,
      /\.spec\.js$/,
      /^bot\/dist\/local\//,
      /^shared\//,
    ];
    for (const pattern of forbidden) expect(files.filter((f) => pattern.test(f))).toEqual([]);
  });

  it('has no links (workspace packages are real folders)', () => {
    expect(walk(artefact.dir).filter((f) => lstatSync(f).isSymbolicLink())).toEqual([]);
  });

  it('ships the tab without source map references', () => {
    const scripts = files.filter((f) => f.startsWith('tab/dist/web/') && f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(readFileSync(join(artefact.dir, f), 'utf8')).not.toContain('sourceMappingURL');
  });

  it('starts from the unpacked zip against Azurite and answers /healthz, the tab and the legal pages', async () => {
    const server = await startServer(unpacked, productionEnv());
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const tab = await fetch(`${server.url}/tab/overview`);
      expect(tab.status).toBe(200);
      expect(await tab.text()).toContain('<div id="root">');
      const privacy = await fetch(`${server.url}/privacy`);
      expect(privacy.status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // Without APPLICATIONINSIGHTS_CONNECTION_STRING telemetry is off: nothing outside loopback was tried.
    expect(server.blocked()).toEqual([]);
  });

  it('sends requests and logs to Application Insights when a connection string is set', async () => {
    const ingestion = await fakeIngestion();
    let envelopes: Envelope[] = [];
    let blocked: string[] = [];
    try {
      const server = await startServer(
        unpacked,
        productionEnv({
          APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
          NODE_EXTRA_CA_CERTS: ingestion.caFile,
          // Statsbeat (the SDK's own usage counters) goes to Microsoft's endpoint, not the configured one.
          APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
        }),
      );
      expect((await fetch(`${server.url}/privacy?lang=en`)).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      // Shutting down flushes what is buffered.
      expect(await server.stop()).toBe(0);
      envelopes = ingestion.envelopes;
      blocked = server.blocked();
    } finally {
      ingestion.close();
    }
    const requests = envelopes.filter((e) => e.data?.baseType === 'RequestData').map((e) => e.data!.baseData!);
    expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining([expect.stringContaining('/privacy')]));
    // App Service's health pings are not sent as requests.
    expect(requests.filter((r) => String(r.url).includes('/healthz'))).toEqual([]);
    const messages = envelopes.filter((e) => e.data?.baseType === 'MessageData').map((e) => e.data!.baseData!.message);
    expect(messages).toEqual(expect.arrayContaining(['server listening']));
    // The only address outside loopback the SDK reaches for is Azure's instance metadata (VM resource detection).
    expect([...new Set(blocked)].every((host) => host.startsWith('169.254.169.254'))).toBe(true);
  });

  it("renders a case record's PDF and zips it from the unpacked artefact (pdfkit's fonts are traced)", () => {
    const script = `
      const { PdfWriter } = require('./bot/dist/records/pdf-layout.js');
      const { zipStream } = require('./bot/dist/records/export-zip.js');
      (async () => {
        const pdf = await new PdfWriter({ title: 'Sagsakt', subject: 'Prøve' })
          .title('Sagsakt æøå').heading('1. Idé').field('Formål', 'Tryghed').finish('Sagsakt', (p, n) => p + '/' + n);
        const chunks = [];
        for await (const c of zipStream([{ path: 'sagsakt.pdf', content: pdf }], new Date())) chunks.push(c);
        process.stdout.write(JSON.stringify({ pdf: pdf.subarray(0, 5).toString(), zip: Buffer.concat(chunks).subarray(0, 2).toString() }));
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: unpacked, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ pdf: '%PDF-', zip: 'PK' });
  });

  it('declares support for Node 20 and Node 22 in every runtime package it ships', () => {
    // semver is jest's own dependency; its types are not installed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const semver = require('semver') as { satisfies(version: string, range: string): boolean };
    const unsupported: string[] = [];
    for (const file of files.filter((f) => f.endsWith('/package.json'))) {
      const pkg = JSON.parse(readFileSync(join(artefact.dir, file), 'utf8')) as {
        name?: string;
        version?: string;
        engines?: { node?: string };
      };
      const range = pkg.engines?.node;
      if (!pkg.name || !range) continue;
      for (const node of ['20.19.0', '22.12.0'])
        if (!semver.satisfies(node, range)) unsupported.push(`${pkg.name}@${pkg.version}: ${range} (Node ${node})`);
    }
    expect(unsupported).toEqual([]);
    expect(JSON.parse(readFileSync(join(artefact.dir, 'package.json'), 'utf8')).engines.node).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node,
    );
  });
});
