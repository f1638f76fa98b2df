import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { isDomainError } from '../../shared/src/domain/errors';
import type { Network } from '../../shared/src/domain/network';
import { actor, stepsTo, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { spawnServer } from '../support/spawn-server';
import { BotHarness } from '../support/bot-harness';

const WELFARE = TYPE_CASES[2]!;
const CRASHES = 3;

/** The real server as a process of its own, dispatching, so it can be killed in the middle of a send. */
async function spawnDispatcher(tablePrefix: string): Promise<ChildProcess> {
  const { child } = await spawnServer(tablePrefix, {
    OUTBOX_LEASE_MS: '300',
    OUTBOX_POLL_MS: '100',
    OUTBOUND_TIMEOUT_MS: '60000',
  });
  return child;
}

describe('a server killed in the middle of sends (issue 10, finding 6)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true, env: { OUTBOX_DISPATCH: 'false' } });
  });
  afterAll(async () => {
    h.connector.delay(0);
    await h.stop();
  });

  it(`repeats at most one message per conversation per crash, over ${CRASHES} crashes, and loses none`, async () => {
    // Three networks recommended: cards to the heads' forum, the director, the originator, the consultants...
    for (const id of ['krak1', 'krak2', 'krak3']) {
      let n: Network | null = null;
      for (const step of stepsTo(WELFARE, 'recommended', id)) {
        const result = await h.server.services.service.execute(
          { commandId: randomUUID(), networkId: id, ...step.input(n) },
          actor(step.who),
        );
        if (isDomainError(result)) throw new Error(`${step.input(n).type}: ${result.code}`);
        n = result.network;
      }
    }
    const rows = async () =>
      (await Promise.all(['krak1', 'krak2', 'krak3'].map((id) => h.server.services.outbox.forNetwork(id)))).flat();
    // Every send row is one of the messages counted below.
    expect((await rows()).filter((r) => r.message.mode === 'send').length).toBeGreaterThan(0);
    for (let crash = 0; crash < CRASHES; crash++) {
      // Every answer is held back: the sends are in flight when the process dies.
      h.connector.delay(600_000);
      const child = await spawnDispatcher(h.tablePrefix);
      for (let i = 0; i < 200 && h.connector.inFlight().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      // Teams got them anyway: the connector answers now, to nobody.
      h.connector.delay(0);
      await new Promise((r) => setTimeout(r, 350)); // the claims' leases (300 ms) run out
    }
    // A last, healthy instance delivers what is left.
    const last = await spawnDispatcher(h.tablePrefix);
    try {
      for (let i = 0; i < 100 && (await rows()).some((r) => r.status === 'pending' || r.status === 'sending'); i++)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      last.kill('SIGTERM');
      await new Promise((r) => last.once('exit', r));
    }
    const settled = await rows();
    expect(settled.filter((r) => r.status !== 'sent' && r.status !== 'refused')).toEqual([]);
    const byConversation = new Map<string, number>();
    for (const r of settled.filter((x) => x.message.mode === 'send'))
      byConversation.set(r.sentConversationId, (byConversation.get(r.sentConversationId) ?? 0) + 1);
    for (const [conversationId, expected] of byConversation) {
      const sent = h.connector.sent().filter((s) => s.conversationId === conversationId).length;
      expect(sent).toBeGreaterThanOrEqual(expected); // nothing lost
      expect(sent - expected).toBeLessThanOrEqual(CRASHES); // at most one repeat per crash
    }
  });
});
