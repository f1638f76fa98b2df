import type { EventDraft } from '../domain/outcome';
import type { MeetingLinks, NetworkSnapshot } from '../domain/repository';
import type { Network } from '../domain/network';
import { LINK_ROW } from './directory-row-kinds';
import { decodeKeyPart, NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } from './keys';
import type { PartitionStore } from './partition-store';

const MEETINGS = 'meeting-link';
const CHANNELS = 'channel-link';

/**
 * Which network a Teams meeting or channel belongs to, so a meeting event (which names only the meeting and its
 * chat) finds its network with one read. The authoritative link is the network's own: its meeting row (keyed by
 * the meeting's id) and its main row's `channelId` column, written in the network's transaction. This index, in
 * another table, is kept by the network repository's save from the same change (`updateLinkIndex`), after that
 * transaction: a failed save leaves no link. Should the process stop between the two, a lookup that misses the
 * index finds the link in the networks table (one query across partitions) and writes the index row again.
 */
export class RowLinks implements MeetingLinks {
  constructor(private readonly store: PartitionStore) {}

  private async indexed(kind: string, id: string): Promise<string | null> {
    const row = await this.store.get('directory', kind, partitionKey(id));
    return row ? LINK_ROW.read(row.properties, row.rowKey).networkId : null;
  }

  private async repaired(kind: string, id: string, partitionKeys: string[]): Promise<string | null> {
    const first = [...partitionKeys].sort()[0];
    if (first === undefined) return null;
    const networkId = decodeKeyPart(first);
    await writeLink(this.store, kind, id, networkId);
    return networkId;
  }

  async networkForMeeting(meetingId: string): Promise<string | null> {
    const indexed = await this.indexed(MEETINGS, meetingId);
    if (indexed) return indexed;
    const rows = await this.store.rowsWithKey('networks', rowKey(NETWORK_ROWS.meeting, meetingId));
    return this.repaired(
      MEETINGS,
      meetingId,
      rows.map((r) => r.partitionKey),
    );
  }

  async networkForChannel(channelId: string): Promise<string | null> {
    const indexed = await this.indexed(CHANNELS, channelId);
    if (indexed) return indexed;
    const main = NETWORK_ROWS.main;
    const rows = await this.store.scan('networks', main, prefixUpperBound(main), {
      column: 'channelId',
      equals: channelId,
    });
    return this.repaired(
      CHANNELS,
      channelId,
      rows.filter((r) => r.rowKey === main).map((r) => r.partitionKey),
    );
  }
}

function writeLink(store: PartitionStore, kind: string, id: string, networkId: string): Promise<unknown> {
  return store.transact('directory', kind, [
    { kind: 'upsert', rowKey: partitionKey(id), properties: LINK_ROW.write({ networkId }) },
  ]);
}

/**
 * Brings the index up to date with a change the network's transaction has just written: a linked meeting gets
 * its row, a channel set in the settings its row (and the channel it replaces loses the row, if it was this
 * network's). Driven by the change's events, so whatever links a meeting (a card, the tab, a channel meeting's
 * start) keeps the index without knowing of it.
 */
export async function updateLinkIndex(
  store: PartitionStore,
  network: Network,
  events: readonly EventDraft[],
  before: NetworkSnapshot | null,
): Promise<void> {
  for (const event of events) {
    if (event.type === 'meetingLinked') await writeLink(store, MEETINGS, event.data.meetingId, network.id);
  }
  if (!events.some((e) => e.type === 'settingsUpdated')) return;
  const channel = network.settings.channelId;
  const previous = before?.network.settings.channelId ?? null;
  if (channel === previous) return;
  if (channel) await writeLink(store, CHANNELS, channel, network.id);
  if (previous) {
    const row = await store.get('directory', CHANNELS, partitionKey(previous));
    if (row && LINK_ROW.read(row.properties, row.rowKey).networkId === network.id) {
      await store.transact('directory', CHANNELS, [{ kind: 'delete', rowKey: row.rowKey }]);
    }
  }
}
