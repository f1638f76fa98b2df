import { networkHistory } from './common';
import { decisionLog } from '../../domain/decision-log';
import { actor, MEETING_DATE, networkAt, PEOPLE, TestWorld, TYPE_CASES } from '../../testing/domain-fixtures';

const [POLITICAL, , WELFARE] = TYPE_CASES;

describe('decisionLog and the card history', () => {
  it('logs a dispensation with its reason, and the card history shows it', () => {
    const world = new TestWorld();
    const approved = networkAt(world, WELFARE!, 'approved');
    const nominated = world.must(
      approved,
      actor('director'),
      { type: 'nominateLeader', person: PEOPLE.leader, overrideReason: 'Lene afslutter snart et andet netværk' },
      2,
    );
    expect(decisionLog(nominated).find((d) => d.kind === 'dispensation')).toEqual(
      expect.objectContaining({ by: PEOPLE.director, reason: 'Lene afslutter snart et andet netværk' }),
    );
    expect(networkHistory(nominated, 'da').join('\n')).toContain(
      'Netværksleder indstillet: Lene Leder (dispensation: Lene afslutter snart et andet netværk)',
    );
  });

  it("records a meeting's decision with the body and the date", () => {
    const world = new TestWorld();
    const approved = networkAt(world, POLITICAL!, 'approved');
    expect(decisionLog(approved).find((d) => d.kind === 'decision')).toEqual(
      expect.objectContaining({ body: 'politicalCommittee', meetingDate: MEETING_DATE, by: PEOPLE.politician }),
    );
  });
});
