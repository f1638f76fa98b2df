import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BOT, BotHarness, CHANNELS, cardOf, cardText, teamsUserOf } from '../support/bot-harness';
import { arrange, findCard } from './flow-helpers';
import { meetingSetup, people, reflectionCards } from './meeting-helpers';

const WELFARE = TYPE_CASES[2]!;

/**
 * Issue 15: "opening a group chat posts a welcome card again below the reflection card". Teams (and the Agents
 * Playground, when a chat or channel is opened) reports the bot's install as a conversationUpdate with the bot
 * among membersAdded and as an installationUpdate, each possibly more than once. A conversation gets one welcome,
 * and none once the app has posted a card there.
 */
function installEvents(h: BotHarness, conversationId: string, type: 'groupChat' | 'channel') {
  const base = (extra: Record<string, unknown>, id: string) => {
    const body = h.teams.activity(teamsUserOf('leader'), conversationId, 'da-DK', { id, ...extra }) as Record<
      string,
      unknown
    > & { conversation: Record<string, unknown>; channelData: Record<string, unknown> };
    body.conversation.conversationType = type;
    if (type === 'channel') body.channelData.eventType = 'teamMemberAdded';
    return body;
  };
  return {
    botAdded: (id = `added-${conversationId}`) =>
      h.post(base({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }, id)),
    installed: (id = `installed-${conversationId}`) => h.post(base({ type: 'installationUpdate', action: 'add' }, id)),
  };
}

const welcomesIn = (h: BotHarness, conversationId: string) =>
  h.sentTo(conversationId).filter((s) => cardText(cardOf(s)).includes('Velkommen til'));

describe('one welcome per conversation, and none below the app’s own cards', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('posts no welcome in a group chat where the reflection card was posted', async () => {
    const { meetingId, chatId } = await meetingSetup(h, 'welcome-after-reflection', people(3));
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Netværksmøde' });
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
    const sentBefore = h.sentTo(chatId).length;

    const events = installEvents(h, chatId, 'groupChat');
    expect((await events.botAdded()).status).toBe(200);
    expect((await events.installed()).status).toBe(200);
    expect(welcomesIn(h, chatId)).toEqual([]);
    expect(h.sentTo(chatId)).toHaveLength(sentBefore);
  });

  it('welcomes a fresh group chat exactly once, however often the install is reported', async () => {
    const chatId = '19:meeting_fresh-welcome@thread.v2';
    const events = installEvents(h, chatId, 'groupChat');
    expect((await events.botAdded()).status).toBe(200);
    expect(welcomesIn(h, chatId)).toHaveLength(1);
    // Teams redelivering the same activity, then the installationUpdate and a new conversationUpdate.
    expect((await events.botAdded()).status).toBe(200);
    expect((await events.installed()).status).toBe(200);
    expect((await events.botAdded('added-again')).status).toBe(200);
    expect(welcomesIn(h, chatId)).toHaveLength(1);
    expect(cardText(cardOf(welcomesIn(h, chatId)[0]!))).toContain('Velkommen til');
  });

  it("posts no welcome in a forum's channel that has the app's decision card, on any instance", async () => {
    await arrange(h, WELFARE, 'recommended', 'welcome-after-decision');
    findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const sentBefore = h.sentTo(CHANNELS.headsForum).length;

    const events = installEvents(h, CHANNELS.headsForum, 'channel');
    expect((await events.botAdded()).status).toBe(200);
    expect((await events.installed()).status).toBe(200);
    // A second instance on the same storage (or this one after a restart) knows it too: the mark is stored.
    const other = await BotHarness.start({ shareWith: h });
    try {
      expect((await installEvents(other, CHANNELS.headsForum, 'channel').botAdded('added-on-other')).status).toBe(200);
    } finally {
      await other.stop();
    }
    expect(welcomesIn(h, CHANNELS.headsForum)).toEqual([]);
    expect(h.sentTo(CHANNELS.headsForum)).toHaveLength(sentBefore);
  });

  it('welcomes a team’s channel without cards once, on every instance together', async () => {
    // Not a forum's channel: the configured ones get the app's cards (announcements too) in the other tests.
    const channel = '19:general-of-a-new-team@thread.tacv2';
    const other = await BotHarness.start({ shareWith: h });
    try {
      const here = installEvents(h, channel, 'channel');
      const there = installEvents(other, channel, 'channel');
      // Both instances get the install at once (a redelivery to another instance): one welcome between them.
      const answers = await Promise.all([here.botAdded(), there.botAdded(), there.installed()]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect((await here.installed()).status).toBe(200);
    } finally {
      await other.stop();
    }
    expect(welcomesIn(h, channel)).toHaveLength(1);
  });
});
