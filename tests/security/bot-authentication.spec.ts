import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'tenant-a';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** A loopback server standing in for the Bot Connector's OpenID metadata, in the mood a test needs. */
async function metadataServer(
  mood: 'hang' | 'fail' | 'serve',
  jwks: unknown = { keys: [] },
): Promise<{ url: string; server: Server; requests: () => number }> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (mood === 'hang') return; // never answers
    if (mood === 'fail') {
      // Not chained: restify, loaded in this process, patches ServerResponse so writeHead returns nothing.
      res.writeHead(500);
      res.end('metadata store on fire');
      return;
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url?.endsWith('/keys') ? jwks : { issuer: 'x', jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`;
  return { url, server, requests: () => requests };
}

async function botServer(metadataUrl: string): Promise<RunningServer> {
  const config = parseConfig({
    PORT: '0',
    STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    TABLE_PREFIX: uniqueTablePrefix(),
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used',
    PSEUDONYM_SECRET: 'x'.repeat(32),
    BOT_TENANT_IDS: TENANT,
    BOT_OPENID_METADATA_URL: metadataUrl,
    BOT_AUTH_TIMEOUT_MS: '500',
    LOG_LEVEL: 'silent',
  });
  return startServer(config, createLogger('silent'));
}

const activity = {
  type: 'message',
  id: 'forged-1',
  text: 'hej',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  from: { id: '29:attacker', aadObjectId: 'attacker', name: 'Angriber' },
  conversation: { id: 'a:attacker', tenantId: TENANT, conversationType: 'personal' },
  recipient: { id: `28:${APP_ID}` },
  channelData: { tenant: { id: TENANT } },
};

async function forgedToken(key: Parameters<SignJWT['sign']>[0], kid = 'forged'): Promise<string> {
  return new SignJWT({ serviceurl: SERVICE_URL })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer('https://api.botframework.com')
    .setAudience(APP_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

async function post(server: RunningServer, token: string | null) {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: response.status, text: await response.text() };
}

describe('bot authentication with a real app id (issue 10, finding 3)', () => {
  const keys = generateKeyPair('RS256');

  it('answers 401 without waiting for OpenID metadata that never comes', async () => {
    const metadata = await metadataServer('hang');
    const server = await botServer(metadata.url);
    try {
      const answer = await post(server, await forgedToken((await keys).privateKey));
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toEqual({ error: 'unauthorized' });
      expect(metadata.requests()).toBeGreaterThan(0);
      expect(await server.services.directory.person(`${TENANT}/attacker`)).toBeNull();
    } finally {
      await server.close();
      metadata.server.closeAllConnections();
      metadata.server.close();
    }
  });

  it('answers 401 with no internal text when the metadata fetch fails', async () => {
    const metadata = await metadataServer('fail');
    const server = await botServer(metadata.url);
    try {
      const answer = await post(server, await forgedToken((await keys).privateKey));
      expect(answer.status).toBe(401);
      expect(answer.text).toBe('{"error":"unauthorized"}');
    } finally {
      await server.close();
      metadata.server.close();
    }
  });

  it('answers 401 to a token signed with a key the metadata does not list, and to no token', async () => {
    const served = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(served.publicKey)), kid: 'real', use: 'sig', endorsements: ['msteams'] };
    const metadata = await metadataServer('serve', { keys: [jwk] });
    const server = await botServer(metadata.url);
    // botframework-connector prints the keys it knows with console.error when none verifies the token; that
    // is the library's own log of the refusal we expect, so it is caught here and checked, not printed.
    const libraryLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const wrongKey = await post(server, await forgedToken((await keys).privateKey, 'real'));
      expect(wrongKey.status).toBe(401);
      expect(libraryLog.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringContaining('Error finding key for token'),
      ]);
      expect(wrongKey.text).toBe('{"error":"unauthorized"}');
      const none = await post(server, null);
      expect(none.status).toBe(401);
      expect(none.text).toBe('{"error":"unauthorized"}');
      const unknownKid = await post(server, await forgedToken((await keys).privateKey));
      expect(unknownKid.status).toBe(401);
    } finally {
      libraryLog.mockRestore();
      await server.close();
      metadata.server.close();
    }
  });
});
