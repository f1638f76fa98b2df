import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axeCore from 'axe-core';
import { type Browser, chromium, type Frame } from 'playwright-core';
import { networkTabDeepLink } from '../../shared/src/api/tab-deep-link';
import { PEOPLE, TENANT, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness, PUBLIC_HOST } from '../api/api-harness';
import { type FakeTeamsAnswers, openInFakeTeams } from '../support/fake-teams-host';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the Teams SSO browser tests: ${CHROMIUM} is missing.`);
const describeInBrowser = hasChromium ? describe : describe.skip;
/** The server's PUBLIC_URL in the harness: where Teams loads the tab from. */
const PUBLIC_URL = `https://${PUBLIC_HOST}`;

/** What Teams reports about Lene (the network's leader) and where the tab is. */
const teamsContext = (locale: string, extra: Record<string, unknown> = {}) => ({
  locale,
  theme: 'default',
  tid: TENANT,
  userObjectId: PEOPLE.leader.objectId,
  loginHint: 'lene.leder@albertslund.dk',
  entityId: 'overview',
  ...extra,
});

describeInBrowser('Teams SSO in the tab, inside a fake Teams web client in Chromium, against the real server', () => {
  let h: ApiHarness;
  let browser: Browser;
  let networkId: string;
  let networkName: string;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tab-sso-'));
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'tab'),
      encoding: 'utf8',
      // As it ships: jest's NODE_ENV=test would give React's development build (effects run twice).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    // SSO mode: the API checks every token against the harness's signing key, as it checks Entra's.
    h = await ApiHarness.start({ tabDistDir: out });
    const network = await h.arrange(TYPE_CASES[2]!, 'active');
    networkId = network.id;
    networkName = network.name;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function inTeams(answers: FakeTeamsAnswers, path = '/tab/overview', options: { bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const host = await openInFakeTeams(context, { publicUrl: PUBLIC_URL, serverUrl: h.url, path }, answers);
    const frame = async (): Promise<Frame> => {
      for (let i = 0; i < 100; i++) {
        const f = host.tab();
        if (f) return f;
        await host.page.waitForTimeout(50);
      }
      throw new Error(
        `the tab frame did not load: ${host.page
          .frames()
          .map((f) => f.url())
          .join(', ')}`,
      );
    };
    // Requests still in flight when a test ends (the overview loading its list) are let go, not failed.
    const close = async () => {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    };
    return { ...host, frame: await frame(), close };
  }

  it('asks for consent in Danish when Teams needs it, opens /auth/consent in Teams’ popup, then signs in', async () => {
    const t = await inTeams({
      context: teamsContext('da-DK'),
      tokens: [{ error: 'resourceRequiresConsent' }, { token: await h.token('leader') }],
      authenticate: { result: 'consented' },
    });
    try {
      await t.frame.getByText('Giv appen lov til at kende dig').waitFor();
      const text = await t.frame.locator('body').innerText();
      expect(text).not.toMatch(/resourceRequiresConsent|consent_required|Error/);
      await t.frame.getByRole('button', { name: 'Giv tilladelse' }).click();
      await t.frame.getByRole('heading', { name: 'Overblik over netværkene' }).waitFor();
      const asked = t.calls.find((c) => c.func === 'authentication.authenticate')!;
      const url = new URL(String(asked.args[0]));
      expect(`${url.origin}${url.pathname}`).toBe(`${PUBLIC_URL}/auth/consent`);
      expect(Object.fromEntries(url.searchParams)).toEqual({ tenant: TENANT, loginHint: 'lene.leder@albertslund.dk' });
      // A token was asked for again after consent, and that one was used.
      expect(t.calls.filter((c) => c.func === 'authentication.getAuthToken').length).toBeGreaterThanOrEqual(2);
    } finally {
      await t.close();
    }
  });

  it('says in English that permission was not given when the popup is closed, without Teams’ error text', async () => {
    const t = await inTeams({
      context: teamsContext('en-GB'),
      tokens: [{ error: 'consent_required: AADSTS65001 The user or administrator has not consented' }],
      authenticate: { error: 'CancelledByUser' },
    });
    try {
      await t.frame.getByText('Let the app know who you are').waitFor();
      await t.frame.getByRole('button', { name: 'Give permission' }).click();
      await t.frame.getByText(/Permission was not given/).waitFor();
      const text = await t.frame.locator('body').innerText();
      expect(text).not.toMatch(/CancelledByUser|AADSTS|consent_required/);
      // Still there to try again.
      expect(await t.frame.getByRole('button', { name: 'Give permission' }).isEnabled()).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('a failure consent cannot fix gets a plain Danish message and Prøv igen, which then works', async () => {
    const t = await inTeams({
      context: teamsContext('da-DK'),
      tokens: [{ error: 'tokenRevoked' }, { token: await h.token('leader') }],
    });
    try {
      await t.frame.getByText(/Teams kunne ikke bekræfte, hvem du er/).waitFor();
      expect(await t.frame.locator('body').innerText()).not.toContain('tokenRevoked');
      expect(await t.frame.getByRole('button', { name: 'Giv tilladelse' }).count()).toBe(0);
      await t.frame.getByRole('button', { name: 'Prøv igen' }).click();
      await t.frame.getByRole('heading', { name: 'Overblik over netværkene' }).waitFor();
      expect(t.calls.some((c) => c.func === 'authentication.authenticate')).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('the consent view passes axe (WCAG 2.1 AA) in the Teams frame', async () => {
    // bypassCSP: axe is injected as an inline script by the test; the tab itself needs none.
    const t = await inTeams(
      { context: teamsContext('da-DK'), tokens: [{ error: 'resourceRequiresConsent' }] },
      '/tab/overview',
      { bypassCSP: true },
    );
    try {
      await t.frame.getByText('Giv appen lov til at kende dig').waitFor();
      await t.frame.addScriptTag({ content: axeCore.source });
      const violations = await t.frame.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe;
        const result = await axe.run(
          { include: [['body']], exclude: [['[data-tabster-dummy]']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
        );
        return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(violations).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('a deep link from a card (subEntityId network:<id>) opens that network’s page', async () => {
    // The context Teams gives the tab when the card's link is opened.
    const link = new URL(networkTabDeepLink('0d3c1f5e-6a7b-4c8d-9e0f-1a2b3c4d5e6f', networkId));
    const { subEntityId } = JSON.parse(link.searchParams.get('context')!) as { subEntityId: string };
    const t = await inTeams({
      context: teamsContext('da-DK', { subEntityId }),
      tokens: [{ token: await h.token('leader') }],
    });
    try {
      await t.frame.getByRole('heading', { name: networkName }).waitFor();
      expect(new URL(t.frame.url()).pathname).toBe(`/tab/network/${encodeURIComponent(networkId)}`);
    } finally {
      await t.close();
    }
  });
});
