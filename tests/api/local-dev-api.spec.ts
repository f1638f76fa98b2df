import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import type { DevUserDto } from '@netvaerk/shared/api/api-types';
import { ApiHarness } from './api-harness';

describe('tab API in local development, and the built tab at /tab/', () => {
  let h: ApiHarness;
  const dist = mkdtempSync(join(tmpdir(), 'tab-dist-'));
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>tab index</title>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("tab")');
    h = await ApiHarness.start({ localDev: true, tabDistDir: dist });
  });
  afterAll(() => h.stop());

  it('lists the demo identities with their roles, and lets the dev header stand in for a token', async () => {
    const users = (await h.call('GET', '/api/dev/users')).body.users as DevUserDto[];
    expect(users.find((u) => u.objectId === PEOPLE.director.objectId)).toMatchObject({
      name: PEOPLE.director.name,
      roles: ['director'],
    });
    expect(users.find((u) => u.objectId === PEOPLE.headsForum.objectId)!.roles).toEqual(['headsForum']);
    const me = await h.call('GET', '/api/me', { headers: { 'x-dev-user': PEOPLE.consultant.objectId } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      person: { name: PEOPLE.consultant.name },
      consultant: true,
      mayExportCaseRecords: true,
      localDev: true,
    });
    const forum = await h.call('GET', '/api/me', { headers: { 'x-dev-user': PEOPLE.headsForum.objectId } });
    expect(forum.body).toMatchObject({ seesAll: true, mayExportCaseRecords: false });
    const unknown = await h.call('GET', '/api/me', { headers: { 'x-dev-user': 'nobody' } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('AUTH.UNKNOWN_DEV_USER');
    // Local development has no SSO (the server refuses to start with both): a token alone gets nobody in.
    expect((await h.call('GET', '/api/me', { as: 'leader' })).status).toBe(401);
  });

  it('serves the built tab with an SPA fallback, and 404s unknown API routes and assets', async () => {
    const page = await h.call('GET', '/tab/network/n123');
    expect(page.status).toBe(200);
    expect(page.text).toContain('tab index');
    const asset = await fetch(`${h.url}/tab/assets/app-abc123.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
    expect((await h.call('GET', '/tab/assets/missing.js')).status).toBe(404);
    expect((await h.call('GET', '/tab/../package.json')).text).not.toContain('"workspaces"');
    const api = await h.call('GET', '/api/nothing-here', { as: 'leader' });
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('API.NOT_FOUND');
  });
});
