import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeConnector } from './fake-connector';
import { type Card, FakeTeamsClient, type TeamsUser } from './fake-teams-client';

const CHANNEL = '19:kanal@thread.tacv2';
const user = (i: number): TeamsUser => ({ id: `29:u${i}`, aadObjectId: `aad-${i}`, name: `User ${i}` });
const card = (refresh: Record<string, unknown> | null, text = 'base'): Card => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text }],
  ...(refresh ? { refresh } : {}),
});
const refresh = (userIds?: string[]) => ({
  action: { type: 'Action.Execute', title: 'Refresh', verb: 'refreshCard', data: { view: 'x' } },
  ...(userIds ? { userIds } : {}),
});
const textOf = (c: Card | null) => ((c?.body as { text: string }[] | undefined) ?? [])[0]?.text;

/** A bot that records every invoke and answers with a card naming the user, or what a test tells it to. */
class FakeBot {
  readonly invokes: Record<string, unknown>[] = [];
  answer: (activity: Record<string, unknown>) => { status: number; body: unknown } = (a) => ({
    status: 200,
    body: {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: card(null, `for ${(a.from as { id: string }).id}`),
    },
  });
  /** While set, answers wait for it: a refresh under way while the card changes. */
  hold: Promise<void> | null = null;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', async () => {
        const activity = JSON.parse(raw) as Record<string, unknown>;
        this.invokes.push(activity);
        const { status, body } = this.answer(activity);
        await this.hold;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('FakeTeamsClient', () => {
  let connector: FakeConnector;
  let bot: FakeBot;
  let teams: FakeTeamsClient;

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    bot = new FakeBot();
    const botUrl = await bot.start();
    teams = new FakeTeamsClient({
      botUrl,
      connector,
      tenantId: 'tenant-1',
      bot: { id: '28:bot', name: 'Bot' },
      teamId: '19:team@thread.tacv2',
    });
    for (let i = 0; i < 70; i++) teams.addUser(user(i));
  });

  afterEach(async () => {
    await teams.stop();
    await bot.stop();
    await connector.stop();
  });

