import { readdirSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { startServer } from '../../bot/src/server';
import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { BOT, BotHarness, cardText, personalChatOf, TENANT } from '../support/bot-harness';
import { startFakeConnector } from '../support/fake-connector';

/** A connection string to Azurite's well-known dev account at a loopback port of the test's choosing. */
const storageAt = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

/** A well-formed message activity, for tests that break one field of it. */
function message(h: BotHarness, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `edge-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    locale: 'da-DK',
    text: 'hjælp',
    from: { id: '29:edge', name: 'Edge Tester', aadObjectId: 'edge-user' },
    recipient: BOT,
    conversation: { id: 'a:personal-edge', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

describe('the HTTP edge (issue 10, findings 2, 3, 4, 5 and 8)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ env: { BOT_TENANT_IDS: TENANT } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('refuses multipart uploads with 415 before anything reaches the disk, on every route', async () => {
    const before = readdirSync(tmpdir()).length;
    for (const path of ['/api/messages', '/api/networks', '/api/me', '/healthz']) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(2 * 1024 * 1024)]), 'fill.bin');
      const response = await fetch(`${h.url}${path}`, { method: 'POST', body: form });
      expect(response.status).toBe(415);
    }
    expect(readdirSync(tmpdir()).length).toBeLessThanOrEqual(before);
  });

  it('limits JSON bodies to 1 MB', async () => {
    const response = await fetch(`${h.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message(h, { text: 'x'.repeat(1_200_000) })),
    });
    expect(response.status).toBe(413);
  });

  it('sends security headers fitted to Teams on every response, and no Server header', async () => {
    for (const path of ['/api/me', '/healthz', '/tab/', '/api/nowhere']) {
      const response = await fetch(`${h.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
      expect(response.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
      // X-Frame-Options cannot name several hosts and would keep Teams from framing the tab.
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('server')).toBeNull();
    }
  });

  const malformed: [string, (h: BotHarness) => Record<string, unknown>][] = [
    ['no type', (x) => ({ ...message(x), type: undefined })],
    ['a type that is not a string', (x) => message(x, { type: 42 })],
    ['a serviceUrl that is not a string', (x) => message(x, { serviceUrl: { href: 'x' } })],
    ['an empty serviceUrl', (x) => message(x, { serviceUrl: '' })],
    ['a locale that is not a string', (x) => message(x, { locale: 7 })],
    ['a text that is not a string', (x) => message(x, { text: ['hej'] })],
    ['membersAdded that is not a list', (x) => message(x, { type: 'conversationUpdate', membersAdded: { id: 'x' } })],
    ['entities that are not a list', (x) => message(x, { entities: 'clientInfo' })],
    [
      'a 100 kB display name',
      (x) => message(x, { from: { id: '29:big', aadObjectId: 'big', name: 'n'.repeat(100_000) } }),
    ],
    ['a conversation without an id', (x) => message(x, { conversation: { conversationType: 'personal' } })],
    ['an invoke the app does not handle', (x) => message(x, { type: 'invoke', name: 'task/fetch', value: {} })],
    ['a card action without an action', (x) => message(x, { type: 'invoke', name: 'adaptiveCard/action', value: 1 })],
  ];

  it.each(malformed)('answers an activity with %s with 400 and writes nothing', async (_label, make) => {
    const result = await h.post(make(h));
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(/at .*\.(ts|js):\d+|TypeError|stack/);
    expect(await h.server.services.directory.person(`${TENANT}/edge-user`)).toBeNull();
    expect(await h.server.services.directory.person(`${TENANT}/big`)).toBeNull();
  });

  it('refuses a serviceUrl the configuration does not name, and never calls it', async () => {
    const result = await h.post(message(h, { serviceUrl: 'https://attacker.example.net/' }));
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: 'serviceUrl not allowed' });
    expect(await h.server.services.directory.person(`${TENANT}/edge-user`)).toBeNull();
  });

  it('refuses users of a tenant that is not allowed, and creates nothing for them', async () => {
    const stranger = { ...message(h), conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'other' } };
    const result = await h.post({ ...stranger, channelData: { tenant: { id: 'other' } }, text: 'ny idé' });
    expect(result.status).toBe(403);
    const invoke = await h.post({
      ...stranger,
      channelData: { tenant: { id: 'other' } },
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'submitIdea', data: { name: 'Fremmed idé', type: 'welfare' } } },
    });
    expect(invoke.status).toBe(403);
    expect((await h.server.services.networks.list()).map((n) => n.name)).not.toContain('Fremmed idé');
    expect(await h.server.services.directory.person('other/edge-user')).toBeNull();
  });

  it('still answers a well-formed activity from an allowed tenant', async () => {
    const result = await h.message('participant', 'hjælp');
    expect(result.status).toBe(200);
    expect(cardText(h.lastCardIn(personalChatOf('participant'))!.card)).toContain('Velkommen');
  });
});

describe('a storage outage (issue 10, finding 5)', () => {
  it('answers card actions and messages with the retry card, and events with 503, never an empty 5xx', async () => {
    const connector = await startFakeConnector();
    const config = parseConfig({
      LOCAL_DEV: 'true',
      PORT: '0',
      // Nothing listens on port 1: every storage call fails at once.
      STORAGE_CONNECTION_STRING: storageAt(1),
      OUTBOUND_TIMEOUT_MS: '1000',
      SCHEDULER_INTERVAL_MS: '3600000',
      OUTBOX_DISPATCH: 'false',
      LOG_LEVEL: 'silent',
    });
    const server = await startServer(config, createLogger('silent'));
    const activity = {
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:x', name: PEOPLE.participant.name, aadObjectId: PEOPLE.participant.objectId },
      recipient: BOT,
      conversation: { id: 'a:personal-x', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
    const post = async (body: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, ...body }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    };
    try {
      const invoke = await post({
        type: 'invoke',
        id: 'outage-1',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'showIdeaForm', data: {} } },
      });
      expect(invoke.status).toBe(200);
      expect(cardText(invoke.body?.value)).toContain('Noget gik galt');
      const text = await post({ type: 'message', id: 'outage-2', text: 'mine netværk' });
      expect(text.status).toBe(200);
      expect(cardText(connector.sent().at(-1)?.activity)).toContain('Noget gik galt');
      const event = await post({
        type: 'event',
        id: 'outage-3',
        name: 'application/vnd.microsoft.meetingEnd',
        channelData: { tenant: { id: TENANT }, meeting: { id: 'm-1' } },
        value: { Id: 'm-1', Title: 'Møde', EndTime: new Date().toISOString() },
      });
      expect(event.status).toBe(503);
    } finally {
      await server.close();
      await connector.stop();
    }
  });
});

describe('a storage that never answers (issue 10, finding 3)', () => {
  it('gives up after the outbound timeout and answers the retry card instead of hanging the card', async () => {
    const silent = net.createServer(() => undefined); // accepts connections, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const connector = await startFakeConnector();
    const server = await startServer(
      parseConfig({
        LOCAL_DEV: 'true',
        PORT: '0',
        STORAGE_CONNECTION_STRING: storageAt(port),
        OUTBOUND_TIMEOUT_MS: '300',
        SCHEDULER_INTERVAL_MS: '3600000',
        OUTBOX_DISPATCH: 'false',
        LOG_LEVEL: 'silent',
      }),
      createLogger('silent'),
    );
    try {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke',
          id: 'hang-1',
          name: 'adaptiveCard/action',
          channelId: 'msteams',
          serviceUrl: connector.url,
          from: { id: '29:x', name: PEOPLE.participant.name, aadObjectId: PEOPLE.participant.objectId },
          recipient: BOT,
          conversation: { id: 'a:personal-x', conversationType: 'personal', tenantId: TENANT },
          channelData: { tenant: { id: TENANT } },
          value: { action: { type: 'Action.Execute', verb: 'showIdeaForm', data: {} } },
        }),
      });
      const body = (await response.json()) as { value?: unknown };
      expect(response.status).toBe(200);
      expect(cardText(body.value)).toContain('Noget gik galt');
    } finally {
      await server.close();
      await connector.stop();
      silent.close();
    }
  });
});
