import { isInvitee } from '../addressees';
import { domainError } from '../errors';
import type { Network, Participant } from '../network';
import { type Handler, ok, stampOf, today } from '../outcome';
import { samePerson } from '../types';

/** Guests are invited for a limited period: they need an end date, and it can't be in the past. */
function guestUntilError(role: 'participant' | 'guest', guestUntil: string | undefined, todayIso: string) {
  if (role !== 'guest') return null;
  if (!guestUntil) return domainError('PARTICIPANT.GUEST_END_REQUIRED');
  return guestUntil < todayIso ? domainError('PERIOD.INVALID') : null;
}

export const inviteParticipant: Handler<'inviteParticipant'> = (network, command, ctx) => {
  const broken = guestUntilError(command.role, command.guestUntil, today(ctx));
  if (broken) return broken;
  const existing = network.participants.find((p) => p.kind === 'internal' && samePerson(p.person, command.person));
  // Re-inviting someone who declined is allowed; anyone else is already in.
  if (existing && existing.status !== 'declined') {
    return domainError('PARTICIPANT.ALREADY_ADDED', { name: command.person.name });
  }
  const participant: Participant = {
    id: existing?.id ?? ctx.ids.next(),
    kind: 'internal',
    person: command.person,
    role: command.role,
    status: 'invited',
    ...(command.role === 'guest' && command.guestUntil ? { guestUntil: command.guestUntil } : {}),
    addedBy: stampOf(ctx),
  };
  const others = network.participants.filter((p) => p.id !== participant.id);
  return ok(
    { ...network, participants: [...others, participant] },
    { type: 'participantInvited', data: { participantId: participant.id, person: command.person, role: command.role } },
  );
};

export const addExternalParticipant: Handler<'addExternalParticipant'> = (network, command, ctx) => {
  const broken = guestUntilError(command.role, command.guestUntil, today(ctx));
  if (broken) return broken;
  const email = command.email.toLowerCase();
  if (network.participants.some((p) => p.kind === 'external' && p.email === email)) {
    return domainError('PARTICIPANT.ALREADY_ADDED', { name: command.name });
  }
  const participant: Participant = {
    id: ctx.ids.next(),
    kind: 'external',
    name: command.name,
    organisation: command.organisation,
    email,
    role: command.role,
    status: 'accepted',
    ...(command.role === 'guest' && command.guestUntil ? { guestUntil: command.guestUntil } : {}),
    addedBy: stampOf(ctx),
  };
  return ok(
    { ...network, participants: [...network.participants, participant] },
    {
      type: 'externalParticipantAdded',
      data: { participantId: participant.id, name: command.name, role: command.role },
    },
  );
};

export const respondToInvitation: Handler<'respondToInvitation'> = (network, command, ctx) => {
  const invitation = network.participants.find((p) => p.id === command.participantId);
  if (!invitation || invitation.kind !== 'internal') return domainError('PARTICIPANT.NOT_FOUND');
  if (!isInvitee(network, ctx.actor, invitation.id)) return domainError('PARTICIPANT.NOT_INVITED');
  const status = command.accept ? 'accepted' : 'declined';
  if (invitation.status === status) return ok(network);
  const updated: Participant = { ...invitation, status, respondedAt: stampOf(ctx).at };
  return ok(
    { ...network, participants: network.participants.map((p) => (p.id === updated.id ? updated : p)) },
    { type: command.accept ? 'invitationAccepted' : 'invitationDeclined', data: { participantId: updated.id } },
  );
};

export const removeParticipant: Handler<'removeParticipant'> = (network, command) => {
  const participant = network.participants.find((p) => p.id === command.participantId);
  if (!participant) return domainError('PARTICIPANT.NOT_FOUND');
  return ok(
    { ...network, participants: network.participants.filter((p) => p.id !== participant.id) },
    { type: 'participantRemoved', data: { participantId: participant.id } },
  );
};

/** Those who said yes (and external participants, who are added as accepted): the network's composition. */
export function acceptedParticipants(network: Network): Participant[] {
  return network.participants.filter((p) => p.status === 'accepted');
}

export const informHeadsForumOfComposition: Handler<'informHeadsForumOfComposition'> = (network, _c, ctx) => {
  const accepted = acceptedParticipants(network);
  if (accepted.length === 0) return domainError('PARTICIPANT.NONE_ACCEPTED');
  return ok(
    { ...network, phase: 'participantsRecruited', compositionInformed: stampOf(ctx) },
    { type: 'compositionInformed', data: { accepted: accepted.length } },
  );
};

export const holdKickoff: Handler<'holdKickoff'> = (network, command, ctx) =>
  ok(
    { ...network, phase: 'kickoffHeld', kickoff: { ...stampOf(ctx), heldOn: command.heldOn } },
    { type: 'kickoffHeld', data: { heldOn: command.heldOn } },
  );

export const updateSettings: Handler<'updateSettings'> = (network, command) => {
  const settings = {
    anonymousReflections: command.anonymousReflections ?? network.settings.anonymousReflections,
    meetingStartMessage: command.meetingStartMessage ?? network.settings.meetingStartMessage,
    channelId: command.channelId === undefined ? network.settings.channelId : command.channelId || null,
  };
  return ok({ ...network, settings }, { type: 'settingsUpdated', data: { ...settings } });
};
