import type { MeetingLinks } from '../domain/repository';
import { partitionKey } from './keys';
import type { PartitionStore } from './partition-store';
import { LINK_ROW } from './directory-row-kinds';

const MEETINGS = 'meeting-link';
const CHANNELS = 'channel-link';

/**
 * Which network a Teams meeting or channel belongs to, so a meeting event (which names only the meeting and its
 * chat) finds its network with one read. Written when a meeting or channel is linked; the network itself keeps
 * the authoritative link (its meetings and settings.channelId).
 */
export class RowLinks implements MeetingLinks {
  constructor(private readonly store: PartitionStore) {}

  private async get(kind: string, id: string): Promise<string | null> {
    const row = await this.store.get('directory', kind, partitionKey(id));
    return row ? LINK_ROW.read(row.properties, row.rowKey).networkId : null;
  }

  private async set(kind: string, id: string, networkId: string): Promise<void> {
    await this.store.transact('directory', kind, [
      { kind: 'upsert', rowKey: partitionKey(id), properties: LINK_ROW.write({ networkId }) },
    ]);
  }

  networkForMeeting(meetingId: string): Promise<string | null> {
    return this.get(MEETINGS, meetingId);
  }

  linkMeeting(meetingId: string, networkId: string): Promise<void> {
    return this.set(MEETINGS, meetingId, networkId);
  }

  networkForChannel(channelId: string): Promise<string | null> {
    return this.get(CHANNELS, channelId);
  }

  linkChannel(channelId: string, networkId: string): Promise<void> {
    return this.set(CHANNELS, channelId, networkId);
  }
}
