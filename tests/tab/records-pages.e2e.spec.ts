import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axeCore from 'axe-core';
import { unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the records pages' browser tests: ${CHROMIUM} is missing.`);
const describeInBrowser = hasChromium ? describe : describe.skip;

/** axe-core's WCAG 2.1 A/AA rules in the page (Fluent's focus sentinels left out, as in browser.e2e.spec.ts). */
async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeCore.source });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] };
    const run = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } }).axe;
    const result = await run.run(
      { include: [['body']], exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    }));
  });
}

describeInBrowser('the records and privacy pages in real Chromium', () => {
  let h: ApiHarness;
  let browser: Browser;
  let closedId: string;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tab-records-'));
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'tab'),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    h = await ApiHarness.start({ localDev: true, tabDistDir: out });
    closedId = (await h.arrange(TYPE_CASES[3]!, 'closed')).id;
    await h.arrange(TYPE_CASES[2]!, 'active');
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function open(path: string, as: keyof typeof PEOPLE, lang = 'da') {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
      bypassCSP: true,
      acceptDownloads: true,
    });
    await page.goto(`${h.url}${path}?as=${PEOPLE[as].objectId}&lang=${lang}`);
    return page;
  }

  async function accessible(page: Page, shot: string) {
    await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
    const violations = await axe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }

  it('lets the director export a network for filing from the tab: a zip of its PDF and JSON, shown as exported', async () => {
    const page = await open('/tab/records', 'director');
    await page.getByRole('heading', { name: 'Journalisering og persondata', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Prøvekørsel: hvad slettes hvornår' }).waitFor();
    await accessible(page, 'records-page');
    const name = (await h.server.services.networks.load(closedId))!.network.name;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('row')
        .filter({ hasText: 'Lukket' })
        .getByRole('button', { name: `Eksportér til journalisering: ${name}` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sagsakt-${closedId}.zip`);
    const files = Object.keys(unzipSync(new Uint8Array(readFileSync((await download.path())!))));
    expect(files.filter((f) => f.endsWith('sagsakt.pdf') || f.endsWith('sagsakt.json'))).toHaveLength(2);
    await page.getByText(`Eksporten er hentet: sagsakt-${closedId}.zip`).waitFor();
    await page.getByText('Sagsakter eksporteret (1 netværk)').waitFor();
    if (process.env.UPDATE_DOC_IMAGES) {
      await page.screenshot({ path: join(SHOTS, 'records-page-exported.png'), fullPage: true });
      copyFileSync(join(SHOTS, 'records-page-exported.png'), join(ROOT, 'docs', 'images', 'tab-records.png'));
    }
    await page.close();
  });

  it("offers the export on the network's own page to the director, not to its leader", async () => {
    const name = (await h.server.services.networks.load(closedId))!.network.name;
    const page = await open(`/tab/network/${closedId}`, 'director');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Eksportér til journalisering: ${name}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sagsakt-${closedId}.zip`);
    await accessible(page, 'network-page-export');
    await page.close();
    const leader = await open(`/tab/network/${closedId}`, 'leader');
    await leader.getByRole('heading', { level: 1 }).waitFor();
    expect(await leader.getByRole('button', { name: /til journalisering/ }).count()).toBe(0);
    await leader.close();
  });

  it('shows the leader the refusal, not the page', async () => {
    const page = await open('/tab/records', 'leader');
    await page
      .getByText('Beklager, det er kun netværksdirektøren og netværkskonsulenterne, der kan eksportere sagsakter.')
      .waitFor();
    expect(await page.getByRole('button', { name: /til journalisering/ }).count()).toBe(0);
    await page.close();
  });

  it('has a privacy page in Danish and English, linked from the footer', async () => {
    const overview = await open('/tab/overview', 'participant');
    await overview.getByRole('contentinfo').getByRole('link', { name: 'Privatliv og dine data' }).click();
    await overview.getByRole('heading', { name: 'Sådan virker anonymitet' }).waitFor();
    expect(await overview.getByRole('link', { name: 'Journalisering og persondata' }).count()).toBe(0);
    await accessible(overview, 'privacy-da');
    if (process.env.UPDATE_DOC_IMAGES)
      copyFileSync(join(SHOTS, 'privacy-da.png'), join(ROOT, 'docs', 'images', 'tab-privacy.png'));
    await overview.close();
    const english = await open('/tab/privacy', 'participant', 'en');
    await english.getByRole('heading', { name: 'How anonymity works' }).waitFor();
    await english.getByText('How to get your data').waitFor();
    await accessible(english, 'privacy-en');
    await english.close();
  });
});
