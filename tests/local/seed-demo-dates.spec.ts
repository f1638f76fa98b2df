import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import type { Services } from '../../bot/src/composition';
import { demoServices } from '../records/demo-services';

/**
 * The demo's history reads like a real one (issue 15): each step is stamped along the network's period by the
 * seed's own clock, not on the day the demo was loaded, and "now" is today again once the seed is done.
 */
describe('the demo seed dates its history along each network’s period', () => {
  const today = new Date('2026-12-02T10:00:00.000Z');
  let services: Services;
  const trail = async (id: string) => (await services.networks.auditTrail(id)).map((e) => ({ type: e.type, at: e.at }));
  const dayOf = (events: { type: string; at: string }[], type: string) =>
    events.find((e) => e.type === type)?.at.slice(0, 10);

  beforeAll(async () => {
    services = await demoServices(new InMemoryPartitionStore(), { now: () => today });
  });

  it('stamps the active network’s steps before, at and after the start of its period, in order', async () => {
    const events = await trail('hjerneskade');
    const days = events.map((e) => e.at);
    expect([...days].sort()).toEqual(days);
    expect(dayOf(events, 'ideaSubmitted')! < '2026-06-01').toBe(true);
    expect(dayOf(events, 'ideaApproved')! > dayOf(events, 'ideaSubmitted')!).toBe(true);
    expect(dayOf(events, 'kickoffHeld')).toBe('2026-09-01');
    expect(events.filter((e) => e.type === 'meetingEnded').map((e) => e.at.slice(0, 10))).toEqual([
      '2026-09-22',
      '2026-10-13',
    ]);
    expect(new Set(days.map((d) => d.slice(0, 10))).size).toBeGreaterThan(10);
  });

  it('names the meetings and stamps nothing after today; what still waits was done days ago', async () => {
    const { network } = (await services.networks.load('hjerneskade'))!;
    expect(network.meetings.map((m) => m.title)).toEqual([
      expect.stringMatching(/^Netværksmøde 1: /),
      expect.stringMatching(/^Netværksmøde 2: /),
    ]);
    for (const id of ['hjerneskade', 'indlaeggelser', 'campus', 'boernefamilier', 'procesledere', 'morbaerhaven'])
      for (const e of await trail(id)) expect(e.at <= today.toISOString()).toBe(true);
    const waiting = await trail('indlaeggelser');
    const nominated = new Date(waiting.find((e) => e.type === 'leaderNominated')!.at);
    expect(today.getTime() - nominated.getTime()).toBeLessThan(7 * 86_400_000);
  });

  it('leaves the clock at today once the seed is done', async () => {
    const done = await services.service.execute(
      { type: 'expressInterest', motivation: 'Efter seedet', networkId: 'procesledere', commandId: 'after-seed' },
      {
        tenantId: '6a1bd2c0-0000-4000-8000-a1be27510000',
        objectId: '0d0e0000-0000-4000-8000-000000000005',
        name: 'Pia Deltager',
        surface: 'tab',
      },
    );
    expect('network' in done).toBe(true);
    const last = (await trail('procesledere')).at(-1)!;
    expect(last.at).toBe(today.toISOString());
  });
});
