import { CountingPartitionStore } from './counting-partition-store';
import { InMemoryPartitionStore } from './in-memory-partition-store';
import { answerOf, describeMeetingTallyContract, networkWithParticipants, openMeeting } from './meeting-tally.contract';
import { serviceOn } from '../testing/service-fixtures';

describeMeetingTallyContract('in-memory', () => new InMemoryPartitionStore());

describe("the tab's reflections of a network: storage round trips", () => {
  /** A network of 40 participants whose 5 meetings each got `perMeeting` answers, every one with a comment. */
  async function counted(networkId: string, perMeeting: number) {
    let calls = 0;
    const store = new CountingPartitionStore(new InMemoryPartitionStore(), () => (calls += 1));
    const s = await serviceOn(store);
    const people = await networkWithParticipants(s, networkId, 40);
    const meetings = ['m0', 'm1', 'm2', 'm3', 'm4'];
    for (const m of meetings) {
      await openMeeting(s, networkId, m);
      for (const [i, p] of people.slice(0, perMeeting).entries())
        await s.must(p, networkId, { ...answerOf(i, 'Godt møde'), meetingId: m });
    }
    const count = async (comments: boolean) => {
      calls = 0;
      const reflections = await s.networks.meetingReflections(networkId, meetings, { comments });
      return { calls, answered: [...reflections.values()].map((r) => r.tally.count) };
    };
    return { overview: await count(false), view: await count(true) };
  }

  it('is the same for 5 and for 40 answers per meeting', async () => {
    const five = await counted('five', 5);
    const forty = await counted('forty', 40);
    expect(five.overview.answered).toEqual([5, 5, 5, 5, 5]);
    expect(forty.overview.answered).toEqual([40, 40, 40, 40, 40]);
    // The overview reads the tallies only; the network view also the commented answers, in one more query.
    expect(five.overview.calls).toBe(1);
    expect(forty.overview.calls).toBe(1);
    expect(five.view.calls).toBe(2);
    expect(forty.view.calls).toBe(2);
  });
});
