import { exportSPKI, SignJWT } from 'jose';
import { exportJWK, generateKeyPair } from 'jose';
import { FIXTURE_INPUTS, PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness, CLIENT_ID, OTHER_TENANT, PUBLIC_HOST, TENANT } from './api-harness';

/**
 * The tab API's 26 ways to present a bad token, each against the real server with Entra's keys served on
 * loopback: every one is refused with its status and stable code, and a command sent with it writes nothing.
 */
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const GRAPH = '00000003-0000-0000-c000-000000000000';
const SECOND_TENANT = 'tenant-second';

type Case = { name: string; auth: () => Promise<Record<string, string>>; status: number; code?: string };

describe('tab API: 26 bad tokens (jose, JWKS on loopback)', () => {
  let h: ApiHarness;
  let networkId: string;
  beforeAll(async () => {
    h = await ApiHarness.start();
    networkId = (await h.arrange(TYPE_CASES[3]!, 'leaderAppointed')).id;
  });
  afterAll(() => h.stop());

  const bearer = async (token: string | Promise<string>) => ({ authorization: `Bearer ${await token}` });
  const director = (options: Parameters<ApiHarness['token']>[1] = {}) => bearer(h.token('director', options));
  const now = () => Math.floor(Date.now() / 1000);
  const claims = { oid: PEOPLE.director.objectId, tid: TENANT, scp: 'access_as_user', aud: CLIENT_ID };

  const INVALID = { status: 401, code: 'AUTH.INVALID_TOKEN' };
  const CASES: Case[] = [
    { name: 'no Authorization header', auth: async () => ({}), status: 401, code: 'AUTH.MISSING_TOKEN' },
    {
      name: '`Bearer` missing: the bare token',
      auth: async () => ({ authorization: await h.token('director') }),
      ...INVALID,
    },
    {
      name: 'another scheme (Basic)',
      auth: async () => ({ authorization: `Basic ${Buffer.from('director:secret').toString('base64')}` }),
      ...INVALID,
    },
    {
      name: 'two tokens in one header',
      auth: async () => ({ authorization: `Bearer ${await h.token('leader')}, Bearer ${await h.token('director')}` }),
      ...INVALID,
    },
    { name: 'malformed: not a JWT', auth: () => bearer('not-a-jwt'), ...INVALID },
    {
      name: 'unsigned (alg none)',
      auth: () => bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: now() + 3600 })}.`),
      ...INVALID,
    },
    {
      name: 'HS256, keyed with the published public key',
      auth: async () => {
        const { importJWK } = await import('jose');
        const pem = await exportSPKI((await importJWK(h.publicJwk, 'RS256')) as CryptoKey);
        const token = await new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key', typ: 'JWT' })
          .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(pem));
        return bearer(token);
      },
      ...INVALID,
    },
    { name: 'signed by a foreign key under our kid', auth: () => director({ key: h.strangerKey }), ...INVALID },
    {
      name: 'signed by a foreign key that the header carries (embedded jwk)',
      auth: async () => {
        const forged = await generateKeyPair('RS256');
        const jwk = await exportJWK(forged.publicKey);
        return director({ key: forged.privateKey, header: { jwk, kid: undefined } });
      },
      ...INVALID,
    },
    { name: 'a kid the JWKS does not have', auth: () => director({ header: { kid: 'rotated-away' } }), ...INVALID },
    {
      name: "the payload altered after signing (leader's token made the director's)",
      auth: async () => {
        const [header, payload, signature] = (await h.token('leader')).split('.') as [string, string, string];
        const altered = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), oid: PEOPLE.director.objectId };
        return bearer(`${header}.${b64(altered)}.${signature}`);
      },
      ...INVALID,
    },
    {
      name: 'wrong issuer (another tenant)',
      auth: () => director({ issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
      ...INVALID,
    },
    {
      name: "another allowed tenant's issuer on this tenant's token",
      auth: () => director({ issuer: `https://login.microsoftonline.com/${SECOND_TENANT}/v2.0` }),
      ...INVALID,
    },
    { name: 'wrong audience (Microsoft Graph)', auth: () => director({ audience: GRAPH }), ...INVALID },
    {
      name: 'a token for another app id (the bot registration)',
      auth: () => director({ audience: `api://${PUBLIC_HOST}/app-id` }),
      ...INVALID,
    },
    {
      name: 'expired an hour ago',
      auth: () => director({ expiresIn: now() - 3600 }),
      status: 401,
      code: 'AUTH.EXPIRED_TOKEN',
    },
    { name: 'not yet valid (nbf in ten minutes)', auth: () => director({ notBefore: now() + 600 }), ...INVALID },
    { name: 'no expiry', auth: () => director({ omit: ['exp'] }), ...INVALID },
    { name: 'no oid', auth: () => director({ omit: ['oid'] }), ...INVALID },
    { name: 'no tid', auth: () => director({ omit: ['tid'] }), ...INVALID },
    {
      name: 'a tid that is not a tenant id (a path into the key URL)',
      auth: () => director({ claims: { tid: '../../evil.example/keys' } }),
      ...INVALID,
    },
    {
      name: 'an app-only token (client credentials: idtyp app, roles, no scp)',
      auth: () => director({ omit: ['scp', 'name'], claims: { idtyp: 'app', roles: ['Network.ReadWrite.All'] } }),
      ...INVALID,
    },
    {
      name: 'the wrong token type: an ID token for the app (no scp)',
      auth: () => director({ audience: CLIENT_ID, omit: ['scp'], claims: { nonce: 'n-0', ver: '2.0' } }),
      ...INVALID,
    },
    {
      name: 'a genuine token of a tenant outside the allow-list',
      auth: () => director({ claims: { tid: OTHER_TENANT } }),
      status: 403,
      code: 'AUTH.WRONG_TENANT',
    },
    {
      name: 'without the access_as_user scope',
      auth: () => director({ claims: { scp: 'User.Read access_as_user_admin' } }),
      status: 403,
      code: 'AUTH.MISSING_SCOPE',
    },
    {
      name: 'oversize (a 20 KB claim)',
      auth: () => director({ claims: { padding: 'x'.repeat(20_000) } }),
      status: 431,
    },
  ];

  it('holds 26 distinct cases', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(26);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const headers = await c.auth();
    const me = await h.call('GET', '/api/me', { headers });
    expect({ status: me.status, code: me.body.code }).toEqual({ status: c.status, code: c.code });
    if (c.code) expect(String(me.body.message)).toMatch(/\S/);
    const before = (await h.server.services.networks.load(networkId))!.network;
    const command = await h.call('POST', `/api/networks/${networkId}/commands`, {
      headers,
      body: { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 },
    });
    expect(command.status).toBe(c.status);
    expect((await h.server.services.networks.load(networkId))!.network).toEqual(before);
  });

  it('the same command with a genuine token is what changes the network (the refusals above are the token)', async () => {
    const n = await h.arrange(TYPE_CASES[3]!, 'leaderAppointed');
    const res = await h.call('POST', `/api/networks/${n.id}/commands`, {
      headers: await director(),
      body: { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 },
    });
    expect(res.status).toBe(200);
    expect((await h.server.services.networks.load(n.id))!.network).not.toEqual(n);
  });

  describe('a stranger asking for a network', () => {
    /** Headers a proxy or Teams might add, naming the director: they name nobody. */
    const SPOOFED = {
      'x-teams-user-id': PEOPLE.director.objectId,
      'x-teams-user-aad-object-id': PEOPLE.director.objectId,
      'x-teams-tenant-id': TENANT,
      'x-ms-client-principal-id': PEOPLE.director.objectId,
      'x-dev-user': PEOPLE.director.objectId,
    };
    const requests = (id: string) =>
      [
        ['GET', `/api/networks/${id}`, undefined],
        ['POST', `/api/networks/${id}/commands`, { type: 'expressInterest' }],
        ['POST', `/api/networks/${id}/commands`, { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 }],
        ['GET', `/api/networks/${id}/case-record`, undefined],
      ] as const;

    it.each([
      ['with their own token', {}],
      ['with spoofed x-teams-* headers naming the director', SPOOFED],
    ])('gets 403 and the same body for an existing and a missing network, %s', async (_name, spoofed) => {
      const headers = { ...(await bearer(h.token('outsider'))), ...spoofed };
      const before = (await h.server.services.networks.load(networkId))!.network;
      const existing = requests(networkId);
      const missing = requests('n-does-not-exist');
      for (let i = 0; i < existing.length; i++) {
        const [method, path, body] = existing[i]!;
        const hidden = await h.call(method, path, { headers, ...(body ? { body } : {}) });
        const absent = await h.call(missing[i]![0], missing[i]![1], { headers, ...(body ? { body } : {}) });
        expect({ path, status: hidden.status }).toEqual({ path, status: 403 });
        expect(hidden.text).toBe(absent.text);
      }
      const list = await h.call('GET', '/api/networks', { headers });
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain(networkId);
      expect((await h.server.services.networks.load(networkId))!.network).toEqual(before);
    });

    it("a foreign tenant's genuine token with spoofed headers naming the director is refused as the wrong tenant", async () => {
      const headers = { ...(await director({ claims: { tid: OTHER_TENANT } })), ...SPOOFED };
      const hidden = await h.call('GET', `/api/networks/${networkId}`, { headers });
      const absent = await h.call('GET', '/api/networks/n-does-not-exist', { headers });
      expect(hidden.status).toBe(403);
      expect(hidden.body.code).toBe('AUTH.WRONG_TENANT');
      expect(hidden.text).toBe(absent.text);
    });
  });
});
