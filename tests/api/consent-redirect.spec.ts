import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';

const TENANT = '8e7f6a5b-4c3d-4e2f-9a1b-0c9d8e7f6a5b';
const CLIENT_ID = '6b1a1e5c-0d0e-4b7a-9d1a-7a2f3c4d5e6f';

/** GET /auth/consent: where the tab's consent popup (authentication.authenticate) starts. */
describe('the consent redirect', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const env = {
      PORT: '0',
      STORAGE_CONNECTION_STRING: azuriteConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      LOG_LEVEL: 'silent',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'secret',
      PSEUDONYM_SECRET: 'x'.repeat(40),
      BOT_TENANT_IDS: TENANT,
      PUBLIC_URL: 'https://netvaerk.example.org',
      SSO_CLIENT_ID: CLIENT_ID,
      SSO_TENANT_IDS: TENANT,
    };
    server = await startServer(parseConfig(env), createLogger('silent'));
  });
  afterAll(() => server?.close());

  const get = (query: string) => fetch(`${server.url}/auth/consent?${query}`, { redirect: 'manual' });

  it("sends an allowed tenant's user to Entra to consent to access_as_user, back to /tab/auth-end", async () => {
    const response = await get(`tenant=${TENANT}&loginHint=lene%40albertslund.dk`);
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const to = new URL(response.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`);
    const q = Object.fromEntries(to.searchParams);
    expect(q).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: 'https://netvaerk.example.org/tab/auth-end',
      scope: `api://netvaerk.example.org/${CLIENT_ID}/access_as_user openid profile`,
      prompt: 'consent',
      code_challenge_method: 'S256',
      login_hint: 'lene@albertslund.dk',
    });
    expect(q.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses any other tenant, or no tenant, before any redirect', async () => {
    for (const query of ['tenant=00000000-0000-0000-0000-000000000001', 'tenant=', 'tenant=not-a-guid']) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toBe('This organisation cannot use the app.');
    }
  });
});