  /** The bot posts (or updates) a card through the connector, as botbuilder does; the clients then react. */
  async function post(c: Card, conversationId = CHANNEL, activityId?: string, settle = true): Promise<string> {
    const path = `/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
    const response = await fetch(`${connector.url}${path}${activityId ? `/${activityId}` : ''}`, {
      method: activityId ? 'PUT' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: c }],
      }),
    });
    const { id } = (await response.json()) as { id: string };
    if (settle) await teams.settled();
    return id;
  }

  it('refreshes automatically for each listed user, as Teams sends it, and shows them the answer', async () => {
    const id = await post(card(refresh(['29:u1', '29:u2'])));
    expect(bot.invokes).toHaveLength(2);
    const invoke = bot.invokes.find((a) => (a.from as { id: string }).id === '29:u1')!;
    expect(invoke).toEqual(
      expect.objectContaining({
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: id,
        from: { id: '29:u1', name: 'User 1', aadObjectId: 'aad-1' },
        conversation: expect.objectContaining({ id: CHANNEL, conversationType: 'channel', tenantId: 'tenant-1' }),
        value: {
          action: { type: 'Action.Execute', verb: 'refreshCard', data: { view: 'x' } },
          trigger: 'automatic',
        },
      }),
    );
    expect(textOf(teams.cardSeenBy('29:u1', CHANNEL, id))).toBe('for 29:u1');
    expect(textOf(teams.cardSeenBy('29:u2', CHANNEL))).toBe('for 29:u2');
    expect(textOf(teams.cardSeenBy('29:u3', CHANNEL, id))).toBe('base');
  });

  it('refreshes at most the first 60 listed users; the others see the base card and may refresh by hand', async () => {
    const listed = Array.from({ length: 65 }, (_, i) => `29:u${i}`);
    const id = await post(card(refresh(listed)));
    expect(bot.invokes).toHaveLength(60);
    expect(textOf(teams.cardSeenBy('29:u59', CHANNEL, id))).toBe('for 29:u59');
    expect(textOf(teams.cardSeenBy('29:u60', CHANNEL, id))).toBe('base');
    const manual = await teams.refreshManually(user(60), CHANNEL, id);
    expect(manual.status).toBe(200);
    expect((bot.invokes.at(-1)!.value as { trigger: string }).trigger).toBe('manual');
    expect(textOf(teams.cardSeenBy('29:u60', CHANNEL, id))).toBe('for 29:u60');
    await expect(teams.refreshManually(user(1), CHANNEL, id)).rejects.toThrow(/refreshed automatically/);
  });

  it('leaves the user with the base card when the answer is not a card or is an error', async () => {
    bot.answer = (a) =>
      (a.from as { id: string }).id === '29:u1'
        ? { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'hi' } }
        : { status: 200, body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'x' } } };
    const id = await post(card(refresh(['29:u1', '29:u2'])));
    expect(textOf(teams.cardSeenBy('29:u1', CHANNEL, id))).toBe('base');
    expect(textOf(teams.cardSeenBy('29:u2', CHANNEL, id))).toBe('base');
    expect(teams.refreshes.map((r) => r.shown)).toEqual(['base', 'base']);
  });

  it('refreshes no one for an empty list, and every member of a conversation of at most 60 without a list', async () => {
    await post(card(refresh([])));
    expect(bot.invokes).toHaveLength(0);
    connector.setMembers('19:chat@thread.v2', [
      { id: '29:u1', aadObjectId: 'aad-1', name: 'User 1' },
      { id: '29:u2', aadObjectId: 'aad-2', name: 'User 2' },
    ]);
    // A channel of unknown size without a list: no one.
    await post(card(refresh()));
    expect(bot.invokes).toHaveLength(0);
    await post(card(refresh()), '19:chat@thread.v2');
    expect(bot.invokes.map((a) => (a.from as { id: string }).id).sort()).toEqual(['29:u1', '29:u2']);
  });

  it('refreshes only listed users who are in the conversation, when its roster is known', async () => {
    connector.setMembers('19:chat@thread.v2', [{ id: '29:u1', aadObjectId: 'aad-1', name: 'User 1' }]);
    await post(card(refresh(['29:u1', '29:u2'])), '19:chat@thread.v2');
    expect(bot.invokes.map((a) => (a.from as { id: string }).id)).toEqual(['29:u1']);
  });

  it('shows everyone the new base card after an update, and refreshes the listed users again', async () => {
    const id = await post(card(refresh(['29:u1'])));
    await teams.invoke(user(2), 'press', {}, { conversationId: CHANNEL, replyToId: id });
    expect(textOf(teams.cardSeenBy('29:u2', CHANNEL, id))).toBe('for 29:u2');
    await post(card(refresh(['29:u1']), 'updated'), CHANNEL, id);
    expect(textOf(teams.cardSeenBy('29:u2', CHANNEL, id))).toBe('updated');
    expect(teams.refreshes.filter((r) => r.userId === '29:u1')).toHaveLength(2);
    expect(textOf(teams.cardSeenBy('29:u1', CHANNEL, id))).toBe('for 29:u1');
    // An update of a message no client has seen shows nothing.
    await post(card(refresh(['29:u1'])), CHANNEL, 'never-posted');
    expect(teams.cardsIn(CHANNEL).map((m) => m.activityId)).toEqual([id]);
  });

  it('keeps only the newest card when the message changes while a refresh is under way', async () => {
    let calls = 0;
    bot.answer = () => {
      calls += 1;
      const value = card(null, `answer ${calls}`);
      return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value } };
    };
    let release = () => {};
    bot.hold = new Promise((resolve) => (release = resolve));
    const id = await post(card(refresh(['29:u1']), 'v1'), CHANNEL, undefined, false);
    await post(card(refresh(['29:u1']), 'v2'), CHANNEL, id, false);
    await post(card(refresh(['29:u1']), 'v3'), CHANNEL, id, false);
    bot.hold = null;
    release();
    await teams.settled();
    // One refresh was under way for v1; the client refreshed once more for the newest card, not once per version.
    expect(calls).toBe(2);
    expect(textOf(teams.cardSeenBy('29:u1', CHANNEL, id))).toBe('answer 2');
  });
});
