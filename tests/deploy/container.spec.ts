import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildArtefact, productionEnv, ROOT, startServer } from './artefact-harness';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
/** The Dockerfile's instructions, continuation lines joined, comments left out. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const instruction = (name: string) => instructions.filter((l) => l.startsWith(`${name} `));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the Dockerfile', () => {
  it('runs Node 22 LTS, as a user that is not root, from the lean artefact only', () => {
    expect(instruction('FROM')).toEqual([expect.stringMatching(/^FROM node:22-[a-z]+-slim$/)]);
    expect(instruction('USER')).toEqual(['USER node']);
    expect(instruction('COPY')).toEqual(['COPY dist/server/ ./']);
    // Nothing is installed or built in the image: what ships is what package:server traced.
    expect(instruction('RUN')).toEqual([]);
    expect(instruction('CMD')).toEqual(['CMD ["node", "bot/dist/main.js"]']);
  });

  it('listens on all interfaces on the port it exposes, and checks /healthz', () => {
    const env = instruction('ENV').join(' ');
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    const port = /PORT=(\d+)/.exec(env)![1];
    expect(instruction('EXPOSE')).toEqual([`EXPOSE ${port}`]);
    expect(instruction('HEALTHCHECK')[0]).toContain('/healthz');
  });

  it('has a build context of dist/server alone (.dockerignore)', () => {
    const rules = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(rules).toEqual(['*', '!dist/server/']);
  });
});

describe('the artefact as the container runs it: a user other than root, files it cannot write', () => {
  const NOBODY = 65534;
  let dir: string;
  let before: Map<string, number>;

  beforeAll(() => {
    const built = buildArtefact();
    // As COPY leaves it: owned by root, 644/755, so the server's user can read but not write.
    dir = join(mkdtempSync(join(tmpdir(), 'container-')), 'app');
    cpSync(built.dir, dir, { recursive: true });
    chmodSync(join(dir, '..'), 0o755);
    before = new Map(walk(dir).map((f) => [relative(dir, f), statSync(f).mtimeMs]));
  }, 300_000);

  it('starts, answers /healthz and serves the tab, and writes nothing to its own folder', async () => {
    // /tmp is the one writable place (a tmpfs in `docker run --read-only --tmpfs /tmp`).
    const tmp = mkdtempSync(join(tmpdir(), 'container-tmp-'));
    chmodSync(tmp, 0o777);
    const server = await startServer(
      dir,
      productionEnv({ NODE_ENV: 'production', HOME: '/nonexistent', TMPDIR: tmp }),
      process.execPath,
      { uid: NOBODY, gid: NOBODY },
    );
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const tab = await fetch(`${server.url}/tab/overview`);
      expect(tab.status).toBe(200);
      expect(await tab.text()).toContain('<div id="root">');
      expect(server.blocked()).toEqual([]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const after = new Map(walk(dir).map((f) => [relative(dir, f), statSync(f).mtimeMs]));
    expect(after).toEqual(before);
  });
});
