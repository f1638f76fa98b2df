import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axeCore from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const describeInBrowser = hasChromium ? describe : describe.skip;

/** axe-core in the page: the WCAG 2.1 A/AA rules; serious and critical violations fail the test. */
async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeCore.source });
  return page.evaluate(async () => {
    const run = // Runs in the page, where axe is a global.
      (
        globalThis as unknown as {
          axe: {
            run: (
              ctx: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }>;
          };
        }
      ).axe;
    // Tabster (Fluent UI's focus manager) puts hidden focus sentinels at the edges of focus groups; they pass
    // focus on at once and are not content, so they are left out of the scan.
    const result = await run.run(
      { include: [['body']], exclude: [['[data-tabster-dummy]']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    }));
  });
}

describeInBrowser('the tab in real Chromium, local-dev mode, against the real server and Azurite', () => {
  let h: ApiHarness;
  let browser: Browser;
  const ids: Record<string, string> = {};
  const axeResults: Record<string, { id: string; impact: string; nodes: string[] }[]> = {};

  beforeAll(async () => {
    // Build the tab from its current sources (CI has no prebuilt dist).
    const out = mkdtempSync(join(tmpdir(), 'tab-e2e-'));
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'tab'),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    h = await ApiHarness.start({ localDev: true, tabDistDir: out });
    // Demo data in several stages, through the real service.
    ids.appointed = (await h.arrange(TYPE_CASES[3]!, 'leaderAppointed')).id;
    const active = await h.arrange(TYPE_CASES[2]!, 'active');
    ids.active = active.id;
    const meetings = [
      { id: 'm1', title: 'Kortlægning', scores: [3, 2] },
      { id: 'm2', title: 'Fælles plan', scores: [4, 3] },
      { id: 'm3', title: 'Opfølgning', scores: [5, 4] },
    ];
    for (const m of meetings) {
      await h.run('leader', active.id, { type: 'linkMeeting', meetingId: m.id, title: m.title });
      await h.run('leader', active.id, { type: 'endMeeting', meetingId: m.id });
      for (const [who, score] of [
        ['leader', m.scores[0]!],
        ['participant', m.scores[1]!],
      ] as const) {
        await h.run(who, active.id, {
          type: 'answerReflection',
          meetingId: m.id,
          value: score,
          valueComment: who === 'participant' ? `Godt at mødes (${m.title})` : '',
          workingWell: Math.max(1, score - 1),
          changeForm: false,
        });
      }
    }
    ids.closed = (await h.arrange(TYPE_CASES[3]!, 'closed')).id;
    ids.recommended = (await h.arrange(TYPE_CASES[2]!, 'recommended')).id;
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
    if (Object.values(axeResults).some((count) => Number(count) > 0))
      console.log(`axe (WCAG 2.1 AA) violations per page: ${JSON.stringify(axeResults)}`);
  });

  async function open(path: string, as: keyof typeof PEOPLE, options: { theme?: string; width?: number } = {}) {
    // bypassCSP: the server's CSP rightly forbids inline scripts, and axe is injected as one by the test itself.
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1280, height: 900 },
      locale: 'da-DK',
      bypassCSP: true,
    });
    const sep = path.includes('?') ? '&' : '?';
    await page.goto(`${h.url}${path}${sep}as=${PEOPLE[as].objectId}&lang=da&theme=${options.theme ?? 'default'}`);
    return page;
  }

  async function check(page: Page, name: string) {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const violations = await axe(page);
    axeResults[name] = violations;
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }

  it("runs under the server's Content Security Policy without a single violation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${h.url}/tab/overview?as=${PEOPLE.director.objectId}&lang=da`);
    await page.getByRole('heading').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the director fill in and sign contract phase 1 in place, and the other party acknowledge it', async () => {
    const page = await open(`/tab/network/${ids.appointed}`, 'director');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Lokal udvikling: du bruger appen som en testbruger').waitFor();
    await check(page, 'network-contract-light');
    await page.getByRole('button', { name: 'Udfyld fase 1' }).click();
    await page.getByLabel('Formål').fill('Sammenhæng for den unge');
    await page.getByLabel('Baggrund: behovet eller ønsket').fill('Mange specialister omkring én borger');
    // The parties are the routing table's (a learning network: the director and the leader), not typed in.
    expect(await page.getByLabel('Parter (én pr. linje)').count()).toBe(0);
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Kontrakten er gemt.').waitFor();
    await page.getByRole('button', { name: 'Underskriv fase 1' }).click();
    await page.getByText('Du har underskrevet fase 1.').waitFor();
    await page.getByText(/Underskrevet af Dorthe Direktør som netværksdirektøren/).waitFor();
    await check(page, 'network-contract-signed-light');
    const half = (await h.server.services.networks.load(ids.appointed!))!.network.contract.find((c) => c.phase === 1);
    expect(half).toMatchObject({ locked: false, fields: { purpose: 'Sammenhæng for den unge' } });
    await page.close();

    // The leader, the other party of a learning network's phase 1, acknowledges it in the tab too.
    const leaderPage = await open(`/tab/network/${ids.appointed}`, 'leader');
    await leaderPage.getByRole('button', { name: 'Underskriv fase 1' }).click();
    await leaderPage.getByText('Du har underskrevet fase 1.').waitFor();
    const stored = (await h.server.services.networks.load(ids.appointed!))!.network;
    expect(stored.contract.find((c) => c.phase === 1)).toMatchObject({ locked: true });
    expect(stored.contract.find((c) => c.phase === 1)?.signatures.map((s) => s.as)).toEqual(['director', 'leader']);
    await leaderPage.close();
  });

  it('lets the leader add an external participant', async () => {
    const page = await open(`/tab/network/${ids.appointed}`, 'leader');
    await page.getByRole('tab', { name: 'Deltagere' }).click();
    await page.getByLabel('Navn').fill('Eva Ekstern');
    await page.getByLabel('Organisation').fill('Region Hovedstaden');
    await page.getByLabel('E-mail').fill('eva@example.org');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByText('Eva Ekstern er tilføjet.').waitFor();
    await page.getByRole('cell', { name: 'Ekstern (Region Hovedstaden)' }).waitFor();
    await check(page, 'network-participants-light');
    const stored = (await h.server.services.networks.load(ids.appointed!))!.network;
    expect(stored.participants).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'external', name: 'Eva Ekstern', status: 'accepted' })]),
    );
    await page.close();
  });

  it('shows the reflections over time as a chart, in light and dark', async () => {
    for (const theme of ['default', 'dark']) {
      const page = await open(`/tab/network/${ids.active}`, 'leader', { theme });
      await page.getByRole('tab', { name: 'Møder og refleksion' }).click();
      await page.getByRole('heading', { name: 'Værdi og trivsel over tid' }).waitFor();
      expect(await page.locator('svg path').count()).toBeGreaterThanOrEqual(2);
      const rows = await page.locator('figure table tbody tr').allTextContents();
      expect(rows).toEqual([
        expect.stringContaining('Kortlægning'),
        expect.stringContaining('Fælles plan'),
        expect.stringContaining('Opfølgning'),
      ]);
      await page.getByText('2 af 2 har svaret').first().waitFor();
      await check(page, `network-meetings-${theme === 'dark' ? 'dark' : 'light'}`);
      await page.close();
    }
  });

  it('shows every page in light and dark without serious accessibility problems', async () => {
    const pages: [string, string, keyof typeof PEOPLE, number?][] = [
      ['network', `/tab/network/${ids.active}`, 'leader'],
      ['overview', '/tab/overview', 'director'],
      ['site', '/tab/site', 'outsider'],
      ['config', '/tab/config', 'leader'],
      ['compact', `/tab/network/${ids.active}?view=compact`, 'participant', 320],
      ['history', `/tab/network/${ids.closed}`, 'director'],
    ];
    for (const theme of ['default', 'dark']) {
      for (const [name, path, as, width] of pages) {
        const page = await open(path, as, { theme, ...(width ? { width } : {}) });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: 'Henter' })
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        if (name === 'history') await page.getByRole('tab', { name: 'Historik' }).click();
        if (name === 'overview')
          await page.getByRole('link', { name: 'Fra barn til voksen med hjerneskade' }).first().waitFor();
        if (name === 'site') await page.getByText('Sofies overgang').first().waitFor();
        await check(page, `${name}-${theme === 'dark' ? 'dark' : 'light'}`);
        await page.close();
      }
    }
  });
});
