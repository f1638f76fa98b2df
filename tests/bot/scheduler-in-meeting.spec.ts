import { createLogger } from '../../bot/src/logger';
import { Scheduler } from '../../bot/src/app/scheduler';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import { RowLease } from '../../shared/src/storage/row-lease';
import { serviceOn } from '../../shared/src/testing/service-fixtures';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';

const HOUR = 3_600_000;

/**
 * A reflection the leader started in the meeting, for a meeting whose end Teams never reports (some calls send no
 * end event): the scheduler still closes it, counted from the start, so the leader gets the summary (issue 14).
 */
describe('the scheduler and a reflection started in the meeting', () => {
  it('closes it after the summary delay from its start when no meeting end comes, and only once', async () => {
    const store = new InMemoryPartitionStore();
    const s = await serviceOn(store);
    await s.networkAtStage(TYPE_CASES[2]!, 'active', 'early');
    s.world.now = new Date('2026-03-02T09:00:00Z');
    await s.must('leader', 'early', { type: 'linkMeeting', meetingId: 'm-early', title: 'Marts-møde', chatId: '19:m' });
    await s.must('leader', 'early', { type: 'startReflection', meetingId: 'm-early' });
    const scheduler = new Scheduler(
      {
        lease: new RowLease(store),
        networks: s.networks,
        service: s.service,
        clock: { now: () => s.world.now },
        pseudonymise: (a, b) => `${a}/${b}`,
        logger: createLogger('silent'),
      },
      { intervalMs: 60_000, reminderAfterMs: 4 * HOUR, summaryAfterMs: 24 * HOUR, instanceId: 'one' },
    );
    const at = async (iso: string) => {
      s.world.now = new Date(iso);
      await scheduler.tick();
      return (await s.networks.load('early'))!.network.meetings.find((m) => m.id === 'm-early')!;
    };

    // No end event: before the delay it stays open, and nobody is reminded (the meeting may still be running).
    expect((await at('2026-03-02T15:00:00Z')).status).toBe('reflectionOpen');
    expect((await at('2026-03-03T08:59:00Z')).status).toBe('reflectionOpen');
    const closed = await at('2026-03-03T09:00:00Z');
    expect(closed.status).toBe('reflectionClosed');
    expect(closed.endedAt).toBeUndefined();
    await at('2026-03-04T09:00:00Z');
    const audit = await s.networks.auditTrail('early');
    expect(audit.filter((e) => e.type === 'reflectionClosed')).toHaveLength(1);
    expect(audit.filter((e) => e.type === 'reflectionRemindersSent')).toHaveLength(0);
  });
});
