import { randomUUID } from 'node:crypto';
import type { Command } from '../domain/commands';
import { decide } from '../domain/decide';
import type { Decided } from '../domain/outcome';
import { parseCommand } from '../domain/parse-command';
import { actor, TYPE_CASES } from '../testing/domain-fixtures';
import { serviceOn } from '../testing/service-fixtures';
import { partitionKey } from './keys';
import type { PartitionStore } from './partition-store';
import { RowLinks } from './row-links';
import { ConcurrencyError } from './storage-errors';

const WELFARE = TYPE_CASES[2]!;

/** The meeting and channel links follow the network's changes: written by its save, never beside it. */
export function describeLinkIndexContract(name: string, makeStore: () => PartitionStore): void {
  describe(`${name}: meeting and channel links are written with the network's change`, () => {
    const indexRows = async (store: PartitionStore, kind: 'meeting-link' | 'channel-link') =>
      (await store.range('directory', kind, '', '\u007f')).map((r) => [r.rowKey, r.properties.networkId]);

    it('leaves no link when the save fails, and exactly one when it succeeds', async () => {
      const store = makeStore();
      const { must, networkAtStage, networks, world } = await serviceOn(store);
      const links = new RowLinks(store);
      await networkAtStage(WELFARE, 'active', 'linked');
      const stale = (await networks.load('linked'))!;
      await must('leader', 'linked', { type: 'linkMeeting', meetingId: 'first', title: 'Møde 1' });
      const late = decide(
        stale.network,
        parseCommand({
          type: 'linkMeeting',
          commandId: randomUUID(),
          networkId: 'linked',
          meetingId: 'second',
          title: 'Møde 2',
        }) as Command,
        world.context(actor('leader')),
      ) as Decided;
      await expect(networks.save(late, stale, 'linkMeeting')).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await links.networkForMeeting('second')).toBeNull();
      expect(await indexRows(store, 'meeting-link')).toEqual([[partitionKey('first'), 'linked']]);

      await must('leader', 'linked', { type: 'linkMeeting', meetingId: 'second', title: 'Møde 2' });
      expect(await links.networkForMeeting('second')).toBe('linked');
      expect(await indexRows(store, 'meeting-link')).toEqual([
        [partitionKey('first'), 'linked'],
        [partitionKey('second'), 'linked'],
      ]);
    });

    it('finds a meeting whose index row was never written (a stop after the save) and writes it', async () => {
      const store = makeStore();
      const { must, networkAtStage } = await serviceOn(store);
      await networkAtStage(WELFARE, 'active', 'recovered');
      await must('leader', 'recovered', { type: 'linkMeeting', meetingId: 'lost', title: 'Møde' });
      await store.transact('directory', 'meeting-link', [{ kind: 'delete', rowKey: partitionKey('lost') }]);
      expect(await new RowLinks(store).networkForMeeting('lost')).toBe('recovered');
      expect(await indexRows(store, 'meeting-link')).toEqual([[partitionKey('lost'), 'recovered']]);
      expect(await new RowLinks(store).networkForMeeting('never-linked')).toBeNull();
    });

    it("moves a channel's link with the settings, and finds it from the network when the index lacks it", async () => {
      const store = makeStore();
      const { must, networkAtStage } = await serviceOn(store);
      const links = new RowLinks(store);
      await networkAtStage(WELFARE, 'active', 'channelled');
      await must('leader', 'channelled', { type: 'updateSettings', channelId: '19:one@thread.tacv2' });
      expect(await links.networkForChannel('19:one@thread.tacv2')).toBe('channelled');
      await must('leader', 'channelled', { type: 'updateSettings', channelId: '19:two@thread.tacv2' });
      expect(await indexRows(store, 'channel-link')).toEqual([[partitionKey('19:two@thread.tacv2'), 'channelled']]);
      expect(await links.networkForChannel('19:one@thread.tacv2')).toBeNull();
      await store.transact('directory', 'channel-link', [
        { kind: 'delete', rowKey: partitionKey('19:two@thread.tacv2') },
      ]);
      expect(await links.networkForChannel('19:two@thread.tacv2')).toBe('channelled');
    });
  });
}
