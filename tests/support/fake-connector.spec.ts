import { ConnectorClient, MicrosoftAppCredentials, TeamsConnectorClient } from 'botframework-connector';
import { FakeConnector, type FakeMember } from './fake-connector';

/** Real Teams ids carry characters that must survive URL encoding. */
const CHANNEL_THREAD = '19:abc123@thread.tacv2;messageid=1700000000000';

const members: FakeMember[] = Array.from({ length: 5 }, (_, i) => ({
  id: `29:user-${i + 1}`,
  name: `User ${i + 1}`,
  aadObjectId: `aad-${i + 1}`,
  userPrincipalName: `user${i + 1}@example.dk`,
  tenantId: 'tenant-1',
}));

/** An app id of '' makes botbuilder skip token acquisition entirely: no Authorization header, no network. */
function anonymousClient(serviceUrl: string): ConnectorClient {
  return new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('FakeConnector', () => {
  let fake: FakeConnector;

  beforeEach(async () => {
    fake = new FakeConnector({ defaultPageSize: 2 });
    await fake.start();
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('serves ConnectorClient: create, send, reply, update, delete', async () => {
    // A trailing slash, as real Teams serviceUrls have, must not change the paths.
    const client = anonymousClient(`${fake.url}/`);

    const created = await client.conversations.createConversation({
      isGroup: false,
      bot: { id: '28:bot', name: 'Bot' },
      members: [{ id: '29:user-1', name: 'User 1' }],
      tenantId: 'tenant-1',
      activity: { type: 'message', text: 'welcome' },
    } as Parameters<typeof client.conversations.createConversation>[0]);
    expect(created.id).toBe('a:fake-1');
    expect(created.activityId).toBe('fake-activity-1');

    // The same user again gets the same 1:1 chat, as in Teams.
    const again = await client.conversations.createConversation({
      isGroup: false,
      bot: { id: '28:bot', name: 'Bot' },
      members: [{ id: '29:user-1', name: 'User 1' }],
      tenantId: 'tenant-1',
    } as Parameters<typeof client.conversations.createConversation>[0]);
    expect(again.id).toBe('a:fake-1');
    expect(again.activityId).toBeUndefined();

    const send = await client.conversations.sendToConversation(CHANNEL_THREAD, { type: 'message', text: 'hello' });
    const reply = await client.conversations.replyToActivity(CHANNEL_THREAD, send.id, {
      type: 'message',
      text: 'a reply',
    });
    const update = await client.conversations.updateActivity(CHANNEL_THREAD, send.id, {
      type: 'message',
      id: send.id,
      text: 'hello (edited)',
    });
    expect(update.id).toBe(send.id);
    await client.conversations.deleteActivity(CHANNEL_THREAD, reply.id);

    expect(
      fake
        .sent()
        .map((s) => ({ kind: s.kind, conversationId: s.conversationId, id: s.activityId, text: s.activity.text })),
    ).toEqual([
      { kind: 'create', conversationId: 'a:fake-1', id: 'fake-activity-1', text: 'welcome' },
      { kind: 'send', conversationId: CHANNEL_THREAD, id: send.id, text: 'hello' },
      { kind: 'reply', conversationId: CHANNEL_THREAD, id: reply.id, text: 'a reply' },
    ]);
    expect(fake.sent()[2]?.replyToId).toBe(send.id);
    expect(fake.updates()).toEqual([
      expect.objectContaining({
        conversationId: CHANNEL_THREAD,
        activityId: send.id,
        activity: expect.objectContaining({ text: 'hello (edited)' }),
      }),
    ]);
    expect(fake.deletes().map((d) => d.activityId)).toEqual([reply.id]);
    expect(fake.createdConversations()).toEqual([
      expect.objectContaining({ id: 'a:fake-1', isGroup: false, tenantId: 'tenant-1', activityId: 'fake-activity-1' }),
    ]);

    // Ids travel percent-encoded and the client adds no extra slash.
    const sendCall = fake.calls.find((c) => c.operation === 'sendToConversation');
    expect(sendCall?.path).toBe(`/v3/conversations/${encodeURIComponent(CHANNEL_THREAD)}/activities`);
    expect(fake.calls.every((c) => !c.hasAuthorization)).toBe(true);
    expect(fake.unexpected()).toEqual([]);
  });

  it('receives activities as botbuilder serializes them: unknown fields dropped, dates as strings', async () => {
    const client = anonymousClient(fake.url);
    const activity = {
      type: 'message',
      timestamp: new Date(0),
      notInTheSchema: true,
      channelData: { free: 'form' },
      entities: [{ type: 'mention', text: '<at>U</at>', mentioned: { id: '29:u', name: 'U' }, extra: 1 }],
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
    };
    await client.conversations.sendToConversation(
      'a:x',
      activity as Parameters<typeof client.conversations.sendToConversation>[1],
    );
    expect(fake.sent()[0]?.activity).toEqual({
      type: 'message',
      timestamp: '1970-01-01T00:00:00.000Z',
      channelData: { free: 'form' },
      entities: [{ type: 'mention', text: '<at>U</at>', mentioned: { id: '29:u', name: 'U' } }],
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
    });
  });

  it('starts a channel thread the way TeamsInfo.sendMessageToTeamsChannel asks', async () => {
    const client = anonymousClient(fake.url);
    const created = await client.conversations.createConversation({
      isGroup: true,
      channelData: { channel: { id: '19:general@thread.tacv2' } },
      activity: { type: 'message', text: 'new thread' },
    } as Parameters<typeof client.conversations.createConversation>[0]);
    expect(created.id).toBe(`19:general@thread.tacv2;messageid=${created.activityId}`);
    expect(fake.sent()).toEqual([expect.objectContaining({ kind: 'create', conversationId: created.id })]);
  });

  it('pages members with the requested page size and answers member look-ups', async () => {
    fake.setMembers(CHANNEL_THREAD, members);
    const client = anonymousClient(fake.url);

    const pages: string[][] = [];
    let continuationToken: string | undefined;
    do {
      // botbuilder's type marks continuationToken required, yet the first page has none (and it is left out).
      const page = await client.conversations.getConversationPagedMembers(CHANNEL_THREAD, {
        pageSize: 2,
        continuationToken: continuationToken as string,
      });
      pages.push((page.members ?? []).map((m) => m.id));
      continuationToken = page.continuationToken;
    } while (continuationToken);
    expect(pages).toEqual([['29:user-1', '29:user-2'], ['29:user-3', '29:user-4'], ['29:user-5']]);

    // Teams-only fields are not in botbuilder's ChannelAccount mapper but survive deserialization.
    const all = await client.conversations.getConversationMembers(CHANNEL_THREAD);
    expect(all).toHaveLength(5);
    expect(all[0]).toEqual(expect.objectContaining({ aadObjectId: 'aad-1', userPrincipalName: 'user1@example.dk' }));

    const one = await client.conversations.getConversationMember(CHANNEL_THREAD, 'aad-3');
    expect(one.id).toBe('29:user-3');

    await expect(client.conversations.getConversationMember(CHANNEL_THREAD, '29:nobody')).rejects.toMatchObject({
      statusCode: 404,
    });
    const pagedCall = fake.calls.find((c) => c.operation === 'getConversationPagedMembers');
    expect(pagedCall?.query).toEqual({ pageSize: '2' });
  });

  it('answers the TeamsInfo team routes through TeamsConnectorClient', async () => {
    const teamId = '19:team@thread.tacv2';
    fake.setTeam(teamId, { name: 'Netværk', aadGroupId: 'group-1', channels: [{ id: teamId, name: 'General' }] });
    fake.setMembers(teamId, members);
    const teams = new TeamsConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: fake.url });

    expect(await teams.teams.fetchTeamDetails(teamId)).toEqual(
      expect.objectContaining({ id: teamId, name: 'Netværk', aadGroupId: 'group-1', memberCount: 5 }),
    );
    const channels = await teams.teams.fetchChannelList(teamId);
    expect(channels.conversations).toEqual([{ id: teamId, name: 'General' }]);
  });

  it('records whether an Authorization header was sent, never its value', async () => {
    // What a real app id produces: the bearer token set by the credentials' signRequest, over plain http too.
    const tokenCredentials: ConstructorParameters<typeof ConnectorClient>[0] = {
      async signRequest(webResource) {
        webResource.headers.set('authorization', 'Bearer not-a-real-token');
        return webResource;
      },
    };
    const client = new ConnectorClient(tokenCredentials, { baseUri: fake.url });
    await client.conversations.sendToConversation('a:x', { type: 'message', text: 'hi' });
    const [call] = fake.calls;
    expect(call?.hasAuthorization).toBe(true);
    expect(call?.headers.authorization).toBe('<redacted>');
  });

  it('failNext answers 429 with Retry-After, records it as failed, then recovers', async () => {
    fake.failNext(1, { status: 429, retryAfterSeconds: 7, match: { operation: 'sendToConversation' } });
    const url = `${fake.url}/v3/conversations/${encodeURIComponent('a:fake-9')}/activities`;
    const post = (): Promise<Response> =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x' }),
      });

    const first = await post();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(await first.json()).toEqual({ error: expect.objectContaining({ code: 'TooManyRequests' }) });
    expect(fake.sent()).toEqual([]);

    const second = await post();
    expect(second.status).toBe(200);
    expect(fake.calls.map((c) => [c.status, c.outcome])).toEqual([
      [429, 'fault'],
      [200, 'ok'],
    ]);
    expect(fake.sent()).toHaveLength(1);
  });

  it("botbuilder's client retries a 429 by itself, honouring Retry-After", async () => {
    // Worth knowing for retry tests: the Azure pipeline under ConnectorClient retries 429/503 with Retry-After
    // and 5xx with exponential back-off (3 retries) before our own code ever sees the error.
    fake.failNext(2, { status: 429, retryAfterSeconds: 0 });
    const client = anonymousClient(fake.url);
    const result = await client.conversations.sendToConversation('a:x', { type: 'message', text: 'eventually' });
    expect(fake.calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(fake.sent()).toEqual([expect.objectContaining({ activityId: result.id })]);
  });

  it('delay holds back answers, which waitForSent and inFlight observe', async () => {
    fake.delay(300, { operation: 'sendToConversation' });
    const client = anonymousClient(fake.url);
    const started = Date.now();
    const sending = client.conversations.sendToConversation('a:x', { type: 'message', text: 'slow' });

    while (fake.inFlight().length === 0) await sleep(10);
    expect(fake.inFlight()).toEqual([expect.objectContaining({ operation: 'sendToConversation' })]);
    expect(fake.sent()).toEqual([]);

    const sent = await fake.waitForSent((s) => s.activity.text === 'slow', 2000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await sending).id).toBe(sent.activityId);
  });

  it('records unknown routes as unexpected, and waitFor times out with what it saw', async () => {
    const response = await fetch(`${fake.url}/v3/conversations/a%3Ax/attachments`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(fake.unexpected()).toHaveLength(1);
    await expect(fake.waitFor((c) => c.operation === 'sendToConversation', 50)).rejects.toThrow(/timed out/);
    fake.clear();
    expect(fake.calls).toEqual([]);
  });

  it('stop() closes promptly even with a keep-alive client and a held-back answer', async () => {
    // A raw fetch, because botbuilder's client would retry the reset connection for seconds after the test.
    fake.delay(10_000);
    const pending = fetch(`${fake.url}/v3/conversations/a%3Ax/activities`, { method: 'POST', body: '{}' });
    const settled = pending.then(
      () => 'answered',
      () => 'reset',
    );
    while (fake.inFlight().length === 0) await sleep(10);
    const started = Date.now();
    await fake.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await settled).toBe('reset');
  });
});
