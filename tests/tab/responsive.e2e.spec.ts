/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';
import { otherLanguageIn } from '../support/language-check';
import { axe, formsWithBrowserValidation, horizontalOverflow, overlappingTexts } from './browser-kit';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots', 'responsive');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the responsive tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const describeInBrowser = hasChromium ? describe : describe.skip;

/** Teams' meeting side panel, a channel tab on a small laptop, and a full window. */
const WIDTHS = [320, 600, 1280] as const;
const THEMES = ['default', 'dark', 'contrast'] as const;
const SECTIONS = ['Kontrakt', 'Deltagere', 'Møder og refleksion', 'Afslutning', 'Historik'];

describeInBrowser('the tab at Teams widths (320, 600, 1,280 px) in light, dark and high contrast', () => {
  let h: ApiHarness;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tab-responsive-'));
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'tab'),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    h = await ApiHarness.start({ localDev: true, tabDistDir: out });
    const active = await h.arrange(TYPE_CASES[2]!, 'active');
    ids.active = active.id;
    for (const [id, title] of [
      ['m1', 'Kortlægning af forløbet'],
      ['m2', 'Fælles plan'],
    ]) {
      await h.run('leader', active.id, { type: 'linkMeeting', meetingId: id, title });
      await h.run('leader', active.id, { type: 'endMeeting', meetingId: id });
      for (const who of ['leader', 'participant'] as const)
        await h.run(who, active.id, {
          type: 'answerReflection',
          meetingId: id,
          value: who === 'leader' ? 5 : 4,
          workingWell: 4,
          changeForm: false,
        });
    }
    for (const [tc, stage, name] of [
      [TYPE_CASES[3]!, 'closed', 'Netværk for projekt- og procesledere'],
      [TYPE_CASES[0]!, 'recommended', 'Campus Albertslund'],
      [TYPE_CASES[1]!, 'leaderAppointed', '500 nye børnefamilier til Albertslund'],
    ] as const)
      await h.arrange(tc, stage, undefined, name);
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

  async function open(path: string, as: keyof typeof PEOPLE, width: number, theme: string, lang?: 'en') {
    const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'en-US', bypassCSP: true });
    const sep = path.includes('?') ? '&' : '?';
    // No `lang` is the default: the browser here says en-US, and the tab must still speak Danish.
    const query = `as=${PEOPLE[as].objectId}&theme=${theme}${lang ? `&lang=${lang}` : ''}`;
    await page.goto(`${h.url}${path}${sep}${query}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Henter|Loading/ })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    return page;
  }

  /**
   * Everything a layout at this width must hold to: no sideways page, no text over text, no browser validation,
   * axe at 0. Returns the problems (none: []), so a test reports every page's at once.
   */
  async function problems(page: Page, name: string): Promise<Record<string, unknown>[]> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const found = {
      bodyMargin: await page.evaluate(() => getComputedStyle(document.body).margin),
      overflow: await horizontalOverflow(page),
      overlaps: await overlappingTexts(page),
      forms: await formsWithBrowserValidation(page),
      axe: await axe(page),
    };
    return found.bodyMargin !== '0px' || found.overflow || found.overlaps.length || found.forms || found.axe.length
      ? [{ name, ...found }]
      : [];
  }
  async function check(page: Page, name: string) {
    expect(await problems(page, name)).toEqual([]);
  }

  const PAGES: [string, () => string, keyof typeof PEOPLE][] = [
    ['overview', () => '/tab/overview', 'director'],
    ['network', () => `/tab/network/${ids.active}`, 'leader'],
    ['site', () => '/tab/site', 'outsider'],
    ['config', () => '/tab/config', 'leader'],
    ['compact', () => `/tab/network/${ids.active}?view=compact`, 'participant'],
    // The records page is the director's (export, person data, retention settings: every form on it).
    ['records', () => '/tab/records', 'director'],
    ['privacy', () => '/tab/privacy', 'outsider'],
  ];

  for (const theme of THEMES)
    for (const width of WIDTHS)
      it(`shows every page at ${width} px in the ${theme} theme`, async () => {
        const found: Record<string, unknown>[] = [];
        for (const [name, path, as] of PAGES) {
          const page = await open(path(), as, width, theme);
          if (name === 'overview')
            await page
              .getByRole('link', { name: /Fra barn til voksen/ })
              .first()
              .waitFor();
          found.push(...(await problems(page, `${name}-${width}-${theme}`)));
          await page.close();
        }
        expect(found).toEqual([]);
      });

  it.each(WIDTHS)('reaches every section of the network page at %i px (the rest in the "more" menu)', async (width) => {
    const page = await open(`/tab/network/${ids.active}`, 'leader', width, 'default');
    // Which sections fit is measured once the network has loaded and laid out: ask only after that, or a tab seen
    // for a moment before the measure moves into the "more" menu under the click.
    await page.waitForLoadState('networkidle');
    await page.getByRole('tab').first().waitFor();
    const settled = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const section of SECTIONS) {
      // Each choice re-measures which tabs fit; a click aimed during that re-layout can land beside its target.
      await settled();
      const tab = page.getByRole('tab', { name: section });
      if (await tab.isVisible()) await tab.click();
      else {
        await page.getByRole('button', { name: /Flere afsnit/ }).click();
        await page.getByRole('menuitem', { name: section }).click();
      }
      await expect(page.getByRole('tab', { name: section, selected: true })).toBeTruthy();
      await page.getByRole('tab', { name: section, selected: true }).waitFor();
      await check(page, `network-${section.split(' ')[0]!.toLowerCase()}-${width}`);
    }
    await page.close();
  });

  it('collapses the lifecycle to "fase n af 14" with the current step, and opens every step on request', async () => {
    const page = await open(`/tab/network/${ids.active}`, 'leader', 320, 'default');
    const timeline = page.getByRole('region', { name: 'Forløb' });
    await timeline.getByText(/^Fase \d+ af 14$/).waitFor();
    expect(await timeline.locator('li').count()).toBe(1);
    expect(await timeline.locator('[aria-current="step"]').textContent()).toContain('Her er netværket nu');
    await timeline.getByRole('button', { name: 'Vis alle faser' }).click();
    expect(await timeline.locator('li').count()).toBe(14);
    await check(page, 'network-lifecycle-open-320');
    await page.close();
  });

  it('shows the overview as cards below the breakpoint and as a table with tooltips above it', async () => {
    const narrow = await open('/tab/overview', 'director', 600, 'default');
    expect(await narrow.getByRole('table').count()).toBe(0);
    expect(
      await narrow.getByRole('list', { name: 'Overblik over netværkene' }).locator('> li').count(),
    ).toBeGreaterThan(3);
    await narrow.close();
    const wide = await open('/tab/overview', 'director', 1280, 'default');
    await wide.getByRole('table').waitFor();
    // Each row one line high: the long name and the "waiting for" cell are cut, not wrapped.
    const heights = await wide
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(50);
    await wide.close();
  });

  it('speaks one language per page: Danish by default, English when the dev bar picks it', async () => {
    for (const lang of ['da', 'en'] as const)
      for (const [name, path, as] of PAGES) {
        const page = await open(path(), as, 1280, 'default', lang === 'en' ? 'en' : undefined);
        // The fixture contract's party is data a Danish user typed ("Netværksdirektør"), not the app's language.
        const text = (await page.evaluate(() => document.body.innerText)).replaceAll('Netværksdirektør\n', '');
        expect({ name, lang, foreign: otherLanguageIn(text, lang) }).toEqual({ name, lang, foreign: [] });
        await page.close();
      }
  }, 180_000); // Seven pages in two languages: more than jest's minute on a loaded machine.
});
