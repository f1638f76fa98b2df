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

  it('after an early start, the end starts the reminder clock: one reminder 4 h after the end, not after the start', async () => {
    const store = new InMemoryPartitionStore();
    const s = await serviceOn(store);
    await s.networkAtStage(TYPE_CASES[2]!, 'active', 'early2');
    s.world.now = new Date('2026-03-02T09:00:00Z');
    await s.must('leader', 'early2', { type: 'linkMeeting', meetingId: 'm-2', title: 'Marts-møde', chatId: '19:m2' });
    await s.must('leader', 'early2', { type: 'startReflection', meetingId: 'm-2' });
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
    const reminders = async () =>
      (await s.networks.auditTrail('early2')).filter((e) => e.type === 'reflectionRemindersSent');
    const at = async (iso: string) => {
      s.world.now = new Date(iso);
      await scheduler.tick();
    };
    // The meeting runs on for two hours after the start; it ends at 11:00.
    await at('2026-03-02T10:30:00Z');
    s.world.now = new Date('2026-03-02T11:00:00Z');
    await s.must('leader', 'early2', { type: 'endMeeting', meetingId: 'm-2' });
    // 4 h after the start (13:00) is not 4 h after the end: nobody is reminded yet.
    await at('2026-03-02T13:30:00Z');
    expect(await reminders()).toHaveLength(0);
    await at('2026-03-02T15:00:00Z');
    await at('2026-03-02T16:00:00Z');
    expect(await reminders()).toHaveLength(1);
    const meeting = (await s.networks.load('early2'))!.network.meetings.find((m) => m.id === 'm-2')!;
    expect(meeting.status).toBe('reflectionOpen');
    expect(meeting.endedAt).toBeTruthy();
  });
});
