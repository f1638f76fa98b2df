import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';

/**
 * Headers a proxy or Teams might add (`x-teams-*`, App Service's `x-ms-client-principal-*`, our local-dev header)
 * name nobody: outside local development the API knows a caller only from the validated SSO token.
 */
const SPOOFED = {
  'x-teams-user-id': PEOPLE.director.objectId,
  'x-teams-user-aad-object-id': PEOPLE.director.objectId,
  'x-teams-tenant-id': PEOPLE.director.tenantId,
  'x-ms-client-principal-id': PEOPLE.director.objectId,
  'x-ms-client-principal-name': PEOPLE.director.name,
  'x-dev-user': PEOPLE.director.objectId,
};

describe('tab API: spoofed identity headers', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await ApiHarness.start();
  });
  afterAll(() => h.stop());

  it('without a token, spoofed headers are a missing token (401)', async () => {
    const res = await h.call('GET', '/api/me', { headers: SPOOFED });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH.MISSING_TOKEN');
  });

  it("with a stranger's token, the caller stays the stranger and a network stays hidden like a missing one", async () => {
    const n = await h.arrange(TYPE_CASES[3]!, 'approved');
    const token = await h.token('outsider');
    const auth = { authorization: `Bearer ${token}`, ...SPOOFED };
    const me = await h.call('GET', '/api/me', { headers: auth });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ person: { objectId: PEOPLE.outsider.objectId }, director: false });
    const hidden = await h.call('GET', `/api/networks/${n.id}`, { headers: auth });
    const missing = await h.call('GET', '/api/networks/n-does-not-exist', { headers: auth });
    expect(hidden.status).toBe(403);
    expect(hidden.text).toBe(missing.text);
    const command = await h.call('POST', `/api/networks/${n.id}/commands`, {
      headers: auth,
      body: { type: 'expressInterest' },
    });
    expect(command.text).toBe(missing.text);
  });
});
