import type { OutboxEntry } from '../../shared/src/domain/outbox';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { arrange } from '../bot/flow-helpers';
import { type BotHarness, BotHarness as Harness, personalChatOf } from '../support/bot-harness';

/**
 * The Bot Connector failing the way it does in production: throttling without Retry-After, gateway errors and no
 * answer in time. Retries are bounded, a message is delivered once, and one that finally fails is kept as failed
 * (what the tab shows the leader and the director), never dropped silently.
 */
const WELFARE = TYPE_CASES[2]!;
const chat = personalChatOf('director');

describe('connector faults', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await Harness.start({ channels: true, env: { OUTBOUND_TIMEOUT_MS: '1000' } });
  });
  afterEach(async () => {
    h.connector.delay(0);
    await h.stop();
  });

  const rowsTo = async (networkId: string): Promise<OutboxEntry[]> =>
    (await h.server.services.outbox.forNetwork(networkId)).filter(
      (e) => e.sentConversationId === chat || e.message.target.kind === 'person',
    );
  const settle = async (networkId: string, rounds: number) => {
    for (let i = 0; i < rounds; i++) {
      const open = (await h.server.services.outbox.forNetwork(networkId)).filter(
        (e) => e.status === 'pending' || e.status === 'sending',
      );
      if (open.length === 0) return;
      await new Promise((r) => setTimeout(r, 500));
      h.server.services.dispatcher.kick();
      await h.deliver();
    }
  };
  const deliveredOnce = () => {
    const ids = h.sentTo(chat).map((s) => s.activityId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  };

  /**
   * Each row sent to the chat is one message there, the one whose id the row records: a retried send that the
   * connector had taken after all must not become a second message.
   */
  const exactlyOncePerRow = async (networkId: string) => {
    const rows = (await rowsTo(networkId)).filter(
      (e) => e.status === 'sent' && e.message.mode === 'send' && e.sentConversationId === chat,
    );
    const posted = h.connector.sent().filter((s) => s.conversationId === chat);
    expect(rows.length).toBeGreaterThan(0);
    expect(posted.map((p) => p.activityId).sort()).toEqual(rows.map((r) => r.sentActivityId).sort());
    return rows;
  };

  it.each([
    ['429 without Retry-After', { status: 429 }],
    ['502', { status: 502 }],
    ['504', { status: 504 }],
  ])(
    'a connector %s is retried and the message delivered once',
    async (_name, fault) => {
      const networkId = `fault${fault.status}`;
      h.connector.failNext(4, { ...fault, match: { conversationId: chat } });
      await arrange(h, WELFARE, 'idea', networkId);
      await settle(networkId, 60);
      const rows = await rowsTo(networkId);
      expect(rows.filter((e) => e.status === 'failed')).toEqual([]);
      expect(rows.some((e) => e.status === 'sent' && e.attempts > 1)).toBe(true);
      deliveredOnce();
      await exactlyOncePerRow(networkId);
    },
    120_000,
  );

  it('a connector that takes the message but answers after the timeout: the retry records it, posts it once', async () => {
    // Answers 2.5 s after each send: past the 1 s timeout, within the time a send in doubt is listened to.
    h.connector.delay(2500, (c) => c.operation === 'sendToConversation' && c.conversationId === chat);
    await arrange(h, WELFARE, 'idea', 'late', { deliver: false });
    await settle('late', 60);
    h.connector.delay(0);
    const rows = await exactlyOncePerRow('late');
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
    expect((await rowsTo('late')).filter((e) => e.status === 'failed')).toEqual([]);
  }, 120_000);

  it('a connector that does not answer in time is retried, and the message delivered once', async () => {
    h.connector.delay(5000, { conversationId: chat });
    await arrange(h, WELFARE, 'idea', 'slow', { deliver: false });
    // Let the first attempts time out (1 s), then let the connector answer again.
    await new Promise((r) => setTimeout(r, 2500));
    h.connector.delay(0);
    await settle('slow', 60);
    const rows = await rowsTo('slow');
    expect(rows.filter((e) => e.status === 'failed')).toEqual([]);
    expect(rows.some((e) => e.status === 'sent')).toBe(true);
    await exactlyOncePerRow('slow');
  }, 120_000);

  it('a message the connector keeps refusing ends as failed, with the reason, after bounded attempts', async () => {
    h.connector.failNext(1000, { status: 502, match: { conversationId: chat } });
    await arrange(h, WELFARE, 'idea', 'refused');
    await settle('refused', 150);
    const failed = (await rowsTo('refused')).filter((e) => e.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) {
      expect(row.attempts).toBeLessThanOrEqual(6);
      expect(row.lastError).not.toBe('');
    }
    expect(h.sentTo(chat)).toEqual([]);
  }, 180_000);
});
