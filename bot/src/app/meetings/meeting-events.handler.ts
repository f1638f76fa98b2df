import { reflectorKeys } from '@netvaerk/shared/domain/reflectors';
import type { Network } from '@netvaerk/shared/domain/network';
import { createHash } from 'node:crypto';
import type { NetworkService } from '@netvaerk/shared/app/network-service';
import type { Directory } from '@netvaerk/shared/domain/directory';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import type { NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, personKey } from '@netvaerk/shared/domain/types';
import type { MeetingLinks } from '@netvaerk/shared/domain/repository';
import type { Logger } from '../../logger';
import type { Incoming } from '../incoming';
import type { Messenger } from '../messenger';
import { MEETING_END, MEETING_START, parseMeetingEventValue } from './meeting-event';

const idOf = (kind: string, meetingId: string) =>
  `meeting-${kind}-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`;

/**
 * Meeting start and end from Teams. The meeting is found by its id (channelData.meeting.id, not the chat's id)
 * among linked meetings, or, for a channel meeting, by its channel. Meeting end records who was in the meeting
 * chat and opens the reflection; the card is posted by the outbox at once. Teams redelivering the event changes
 * nothing: the command ids come from the meeting.
 */
export class MeetingEventsHandler {
  constructor(
    private readonly deps: {
      service: NetworkService;
      networks: NetworkRepository;
      links: MeetingLinks;
      directory: Directory;
      messenger: Messenger;
      logger: Logger;
    },
  ) {}

  async handle(incoming: Incoming, name: string): Promise<void> {
    if (name !== MEETING_START && name !== MEETING_END) return;
    const value = parseMeetingEventValue(incoming.value);
    const meetingId = incoming.meetingId || value.id;
    const log = this.deps.logger.child({ meetingId, event: name, conversationId: incoming.conversation.id });
    if (!meetingId) return log.warn('meeting event without a meeting id');
    const system: Actor = {
      tenantId: incoming.tenantId,
      objectId: 'system',
      name: 'Netværk for Teams',
      surface: 'system',
      isSystem: true,
    };
    // The meeting chat is where the reflection card goes: remember how to reach it.
    await this.deps.directory.rememberConversation({
      conversationId: incoming.conversation.id,
      name: value.title || incoming.conversation.name,
      serviceUrl: incoming.serviceUrl,
      tenantId: incoming.tenantId,
      conversationType: incoming.conversation.type || 'meeting',
      teamId: incoming.conversation.teamId,
    });
    const networkId =
      (await this.deps.links.networkForMeeting(meetingId)) ??
      (incoming.teamsChannelId ? await this.deps.links.networkForChannel(incoming.teamsChannelId) : null);
    if (!networkId) return log.info('meeting not linked to a network; nothing to do');
    const snapshot = await this.deps.networks.load(networkId);
    if (!snapshot) return log.warn({ networkId }, 'linked network is gone');
    if (!snapshot.network.meetings.some((m) => m.id === meetingId)) {
      // A channel meeting in the network's channel belongs to it automatically.
      const linked = await this.deps.service.execute(
        {
          type: 'linkMeeting',
          commandId: idOf('link', meetingId),
          networkId,
          meetingId,
          title: value.title || incoming.conversation.name || 'Møde',
          chatId: incoming.conversation.id,
        },
        system,
      );
      if (isDomainError(linked)) return log.warn({ code: linked.code }, 'could not link the channel meeting');
    }
    const result =
      name === MEETING_START
        ? await this.deps.service.execute(
            {
              type: 'noteMeetingStarted',
              commandId: idOf('start', meetingId),
              networkId,
              meetingId,
              ...(value.title ? { title: value.title } : {}),
            },
            system,
          )
        : await this.deps.service.execute(
            {
              type: 'endMeeting',
              commandId: idOf('end', meetingId),
              networkId,
              meetingId,
              attendeeKeys: await this.attendees(incoming, snapshot.network),
              ...(value.title ? { title: value.title } : {}),
            },
            system,
          );
    if (isDomainError(result)) log.warn({ code: result.code }, 'meeting event refused');
    else log.info({ networkId, replayed: result.replayed }, 'meeting event handled');
  }

  /** Members of the meeting chat (paged) who may answer: the network's accepted participants and its leader. */
  private async attendees(
    incoming: Incoming,
    network: Pick<Network, 'participants' | 'leader'>,
  ): Promise<string[] | undefined> {
    try {
      const members = await this.deps.messenger.members(incoming.serviceUrl, incoming.conversation.id);
      const eligible = new Set(reflectorKeys(network));
      return members
        .map((m) => personKey({ tenantId: incoming.tenantId, objectId: m.aadObjectId }))
        .filter((k) => eligible.has(k));
    } catch (error) {
      // Without the roster the count falls back to the network's participants; the card still goes out.
      this.deps.logger.warn({ err: error }, 'could not read the meeting roster');
      return undefined;
    }
  }
}
