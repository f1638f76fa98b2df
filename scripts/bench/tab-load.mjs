// The tab's initial load: what the browser must fetch before the first view (gzip), and the time to the first
// rendered heading in headless Chromium against the real server. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const web = join(root, 'tab', 'dist', 'web');

export function buildTab() {
  const run = spawnSync('npm', ['run', 'build', '-w', '@netvaerk/tab'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tab build failed:\n${run.stdout}\n${run.stderr}`);
}

/** The JS and CSS index.html loads at once (entry, modulepreloads, stylesheets), gzipped as a server would. */
export function initialAssets() {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/tab\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join(web, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0), raw: files.reduce((a, f) => a + f.bytes, 0) };
}

/** Milliseconds from navigation to the first level-1 heading, cold cache, median of a few loads. */
export async function timeToFirstRender(serverUrl, asObjectId, runs = 5) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${serverUrl}/tab/overview?as=${asObjectId}&lang=da`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Runs in the page: the browser's clock, from navigation start.
      // eslint-disable-next-line no-undef
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
  }
}
