import { purgeNetwork } from '../../shared/src/records/retention-purge';
import {
  actor,
  networkAt,
  PEOPLE,
  SYSTEM_ACTOR,
  TestWorld,
  TYPE_CASES,
} from '../../shared/src/testing/domain-fixtures';
import { personKey } from '../../shared/src/domain/types';

describe('retention of what the meeting side panel kept (issue 14)', () => {
  it('deletes attendance identities, agenda and decision notes, and who started the reflection; counts stay', () => {
    const world = new TestWorld();
    let n = networkAt(world, TYPE_CASES[2]!, 'active', 'n1');
    n = world.must(n, actor('leader'), { type: 'linkMeeting', meetingId: 'm1', title: 'Møde', chatId: '' });
    n = world.must(n, actor('leader'), {
      type: 'writeMeetingNotes',
      meetingId: 'm1',
      agenda: 'Pia fortæller',
      decisions: 'Pia Deltager skriver til skolen',
    });
    n = world.must(n, SYSTEM_ACTOR, {
      type: 'recordAttendance',
      meetingId: 'm1',
      joined: [personKey(PEOPLE.leader), personKey(PEOPLE.participant)],
    });
    n = world.must(n, actor('leader'), { type: 'startReflection', meetingId: 'm1' });
    const purged = purgeNetwork(n).meetings[0]!;
    expect(purged.agenda).toBeUndefined();
    expect(purged.decisions).toBeUndefined();
    expect(purged.attendance).toHaveLength(2);
    const text = JSON.stringify(purged);
    for (const p of [PEOPLE.leader, PEOPLE.participant]) {
      expect(text).not.toContain(p.objectId);
      expect(text).not.toContain(p.name);
    }
  });
});
