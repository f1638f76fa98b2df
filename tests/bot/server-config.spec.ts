import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { startServer } from '../../bot/src/server';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';

const storage = () => ({ STORAGE_CONNECTION_STRING: azuriteConnectionString(), TABLE_PREFIX: uniqueTablePrefix() });
const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('server configuration', () => {
  it('refuses to run without inbound authentication unless the local-dev flag is set', () => {
    expect(problems({ ...storage() })).toEqual([
      expect.stringMatching(/^MicrosoftAppId: is empty.*LOCAL_DEV=true/),
      expect.stringMatching(/^BOT_TENANT_IDS: is required outside local development/),
      expect.stringMatching(/^PSEUDONYM_SECRET/),
    ]);
    expect(problems({ ...storage(), LOCAL_DEV: 'true' })).toEqual([]);
  });

  it('names every missing or bad variable', () => {
    expect(problems({ LOCAL_DEV: 'true', PORT: 'abc' })).toEqual([
      expect.stringMatching(/^PORT:/),
      expect.stringMatching(/^STORAGE_CONNECTION_STRING: or STORAGE_TABLE_ENDPOINT/),
    ]);
    expect(
      problems({
        ...storage(),
        MicrosoftAppId: 'app',
        MicrosoftAppType: 'SingleTenant',
        PSEUDONYM_SECRET: 'x'.repeat(32),
        BOT_TENANT_IDS: 'tenant',
      }),
    ).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: is required for MicrosoftAppType=SingleTenant/),
      expect.stringMatching(/^MicrosoftAppTenantId: is required/),
    ]);
  });

  it('accepts single-tenant and managed-identity registrations, and a storage endpoint for managed identity', () => {
    expect(
      problems({
        STORAGE_TABLE_ENDPOINT: 'https://netvaerk.table.core.windows.net',
        MicrosoftAppId: 'app',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: 'tenant',
        PSEUDONYM_SECRET: 'x'.repeat(32),
        BOT_TENANT_IDS: 'tenant',
      }),
    ).toEqual([]);
    expect(
      problems({
        ...storage(),
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant',
        PSEUDONYM_SECRET: 'x'.repeat(32),
        BOT_TENANT_IDS: 'tenant',
      }),
    ).toEqual([]);
  });

  it('refuses local development (no authentication) next to a real app id, SSO or a managed-identity storage', () => {
    // Issue 10, finding 7: with LOCAL_DEV the x-dev-user header alone picks the user.
    expect(
      problems({
        ...storage(),
        LOCAL_DEV: 'true',
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: 'secret',
        SSO_CLIENT_ID: 'client',
        SSO_TENANT_IDS: 'tenant',
        STORAGE_TABLE_ENDPOINT: 'https://netvaerk.table.core.windows.net',
      }),
    ).toEqual([
      'LOCAL_DEV: must not be true together with MicrosoftAppId (local development has no authentication)',
      'LOCAL_DEV: must not be true together with MicrosoftAppPassword (local development has no authentication)',
      'LOCAL_DEV: must not be true together with SSO_CLIENT_ID (local development has no authentication)',
      'LOCAL_DEV: must not be true together with SSO_TENANT_IDS (local development has no authentication)',
      'LOCAL_DEV: must not be true together with STORAGE_TABLE_ENDPOINT (local development has no authentication)',
    ]);
  });

  it('stops the real process at start-up with a message that names the variable', () => {
    const main = join(__dirname, '..', '..', 'bot', 'dist', 'main.js');
    const run = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', STORAGE_CONNECTION_STRING: 'x' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('MicrosoftAppId: is empty');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const main = join(__dirname, '..', '..', 'bot', 'dist', 'main.js');
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', LOCAL_DEV: 'true', PORT: '0', LOG_LEVEL: 'info', ...storage() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    for (let i = 0; i < 200 && !output.includes('server listening'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(output).toContain('server listening');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  });

  it('rejects an unauthenticated request when a bot registration is configured', async () => {
    const config = parseConfig({
      ...storage(),
      PORT: '0',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-used',
      PSEUDONYM_SECRET: 'x'.repeat(32),
      BOT_TENANT_IDS: 'tenant',
      LOG_LEVEL: 'silent',
    });
    const server = await startServer(config, createLogger('silent'));
    try {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text: 'hej',
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          from: { id: '29:x' },
          conversation: { id: 'a:x' },
          recipient: { id: '28:b' },
        }),
      });
      expect(response.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
