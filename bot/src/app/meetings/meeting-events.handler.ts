import { reflectorKeys } from '@netvaerk/shared/domain/reflectors';
import type { Network } from '@netvaerk/shared/domain/network';
import { createHash, randomUUID } from 'node:crypto';
import type { NetworkService } from '@netvaerk/shared/app/network-service';
import type { Directory } from '@netvaerk/shared/domain/directory';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import type { NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, personKey } from '@netvaerk/shared/domain/types';
import type { MeetingLinks } from '@netvaerk/shared/domain/repository';
import type { Logger } from '../../logger';
import type { Incoming } from '../incoming';
import type { Messenger } from '../messenger';
import { closeWhenEveryoneAnswered } from '../reflection-completion';
import {
  MEETING_END,
  MEETING_START,
  PARTICIPANT_JOIN,
  PARTICIPANT_LEAVE,
  parseMeetingEventValue,
  participantObjectIds,
} from './meeting-event';

const HANDLED = new Set([MEETING_START, MEETING_END, PARTICIPANT_JOIN, PARTICIPANT_LEAVE]);

const idOf = (kind: string, meetingId: string) =>
  `meeting-${kind}-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`;

/**
 * Meeting start, end and participant join/leave from Teams. The meeting is found by its id
 * (channelData.meeting.id, not the chat's id) among linked meetings, or, for a channel meeting, by its channel.
 * Join and leave record who of the network attended; meeting end records who was in the meeting chat and opens
 * the reflection (the card is posted by the outbox at once), unless the leader started it in the meeting: then
 * the end only starts the reminder clock. Teams redelivering an event changes nothing: the command ids come
 * from the meeting (start, end) or the activity (join, leave).
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
    if (!HANDLED.has(name)) return;
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
    const result = await this.deps.service.execute(
      await this.commandFor(name, incoming, snapshot.network, networkId, meetingId, value.title),
      system,
    );
    if (isDomainError(result)) return log.warn({ code: result.code }, 'meeting event refused');
    log.info({ networkId, replayed: result.replayed }, 'meeting event handled');
    const meeting = result.network.meetings.find((m) => m.id === meetingId);
    if (name === MEETING_END && meeting?.reflectionStarted) {
      // Everyone may have answered during the meeting: the reflection closes (and the leader's summary goes) now.
      const answers = await this.deps.networks.reflectionAnswers(networkId, meetingId);
      await closeWhenEveryoneAnswered(this.deps.service, result.network, meetingId, answers.length);
    }
  }

  private async commandFor(
    name: string,
    incoming: Incoming,
    network: Network,
    networkId: string,
    meetingId: string,
    title: string,
  ): Promise<Record<string, unknown>> {
    const base = { networkId, meetingId };
    if (name === PARTICIPANT_JOIN || name === PARTICIPANT_LEAVE) {
      const keys = participantObjectIds(incoming.value).map((objectId) =>
        personKey({ tenantId: incoming.tenantId, objectId }),
      );
      return {
        ...base,
        type: 'recordAttendance',
        commandId: idOf('attendance', `${meetingId}/${incoming.activityId || randomUUID()}`),
        ...(name === PARTICIPANT_JOIN ? { joined: keys } : { left: keys }),
      };
    }
    if (name === MEETING_START)
      return { ...base, type: 'noteMeetingStarted', commandId: idOf('start', meetingId), ...(title ? { title } : {}) };
    return {
      ...base,
      type: 'endMeeting',
      commandId: idOf('end', meetingId),
      attendeeKeys: await this.attendees(incoming, network),
      ...(title ? { title } : {}),
    };
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
