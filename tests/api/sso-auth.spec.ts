import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness, CLIENT_ID, OTHER_TENANT, PUBLIC_HOST, TENANT } from './api-harness';

/** Unsigned JWT (alg "none"), as an attacker would craft it. */
function unsigned(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

describe('tab API: Teams SSO tokens (jose, JWKS on loopback)', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await ApiHarness.start();
  });
  afterAll(() => h.stop());

  const me = (token: string | null, extra: Record<string, string> = {}) =>
    h.call('GET', '/api/me', { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra } });

  it('accepts a valid token: the user is the token oid + tid, with their roles', async () => {
    const res = await me(await h.token('director'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      person: { tenantId: TENANT, objectId: PEOPLE.director.objectId, name: PEOPLE.director.name },
      director: true,
      seesAll: true,
      localDev: false,
    });
  });

  it('accepts the client id as audience and the v1 issuer', async () => {
    const v1 = await h.token('leader', { audience: CLIENT_ID, issuer: `https://sts.windows.net/${TENANT}/` });
    const res = await me(v1);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ person: { objectId: PEOPLE.leader.objectId }, director: false, seesAll: false });
  });

  it('refuses a missing token with 401 and a Danish message', async () => {
    const res = await me(null);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'AUTH.MISSING_TOKEN', message: 'Log ind via Teams for at bruge netværksfanen.' });
  });

  it('refuses a wrong audience, a foreign signing key, an unsigned token and a wrong issuer with 401', async () => {
    const cases = [
      await h.token('director', { audience: `api://${PUBLIC_HOST}/another-app` }),
      await h.token('director', { key: h.strangerKey }),
      unsigned({ oid: 'director', tid: TENANT, scp: 'access_as_user', aud: CLIENT_ID, exp: 9_999_999_999 }),
      await h.token('director', { issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
      'not-a-jwt',
    ];
    for (const token of cases) {
      const res = await me(token);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'AUTH.INVALID_TOKEN' });
    }
  });

  it('refuses an expired token with 401', async () => {
    const res = await me(await h.token('director', { expiresIn: Math.floor(Date.now() / 1000) - 3600 }));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH.EXPIRED_TOKEN');
    expect(res.body.message).toBe('Din adgang er udløbet. Genindlæs fanen i Teams.');
  });

  it('refuses a genuine token of a tenant outside the allow-list with 403', async () => {
    const res = await me(await h.token('director', { claims: { tid: OTHER_TENANT } }));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AUTH.WRONG_TENANT');
  });

  it('refuses a token without the access_as_user scope with 403, in English when asked', async () => {
    const token = await h.token('director', { claims: { scp: 'User.Read' } });
    const res = await h.call('GET', '/api/me?lang=en', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      code: 'AUTH.MISSING_SCOPE',
      message: 'The app has not been allowed to use your Teams identity. Contact your administrator.',
    });
  });

  it('ignores the local-dev identity header outside local development', async () => {
    const res = await me(null, { 'x-dev-user': PEOPLE.director.objectId });
    expect(res.status).toBe(401);
    expect((await h.call('GET', '/api/dev/users')).status).toBe(404);
  });

  it('answers a network the user may not see exactly like one that does not exist', async () => {
    const n = await h.arrange(TYPE_CASES[3]!, 'approved');
    const hidden = await h.call('GET', `/api/networks/${n.id}`, { as: 'outsider' });
    const missing = await h.call('GET', '/api/networks/n-does-not-exist', { as: 'outsider' });
    expect(hidden.status).toBe(403);
    expect(hidden.text).toBe(missing.text);
    expect(hidden.body).toEqual({
      code: 'NETWORK.NOT_FOUND',
      message: 'Netværket findes ikke, eller du har ikke adgang til det.',
    });
    // Commands too: nothing reveals that the network exists.
    const command = await h.call('POST', `/api/networks/${n.id}/commands`, {
      as: 'outsider',
      body: { type: 'expressInterest' },
    });
    expect(command.text).toBe(missing.text);
    expect((await h.call('GET', `/api/networks/${n.id}`, { as: 'director' })).status).toBe(200);
  });
});
