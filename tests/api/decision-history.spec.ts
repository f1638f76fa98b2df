import type { NetworkViewDto } from '../../shared/src/api/api-types';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from './api-harness';

const welfare = TYPE_CASES[2]!;

describe('every decision and dispensation in the history, with its reason (tab API)', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await ApiHarness.start();
  });
  afterAll(() => h.stop());

  it("shows the director's reason for a leader's third network in decisions and history", async () => {
    // The same leader for three networks: the third nomination needs (and carries) the director's logged reason.
    await h.arrange(welfare, 'leaderAppointed');
    await h.arrange(welfare, 'leaderAppointed');
    const third = await h.arrange(welfare, 'leaderAppointed');
    expect(third.nomination?.override?.reason).toBe('Demonstrationsdata');

    const view = (await h.call('GET', `/api/networks/${third.id}`, { as: 'director' }))
      .body as unknown as NetworkViewDto;
    expect(view.decisions.map((d) => [d.kind, d.outcome, d.by, d.reason])).toEqual([
      ['recommendation', 'recommend', PEOPLE.director.name, null],
      ['decision', 'approve', PEOPLE.headsForum.name, null],
      ['dispensation', 'override', PEOPLE.director.name, 'Demonstrationsdata'],
      ['leader', 'approve', PEOPLE.headsForum.name, null],
    ]);
    expect(view.decisions.find((d) => d.kind === 'decision')).toEqual(
      expect.objectContaining({ body: 'headsForum', votes: [expect.objectContaining({ by: PEOPLE.headsForum.name })] }),
    );
    expect(view.history.find((e) => e.type === 'leaderNominated')).toEqual(
      expect.objectContaining({ by: PEOPLE.director.name, reason: 'Demonstrationsdata' }),
    );
  });

  it("keeps a rejected nominee's decision in decisions after a new nominee is appointed", async () => {
    const n = await h.arrange(welfare, 'leaderNominated');
    await h.run('headsForum', n.id, { type: 'decideLeader', outcome: 'reject', reason: 'Lene har for travlt' });
    await h.run('director', n.id, { type: 'nominateLeader', person: PEOPLE.participant });
    await h.run('headsForum', n.id, { type: 'decideLeader', outcome: 'approve' });

    const view = (await h.call('GET', `/api/networks/${n.id}`, { as: 'director' })).body as unknown as NetworkViewDto;
    // The network keeps only the newest leader decision; the rejected one comes from the audit trail.
    expect(
      view.decisions.filter((d) => d.kind === 'leader').map((d) => [d.outcome, d.subject, d.by, d.reason]),
    ).toEqual([
      ['reject', PEOPLE.leader.name, PEOPLE.headsForum.name, 'Lene har for travlt'],
      ['approve', PEOPLE.participant.name, PEOPLE.headsForum.name, null],
    ]);
    // Who was nominated and not appointed is a personnel matter: the originator reads the decisions, not the names.
    const theirs = (await h.call('GET', `/api/networks/${n.id}`, { as: 'originator' }))
      .body as unknown as NetworkViewDto;
    expect(theirs.decisions.filter((d) => d.kind === 'leader').map((d) => [d.outcome, d.subject])).toEqual([
      ['reject', null],
      ['approve', null],
    ]);
  });
});
