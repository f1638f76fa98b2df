import { createLogger } from '../../bot/src/logger';
import { Scheduler } from '../../bot/src/app/scheduler';
import type { Network } from '../../shared/src/domain/network';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import { RowLease } from '../../shared/src/storage/row-lease';
import { actor, lifecycleSteps, PEOPLE, stepsTo, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { TOMBSTONE_NAME } from '../../shared/src/records/tombstone';
import { recordsOn } from './records-fixture';

const welfare = TYPE_CASES[2]!;

describe('retention: personal data of closed networks is deleted on schedule, never before the case record is exported', () => {
  async function world() {
    const store = new InMemoryPartitionStore();
    const s = await recordsOn(store);
    /** A network closed on the world's day, with a meeting whose reflection has comments. */
    const closedNetwork = async (id: string): Promise<Network> => {
      let n = await s.networkAtStage(welfare, 'active', id);
      await s.must('leader', id, { type: 'linkMeeting', meetingId: `${id}-m1`, title: 'Møde 1', chatId: '19:chat' });
      await s.must('leader', id, { type: 'endMeeting', meetingId: `${id}-m1` });
      await s.must('participant', id, {
        type: 'answerReflection',
        meetingId: `${id}-m1`,
        value: 5,
        valueComment: 'Pia synes, det var godt',
        workingWell: 4,
        workingWellComment: 'Fint',
        changeForm: true,
        suggestion: 'Kortere møder',
      });
      for (const step of lifecycleSteps(welfare, id).slice(stepsTo(welfare, 'active', id).length))
        n = await s.must(step.who, id, step.input(n));
      return n;
    };
    const scheduler = new Scheduler(
      {
        lease: new RowLease(store),
        networks: s.networks,
        service: s.service,
        clock: { now: () => s.world.now },
        pseudonymise: (a, b) => `${a}/${b}`,
        logger: createLogger('silent'),
        retention: s.records,
      },
      { intervalMs: 60_000, reminderAfterMs: 4 * 3_600_000, summaryAfterMs: 24 * 3_600_000, instanceId: 'one' },
    );
    const at = async (iso: string) => {
      s.world.now = new Date(iso);
      await scheduler.tick();
    };
    return { s, closedNetwork, at };
  }

  it('shows the dry run, deletes what is due after 24 months and keeps every decision; refuses the unexported one', async () => {
    const { s, closedNetwork, at } = await world();
    await closedNetwork('exported'); // closed on 2026-01-05, the test world's day
    await closedNetwork('never');
    await (await s.records.exportZip(['exported'], actor('director', 'tab'), { networks: 'exported' })).resume();
    const decisionsBefore = (await s.records.caseRecord('exported'))!.decisions;

    // The dry run: both wait until 24 months after closing; what would go is counted.
    const plan = await s.records.retentionPlan('2026-06-01');
    expect(plan.map((p) => [p.networkId, p.status, p.deleteFrom, Boolean(p.exportedAt)])).toEqual([
      ['exported', 'waiting', '2028-01-05', true],
      ['never', 'waiting', '2028-01-05', false],
    ]);
    expect(plan[0]!.wouldDelete).toMatchObject({ answersPurged: 1, closingAnswersPurged: 1, participantsPurged: 1 });

    await at('2027-12-31T09:00:00Z');
    expect((await s.networks.reflectionAnswers('exported', 'exported-m1'))[0]!.valueComment).toBe(
      'Pia synes, det var godt',
    );

    await at('2028-01-05T09:00:00Z');
    // Deleted: comments, who answered, the closing texts, the participants' identities.
    const [answer] = await s.networks.reflectionAnswers('exported', 'exported-m1');
    expect(answer).toMatchObject({
      value: 5,
      workingWell: 4,
      changeForm: true,
      valueComment: '',
      suggestion: '',
      person: null,
    });
    expect(answer!.answerKey).toBe('retained-0');
    expect(await s.networks.closingAnswers('exported')).toEqual([
      { satisfaction: 4, answeredAt: expect.any(String), person: null },
    ]);
    const purged = (await s.networks.load('exported'))!.network;
    expect(purged.participants.map((p) => (p.kind === 'internal' ? p.person.name : p.name))).toEqual([TOMBSTONE_NAME]);
    expect(purged.closing!.stories.every((st) => st.by.by.name === TOMBSTONE_NAME)).toBe(true);
    // Kept: every decision of the case record, as it was exported; the aggregates.
    const after = (await s.records.caseRecord('exported'))!;
    expect(after.decisions).toEqual(decisionsBefore);
    expect(after.meetings[0]).toMatchObject({ answered: 1, averageValue: 5, averageWorkingWell: 4 });
    expect(JSON.stringify(await s.networks.auditTrail('exported'))).not.toContain(PEOPLE.participant.name);

    // Refused where the case record was never exported: nothing deleted, the director told once.
    expect((await s.networks.reflectionAnswers('never', 'never-m1'))[0]!.valueComment).toBe('Pia synes, det var godt');
    await at('2028-01-06T09:00:00Z');
    const events = await s.records.events();
    expect(events.filter((e) => e.kind === 'retentionBlocked')).toEqual([
      expect.objectContaining({ networkIds: ['never'], details: { deleteFrom: '2028-01-05' } }),
    ]);
    expect(events.filter((e) => e.kind === 'retentionPurged')).toEqual([
      expect.objectContaining({ networkIds: ['exported'], details: expect.objectContaining({ answersPurged: 1 }) }),
    ]);
    const later = await s.records.retentionPlan('2028-01-06');
    expect(later.map((p) => [p.networkId, p.status])).toEqual([
      ['exported', 'done'],
      ['never', 'blocked'],
    ]);

    // Once exported, the next tick deletes it too.
    await (await s.records.exportZip(['never'], actor('consultant', 'tab'), { networks: 'never' })).resume();
    await at('2028-01-07T09:00:00Z');
    expect((await s.networks.reflectionAnswers('never', 'never-m1'))[0]!.valueComment).toBe('');
  });

  it("follows the organisation's setting: a shorter period moves the day forward", async () => {
    const { s, closedNetwork } = await world();
    await closedNetwork('short');
    await s.records.saveSettings({ retentionMonths: 6, privacyOfficers: [] }, actor('director', 'tab'));
    expect((await s.records.retentionPlan('2026-07-05')).map((p) => [p.deleteFrom, p.status])).toEqual([
      ['2026-07-05', 'blocked'],
    ]);
    expect((await s.records.events()).at(-1)).toMatchObject({
      kind: 'recordsSettingsChanged',
      details: { retentionMonths: 6 },
    });
  });
});
