import type { BrowserContext, Page } from 'playwright-core';

/**
 * A stand-in for the Teams web client in Chromium: a page on https://teams.microsoft.com (served by Playwright's
 * request routing, so the origin, the server's CSP frame-ancestors and teams-js's origin check are the real
 * ones) that frames the tab and answers teams-js over postMessage as Teams does: `initialize` with the frame
 * context and a runtime, `getContext` with a (legacy-shaped) context, `authentication.getAuthToken` and
 * `authentication.authenticate` with whatever the test decides. Every request the tab makes is recorded.
 *
 * The tab itself is served at its public https address (the server's PUBLIC_URL, as in Teams), forwarded to the
 * server under test on loopback: teams-js accepts only https addresses for the consent popup, and the origin the
 * browser sees is then the one the app registration and the token audience name.
 */
export interface FakeTeamsAnswers {
  /** The context Teams reports (legacy field names: locale, tid, userObjectId, loginHint, subEntityId, …). */
  context: Record<string, unknown>;
  /** Answers to getAuthToken in turn: a token, or a failure reason such as `resourceRequiresConsent`. */
  tokens: ({ token: string } | { error: string })[];
  /** The answer to authentication.authenticate: success, or the reason the popup failed or was closed. */
  authenticate?: { result: string } | { error: string };
}

export interface FakeTeamsHost {
  page: Page;
  /** The tab's frame. */
  tab: () => ReturnType<Page['frame']>;
  /** What the tab asked Teams for, in order (`func` and `args` as teams-js sends them). */
  calls: { func: string; args: unknown[] }[];
}

const HOST_ORIGIN = 'https://teams.microsoft.com';

/** teams-js reads a runtime description from `initialize`; this says what the fake supports. */
const RUNTIME = JSON.stringify({
  apiVersion: 4,
  supports: { app: {}, appEntity: {}, pages: { config: {}, tabs: {}, backStack: {} }, teamsCore: {} },
});

const HOST_PAGE = (tabUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake Teams</title></head>
<body><iframe id="tab" title="Netværk" src="${tabUrl}" style="width:1200px;height:860px;border:0"></iframe>
<script>
  const frame = () => document.getElementById('tab').contentWindow;
  window.addEventListener('message', async (event) => {
    const m = event.data;
    if (event.source !== frame() || !m || typeof m.id !== 'number' || typeof m.func !== 'string') return;
    const args = await window.fakeTeamsAnswer(m.func, m.args ?? []);
    if (args === null) return; // a notification: Teams sends no answer
    frame().postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
  });
</script></body></html>`;

export async function openInFakeTeams(
  context: BrowserContext,
  tab: { publicUrl: string; serverUrl: string; path: string },
  answers: FakeTeamsAnswers,
): Promise<FakeTeamsHost> {
  const calls: FakeTeamsHost['calls'] = [];
  const tokens = [...answers.tokens];
  const tabUrl = `${tab.publicUrl}${tab.path}`;
  await context.route(`${tab.publicUrl}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: `${tab.serverUrl}${url.pathname}${url.search}`, maxRedirects: 0 });
      await route.fulfill({ response });
    } catch (error) {
      // The page went away while the request was in flight (a test ending): nothing is waiting for it.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  // Offline here: teams-js falls back to its built-in list of Teams' origins, as it does when the CDN is down.
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
  await context.route(`${HOST_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_PAGE(tabUrl) }),
  );
  const page = await context.newPage();
  await page.exposeFunction('fakeTeamsAnswer', (func: string, args: unknown[]) => {
    calls.push({ func, args });
    switch (func) {
      case 'initialize':
        return ['content', 'web', RUNTIME, '2.58.0'];
      case 'getContext':
        return [{ frameContext: 'content', hostClientType: 'web', ...answers.context }];
      case 'authentication.getAuthToken': {
        const next = tokens.length > 1 ? tokens.shift()! : tokens[0]!;
        return 'token' in next ? [true, next.token] : [false, next.error];
      }
      case 'authentication.authenticate': {
        const outcome = answers.authenticate ?? { error: 'CancelledByUser' };
        return 'result' in outcome ? [true, outcome.result] : [false, outcome.error];
      }
      default:
        return null;
    }
  });
  await page.goto(`${HOST_ORIGIN}/_fake/teams`);
  return { page, calls, tab: () => page.frame({ url: (u) => u.origin === tab.publicUrl }) };
}
