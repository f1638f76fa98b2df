// Pieces of the local stack shared by `npm start`, `npm run seed` and the end-to-end test: Azurite on disk,
// the demo seed, the server and the Agents Playground, each a child process that stops with its parent.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = join(import.meta.dirname, '..');
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
export const connectionString = (port) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

export function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '0.0.0.0');
  });
}

export async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function build() {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

export async function startAzurite({ port, location }) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'scripts', 'azurite-table-server.cjs'),
      '--port',
      String(port),
      ...(location ? ['--location', location] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const started = JSON.parse(line);
  if (!started.port) throw new Error(started.error ?? 'Azurite did not start');
  return { child, port: started.port, connectionString: connectionString(started.port) };
}

export function seed(storage, playgroundPort) {
  const result = spawnSync(process.execPath, [join(root, 'bot', 'dist', 'local', 'seed.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      STORAGE_CONNECTION_STRING: storage,
      PLAYGROUND_SERVICE_URL: `http://localhost:${playgroundPort}/_connector`,
      LOG_LEVEL: 'warn',
    },
  });
  if (result.status !== 0) throw new Error('seeding the demo data failed');
}

export function startServer({ port, storage, logLevel = 'warn' }) {
  // DEP0111 comes from restify's http-deceiver dependency; it is noise for a newcomer.
  return spawn(process.execPath, ['--disable-warning=DEP0111', join(root, 'bot', 'dist', 'main.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      LOCAL_DEV: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: storage,
      LOG_LEVEL: logLevel,
    },
  });
}

/** Microsoft's Agents Playground, headless, offline, with our mock users; its log goes to .data/. */
export function startPlayground({ port, botPort }) {
  const env = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(root, 'local', 'playground.yml'),
    M365_AGENTS_PLAYGROUND_LOGFILE: join(root, '.data', 'playground.log'),
  };
  // With these set, the Playground would demand real tokens from Entra.
  delete env.AUTH_CLIENT_ID;
  delete env.AUTH_CLIENT_SECRET;
  return spawn(
    process.execPath,
    [
      join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
      '-e',
      `http://127.0.0.1:${botPort}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(port),
      '--dt',
    ],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

export async function stop(children) {
  for (const child of [...children].reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await new Promise((r) => child.once('exit', r));
      clearTimeout(timer);
    }
  }
}
