import { createLogger } from '../../bot/src/logger';
import { Scheduler } from '../../bot/src/app/scheduler';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import { RowLease } from '../../shared/src/storage/row-lease';
import { serviceOn } from '../../shared/src/testing/service-fixtures';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';

describe('the scheduler', () => {
  it('reminds 60 and 14 days before the end, once each, then starts the closing reflection', async () => {
    const store = new InMemoryPartitionStore();
    const s = await serviceOn(store);
    await s.networkAtStage(TYPE_CASES[2]!, 'active', 'timed'); // period ends 2026-10-31
    const scheduler = new Scheduler(
      {
        lease: new RowLease(store),
        networks: s.networks,
        service: s.service,
        clock: { now: () => s.world.now },
        pseudonymise: (a, b) => `${a}/${b}`,
        logger: createLogger('silent'),
      },
      { intervalMs: 60_000, reminderAfterMs: 4 * 3_600_000, summaryAfterMs: 24 * 3_600_000, instanceId: 'one' },
    );
    const at = async (iso: string) => {
      s.world.now = new Date(iso);
      await scheduler.tick();
      await scheduler.tick();
      return (await s.networks.load('timed'))!.network;
    };
    expect((await at('2026-08-01T08:00:00Z')).endReminders).toEqual([]);
    expect((await at('2026-09-05T08:00:00Z')).endReminders).toEqual([60]);
    expect((await at('2026-10-20T08:00:00Z')).endReminders).toEqual([60, 14]);
    expect((await at('2026-10-30T08:00:00Z')).phase).toBe('active');
    expect((await at('2026-10-31T08:00:00Z')).phase).toBe('closingReflection');
    const audit = await s.networks.auditTrail('timed');
    expect(audit.filter((e) => e.type === 'endReminderSent')).toHaveLength(2);
    expect(audit.filter((e) => e.type === 'closingReflectionStarted')).toHaveLength(1);
  });

  it('runs on one instance per tick: a second instance waits for the lease', async () => {
    const store = new InMemoryPartitionStore();
    const lease = new RowLease(store);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(await lease.acquire('scheduler', 'a', 60_000, now)).toBe(true);
    expect(await lease.acquire('scheduler', 'b', 60_000, now)).toBe(false);
    expect(await lease.acquire('scheduler', 'a', 60_000, now)).toBe(true);
    expect(await lease.acquire('scheduler', 'b', 60_000, new Date(now.getTime() + 60_001))).toBe(true);
  });
});
