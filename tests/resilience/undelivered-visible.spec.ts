import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from '../api/api-harness';

/**
 * A message Teams never takes (the connector answering 503 to every post) is tried a bounded number of times,
 * then kept as failed with its reason, and the network's leader and the director see it in the tab's network
 * page; a participant does not. Over HTTP: the real server, its tab API and the fake connector. In local-dev mode,
 * where the caller is named by the dev-user header: with a bot registration the server would first ask Entra for
 * a connector token, which no loopback peer here answers (the SSO tokens themselves are tests/api's subject).
 */
describe('a message that finally fails is visible to the leader and the director', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await ApiHarness.start({
      localDev: true,
      env: { OUTBOX_BACKOFF_MS: '20', OUTBOX_POLL_MS: '100', OUTBOUND_TIMEOUT_MS: '2000' },
    });
  });
  afterAll(() => h.stop());

  const viewAs = async (persona: 'director' | 'leader' | 'participant', id: string) => {
    const res = await h.call('GET', `/api/networks/${id}`, { headers: { 'x-dev-user': PEOPLE[persona].objectId } });
    expect(res.status).toBe(200);
    return res.body as unknown as NetworkViewDto;
  };

  it('after bounded attempts against a connector answering 503 forever', async () => {
    h.connector.failNext(1_000_000, { status: 503, retryAfterSeconds: 0, match: { operation: 'sendToConversation' } });
    const n = await h.arrange(TYPE_CASES[3]!, 'participantsRecruited');
    const refusedByTeams = (view: NetworkViewDto) =>
      (view.failedMessages ?? []).filter((m) => m.target === 'person' && /injected 503/.test(m.lastError));
    let failed: ReturnType<typeof refusedByTeams> = [];
    for (let i = 0; i < 600 && failed.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      failed = refusedByTeams(await viewAs('director', n.id));
    }
    expect(failed.length).toBeGreaterThan(0);
    for (const message of failed) expect(message.attempts).toBe(6);
    // The leader sees the same list; a participant sees none (they cannot act on it).
    const asLeader = refusedByTeams(await viewAs('leader', n.id)).map((m) => m.id);
    expect(asLeader).toEqual(expect.arrayContaining(failed.map((m) => m.id)));
    expect((await viewAs('participant', n.id)).failedMessages).toBeNull();
    // Nothing reached Teams, and every attempt did reach the connector (bounded, not abandoned after one).
    expect(h.connector.sent().filter((s) => s.kind === 'send')).toEqual([]);
    const faults = h.connector.calls.filter((c) => c.operation === 'sendToConversation' && c.outcome === 'fault');
    expect(faults.length).toBeGreaterThanOrEqual(6 * failed.length);
  }, 180_000);
});
