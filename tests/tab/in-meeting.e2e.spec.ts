/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { personKey } from '../../shared/src/domain/types';
import { PEOPLE, SYSTEM_ACTOR, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';
import { axe, formsWithBrowserValidation, horizontalOverflow, overlappingTexts } from './browser-kit';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots', 'in-meeting');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the in-meeting tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const describeInBrowser = hasChromium ? describe : describe.skip;
const THEMES = ['default', 'dark', 'contrast'] as const;
const MEETING = 'MCMxOTptZWV0aW5nXzEyMw==/stage';

describeInBrowser('the meeting side panel (320 px) and the shared stage (1,280 × 720) in Chromium', () => {
  let h: ApiHarness;
  let browser: Browser;
  let id = '';
  const q = `meeting=${encodeURIComponent(MEETING)}`;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tab-in-meeting-'));
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'tab'),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    h = await ApiHarness.start({ localDev: true, tabDistDir: out });
    const network = await h.arrange(TYPE_CASES[2]!, 'active');
    id = network.id;
    const invited = await h.run('leader', id, {
      type: 'inviteParticipant',
      person: PEOPLE.participant2,
      role: 'participant',
    });
    const per = invited.participants.find(
      (p) => p.kind === 'internal' && p.person.objectId === PEOPLE.participant2.objectId,
    )!;
    await h.run('participant2', id, { type: 'respondToInvitation', participantId: per.id, accept: true });
    await h.run('leader', id, { type: 'linkMeeting', meetingId: 'm0', title: 'Opstart', chatId: '' });
    await h.run('leader', id, {
      type: 'writeMeetingNotes',
      meetingId: 'm0',
      decisions: 'Pia kontakter skolerne.\nPer samler erfaringer fra PPR.',
    });
    for (const [joined, left] of [
      [[personKey(PEOPLE.leader), personKey(PEOPLE.participant)], []],
      [[], [personKey(PEOPLE.participant)]],
    ])
      await h.server.services.service.execute(
        { type: 'recordAttendance', commandId: randomUUID(), networkId: id, meetingId: 'm0', joined, left },
        SYSTEM_ACTOR,
      );
    await h.run('leader', id, { type: 'endMeeting', meetingId: 'm0' });
    await h.run('leader', id, { type: 'linkMeeting', meetingId: MEETING, title: 'Netværksmøde 2', chatId: '' });
    await h.run('leader', id, {
      type: 'writeMeetingNotes',
      meetingId: MEETING,
      agenda: '1. Nyt fra skolerne\n2. Fælles plan for overgangen\n3. Refleksion',
    });
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

  async function open(path: string, as: keyof typeof PEOPLE, size: { width: number; height: number }, theme: string) {
    const page = await browser.newPage({ viewport: size, locale: 'en-US', bypassCSP: true });
    await page.goto(`${h.url}${path}&as=${PEOPLE[as].objectId}&theme=${theme}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Henter|Loading/ })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    return page;
  }

  /** No sideways page, no text over text, no browser validation bubbles, axe at 0; screenshot kept. */
  async function problems(page: Page, name: string): Promise<Record<string, unknown>[]> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const found = {
      overflow: await horizontalOverflow(page),
      overlaps: await overlappingTexts(page),
      forms: await formsWithBrowserValidation(page),
      axe: await axe(page),
    };
    return found.overflow || found.overlaps.length || found.forms || found.axe.length ? [{ name, ...found }] : [];
  }

  const PANEL = { width: 320, height: 800 };
  const STAGE = { width: 1280, height: 720 };
  const panelPath = () => `/tab/network/${id}?view=panel&${q}`;
  const stagePath = (show: string) => `/tab/stage/${id}?${q}&show=${show}&comments=1`;

  it('lets the leader start the reflection in the panel; a participant answers there, and the stage counts it', async () => {
    const leader = await open(panelPath(), 'leader', PANEL, 'default');
    await leader.getByText('1. Nyt fra skolerne', { exact: false }).first().waitFor();
    await leader.getByText('Pia kontakter skolerne.', { exact: false }).waitFor();
    await leader.getByRole('button', { name: 'Start refleksionen nu' }).click();
    await leader.getByText('0 af 3 har svaret').waitFor();
    const stage = await open(stagePath('reflection'), 'leader', STAGE, 'default');
    await stage.getByText('0 af 3 har svaret').waitFor();
    const pia = await open(panelPath(), 'participant', PANEL, 'default');
    const form = pia.getByRole('form', { name: 'Dit svar' });
    await form
      .getByRole('radiogroup', { name: /Kom der noget værdifuldt/ })
      .getByLabel('4')
      .check();
    await form
      .getByRole('radiogroup', { name: /Arbejder netværket/ })
      .getByLabel('5')
      .check();
    await form
      .getByRole('radiogroup', { name: /Skal formen ændres/ })
      .getByLabel('Nej')
      .check();
    await form.getByRole('button', { name: 'Send svar' }).click();
    await pia.getByText(/Dit svar er gemt/).waitFor();
    // The stage polls: it shows the answer without a reload.
    await stage.getByText('1 af 3 har svaret').waitFor({ timeout: 5000 });
    await stage.getByText('Gennemsnittene vises, når mindst 3 har svaret.').waitFor();
    for (const p of [leader, stage, pia]) await p.close();
  });

  it('refuses an incomplete answer with the message at the field, keeping what was typed', async () => {
    const per = await open(panelPath(), 'participant2', PANEL, 'default');
    const form = per.getByRole('form', { name: 'Dit svar' });
    await form.getByRole('textbox').first().fill('Godt at høre fra skolerne');
    await form.getByRole('button', { name: 'Send svar' }).click();
    await per.getByRole('alert').first().waitFor();
    expect(await form.getByRole('textbox').first().inputValue()).toBe('Godt at høre fra skolerne');
    await per.close();
  });

  it('previews the panel beside the stage locally; the panel puts the live reflection on the stage', async () => {
    const page = await open(`/tab/preview/${id}?${q}`, 'leader', { width: 1280, height: 900 }, 'default');
    const panel = page.frameLocator('iframe[title="Sidepanel"]');
    const stage = page.frameLocator('iframe[title="Fælles skærm"]');
    await stage.getByRole('heading', { name: 'Vores mål' }).waitFor();
    await panel.getByRole('button', { name: 'Vis refleksionen live' }).click();
    await panel.getByText('Delt på skærmen.').waitFor();
    await stage.getByText(/af 3 har svaret/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'preview-shared.png') });
    await page.close();
  });

  it("shows each meeting's attendance on the network's page", async () => {
    const page = await open(`/tab/network/${id}?`, 'leader', { width: 1280, height: 900 }, 'default');
    await page.getByRole('tab', { name: 'Møder og refleksion' }).click();
    const opstart = page.getByRole('region', { name: 'Fremmøde' }).filter({ hasText: 'Til stede' });
    await opstart.getByText('Til stede (2)').waitFor();
    expect(await opstart.textContent()).toMatch(/Lene Leder.*Pia Deltager \(gik .+\).*Ikke med \(1\): Per Deltager/);
    expect(await problems(page, 'network-attendance')).toEqual([]);
    await page.close();
  });

  it('shows the averages and the chosen comments on the stage once three have answered', async () => {
    for (const [as, value, valueComment] of [
      ['leader', 5, 'Godt med en fælles plan'],
      ['participant2', 3, ''],
    ] as const)
      await h.run(as, id, {
        type: 'answerReflection',
        meetingId: MEETING,
        value,
        valueComment,
        workingWell: 4,
        changeForm: true,
      });
    // The next meeting, not started yet: the leader's panel offers to start its reflection (checked below).
    await h.run('leader', id, { type: 'linkMeeting', meetingId: 'm-next', title: 'Netværksmøde 3', chatId: '' });
    const stage = await open(stagePath('reflection'), 'participant', STAGE, 'default');
    await stage.getByText('3 af 3 har svaret').waitFor({ timeout: 5000 });
    await stage.getByText('Godt med en fælles plan').waitFor();
    expect(await stage.getByText('Gennemsnittene vises').count()).toBe(0);
    await stage.close();
  });

  for (const theme of THEMES)
    it(`shows the panel at 320 px and the stage at 1,280 × 720 in the ${theme} theme with axe at 0`, async () => {
      const found: Record<string, unknown>[] = [];
      for (const [name, path, as, size] of [
        ['panel-leader', panelPath(), 'leader', PANEL],
        ['panel-participant', panelPath(), 'participant2', PANEL],
        ['panel-leader-before-start', `/tab/network/${id}?view=panel&meeting=m-next`, 'leader', PANEL],
        ['stage-rules', stagePath('rules'), 'participant', STAGE],
        ['stage-reflection', stagePath('reflection'), 'participant', STAGE],
        ['preview', `/tab/preview/${id}?${q}`, 'leader', STAGE],
      ] as const) {
        const page = await open(path, as, size, theme);
        // The preview's frames load the panel and the stage themselves: look once both are there.
        if (name === 'preview')
          for (const title of ['Sidepanel', 'Fælles skærm'])
            await page.frameLocator(`iframe[title="${title}"]`).getByRole('heading', { level: 1 }).first().waitFor();
        found.push(...(await problems(page, `${name}-${theme}`)));
        await page.close();
      }
      expect(found).toEqual([]);
    });
});
