import { InMemoryPartitionStore } from '../storage/in-memory-partition-store';
import type { PartitionStore } from '../storage/partition-store';
import { serviceOn } from '../testing/service-fixtures';
import { PEOPLE, TYPE_CASES } from '../testing/domain-fixtures';
import { personKey } from '../domain/types';

/** A store whose writes to the networks table fail (not a conflict: the storage itself is down). */
class FailingNetworkWrites extends InMemoryPartitionStore implements PartitionStore {
  failing = false;
  override async transact(...args: Parameters<PartitionStore['transact']>) {
    if (this.failing && args[0] === 'networks') throw new Error('storage unavailable');
    return super.transact(...args);
  }
}

describe('a leader reservation when storage fails (issue 10, finding 8)', () => {
  it('is released when saving the network fails with anything but a conflict', async () => {
    const store = new FailingNetworkWrites();
    const s = await serviceOn(store);
    await s.networkAtStage(TYPE_CASES[2]!, 'leaderNominated', 'reserveret');
    const leader = personKey(PEOPLE.leader);
    expect((await s.leaders.read(leader)).networkIds).not.toContain('reserveret');
    store.failing = true;
    await expect(s.exec('headsForum', 'reserveret', { type: 'decideLeader', outcome: 'approve' })).rejects.toThrow(
      'storage unavailable',
    );
    expect((await s.leaders.read(leader)).networkIds).not.toContain('reserveret');
    // Once storage is back, the same decision goes through and the leader is counted for the network.
    store.failing = false;
    await s.must('headsForum', 'reserveret', { type: 'decideLeader', outcome: 'approve' });
    expect((await s.leaders.read(leader)).networkIds).toContain('reserveret');
  });
});
