import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { spawnServer } from '../support/spawn-server';
import { BotHarness, cardOf, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';
import { arrange, findCard } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;
const outcomesTo = (h: BotHarness, title: string) =>
  h.sentTo(personalChatOf('originator')).filter((s) => cardText(cardOf(s)).includes(title));

describe('the durable outbox and the scheduler, over HTTP', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('delivers a message once after Teams answers 429 with Retry-After', async () => {
    await arrange(h, WELFARE, 'recommended', 'busy');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    // More 429s than the connector client retries on its own, so our dispatcher's retry is exercised too.
    h.connector.failNext(4, {
      status: 429,
      retryAfterSeconds: 1,
      match: { method: 'POST', conversationId: personalChatOf('originator') },
    });
    await h.invoke(
      'headsForum',
      'decideIdea',
      { networkId: 'busy', kind: 'decision', outcome: 'approve' },
      { conversationId: CHANNELS.headsForum, replyToId: decision.activityId },
    );
    for (let i = 0; i < 300 && outcomesTo(h, 'Godkendt af').length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      h.server.services.dispatcher.kick();
    }
    const delivered = outcomesTo(h, 'Godkendt af');
    expect(delivered).toHaveLength(1);
    const faults = h.connector.calls.filter(
      (c) => c.outcome === 'fault' && c.conversationId === personalChatOf('originator'),
    );
    expect(faults).toHaveLength(4);
    // Never before the wait Teams asked for.
    expect(delivered[0]!.call.at - faults.at(-1)!.answeredAt).toBeGreaterThanOrEqual(1000);
    const entries = await h.server.services.outbox.forNetwork('busy');
    expect(entries.filter((e) => e.status === 'failed')).toEqual([]);
  });

  it('sends, once, what a killed server had stored but not yet sent; two instances never send it twice', async () => {
    // This instance only dispatches when the test says so.
    await h.stop();
    h = await BotHarness.start({ channels: true, env: { OUTBOX_DISPATCH: 'false' } });
    await arrange(h, WELFARE, 'recommended', 'crash');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const crashing = await spawnServer(h.tablePrefix, { OUTBOX_DISPATCH: 'false' });
    const press = await fetch(`${crashing.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'crash-1',
        channelId: 'msteams',
        serviceUrl: h.connector.url,
        replyToId: decision.activityId,
        from: { id: '29:chefforum', name: PEOPLE.headsForum.name, aadObjectId: 'chefforum' },
        recipient: { id: '28:netvaerk-bot' },
        conversation: { id: CHANNELS.headsForum, conversationType: 'channel', tenantId: PEOPLE.headsForum.tenantId },
        channelData: { tenant: { id: PEOPLE.headsForum.tenantId } },
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'decideIdea',
            data: { networkId: 'crash', kind: 'decision', outcome: 'approve' },
          },
        },
      }),
    });
    expect(press.status).toBe(200);
    crashing.child.kill('SIGKILL');
    await new Promise((r) => crashing.child.once('exit', r));
    expect((await h.network('crash'))?.phase).toBe('approved');
    expect(outcomesTo(h, 'Godkendt af')).toHaveLength(0);
    const pending = (await h.server.services.outbox.forNetwork('crash')).filter((e) => e.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    // Restart: another instance on the same storage, and the first one, both dispatching at once.
    const second = await BotHarness.start({ shareWith: h });
    try {
      await Promise.all([second.deliver(), h.deliver(), second.deliver()]);
      expect(outcomesTo(h, 'Godkendt af')).toHaveLength(1);
      const after = await h.server.services.outbox.forNetwork('crash');
      expect(after.filter((e) => pending.some((p) => p.rowKey === e.rowKey)).map((e) => e.status)).toEqual(
        pending.map(() => 'sent'),
      );
      const sends = h.connector
        .sent()
        .filter((s) =>
          pending.some(
            (p) =>
              JSON.stringify(p.message.target).includes('originator') &&
              s.conversationId === personalChatOf('originator'),
          ),
        );
      expect(sends).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('starts the closing reflection once when the end date passes, even with two schedulers', async () => {
    await arrange(h, WELFARE, 'active', 'ending');
    const second = await BotHarness.start({ shareWith: h });
    try {
      // The fixture's period ended on 2026-10-31: both instances tick at once.
      const ran = await Promise.all([h.server.services.scheduler.tick(), second.server.services.scheduler.tick()]);
      expect(ran.filter(Boolean)).toHaveLength(1);
      await Promise.all([h.server.services.scheduler.tick(), second.server.services.scheduler.tick()]);
      await h.deliver();
      const audit = await h.server.services.networks.auditTrail('ending');
      expect(audit.filter((e) => e.type === 'closingReflectionStarted')).toHaveLength(1);
      expect((await h.network('ending'))?.phase).toBe('closingReflection');
      expect(
        h.sentTo(personalChatOf('leader')).filter((s) => cardText(cardOf(s)).includes('Netværkets anbefaling')),
      ).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});
