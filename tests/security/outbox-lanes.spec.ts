import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, CHANNELS, personalChatOf } from '../support/bot-harness';
import { arrange } from '../bot/flow-helpers';

const WELFARE = TYPE_CASES[2]!;

describe('outbox lanes: one per conversation (issue 10, finding 6)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true, env: { OUTBOUND_TIMEOUT_MS: '1500' } });
  });
  afterEach(async () => {
    h.connector.delay(0);
    await h.stop();
  });

  it('delivers to other conversations while one conversation hangs, and keeps that one in order', async () => {
    const hung = personalChatOf('director');
    h.connector.delay(600_000, { conversationId: hung });
    const started = Date.now();
    const arranging = arrange(h, WELFARE, 'recommended', 'haengt');
    // The forum's decision card goes out while the director's chat is still held by the connector.
    const forumCard = await h.connector.waitForSent((s) => s.conversationId === CHANNELS.headsForum, 10_000);
    const heldMeanwhile = h.connector.inFlight().filter((c) => c.conversationId === hung);
    expect(heldMeanwhile.length).toBeGreaterThan(0);
    expect(forumCard.at).toBeGreaterThanOrEqual(started);
    await arranging;
    // Released: everything for the director arrives, once each, in the order the outbox stored it.
    h.connector.delay(0);
    for (let i = 0; i < 40 && (await pendingFor(h, 'haengt')) > 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      h.server.services.dispatcher.kick();
      await h.deliver();
    }
    const rows = (await h.server.services.outbox.forNetwork('haengt')).filter(
      (e) => e.message.target.kind === 'person' && e.sentConversationId === hung,
    );
    expect(rows.every((e) => e.status === 'sent')).toBe(true);
    const storedOrder = [...rows].sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1)).map((e) => e.sentActivityId);
    const arrival = h.sentTo(hung).map((s) => s.activityId);
    expect(arrival.filter((id) => storedOrder.includes(id))).toEqual(storedOrder);
  });

  it("retries a connector 500 that outlasts the SDK's own retries, and delivers once", async () => {
    const chat = personalChatOf('director');
    h.connector.failNext(4, { status: 500, match: { conversationId: chat } });
    await arrange(h, WELFARE, 'idea', 'femhundrede');
    for (let i = 0; i < 40 && (await pendingFor(h, 'femhundrede')) > 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      h.server.services.dispatcher.kick();
      await h.deliver();
    }
    const rows = (await h.server.services.outbox.forNetwork('femhundrede')).filter(
      (e) => e.sentConversationId === chat || e.message.target.kind === 'person',
    );
    expect(rows.filter((e) => e.status === 'failed')).toEqual([]);
    const delivered = rows.filter((e) => e.status === 'sent' && e.sentConversationId === chat);
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.some((e) => e.attempts > 1)).toBe(true);
    const ids = h.sentTo(chat).map((s) => s.activityId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

async function pendingFor(h: BotHarness, networkId: string): Promise<number> {
  return (await h.server.services.outbox.forNetwork(networkId)).filter(
    (e) => e.status === 'pending' || e.status === 'sending',
  ).length;
}
