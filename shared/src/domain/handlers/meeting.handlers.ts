import { mayReflect } from '../addressees';
import { domainError } from '../errors';
import type { Meeting, Network } from '../network';
import { actorRef, type DecideContext, type Handler, ok, stampOf, today } from '../outcome';
import type { Pseudonymiser } from '../ports';
import { type PersonRef, personKey } from '../types';

/** Whether the actor may answer reflections: an accepted participant (a guest within their period) or the leader. */
export function canReflect(network: Network, ctx: DecideContext): boolean {
  return mayReflect(network, ctx.actor, today(ctx));
}

/**
 * The key of a person's answer: their person key, or, for an anonymous meeting, a keyed hash that only stops
 * double answers. Either way one answer per person per meeting; answering again replaces it.
 */
export function reflectionAnswerKey(network: Network, meeting: Meeting, ctx: DecideContext): string {
  const [named, anonymous] = answerKeysOf(network.id, meeting.id, ctx.actor, ctx.pseudonymise);
  return meeting.anonymous ? anonymous : named;
}

/**
 * The two keys a person's answer to a meeting can be stored under: their person key, and (in an anonymous
 * meeting) its keyed hash. Known before the network is read, so the answer's own row is read with it.
 */
export function answerKeysOf(
  networkId: string,
  meetingId: string,
  actor: PersonRef,
  pseudonymise: Pseudonymiser,
): [named: string, anonymous: string] {
  const key = personKey(actor);
  return [key, pseudonymise(`${networkId}/${meetingId}`, key)];
}

export function withMeeting(network: Network, meeting: Meeting): Network {
  return { ...network, meetings: network.meetings.map((m) => (m.id === meeting.id ? meeting : m)) };
}

export const linkMeeting: Handler<'linkMeeting'> = (network, command, ctx) => {
  if (network.meetings.some((m) => m.id === command.meetingId)) return domainError('MEETING.ALREADY_LINKED');
  const meeting: Meeting = {
    id: command.meetingId,
    title: command.title,
    status: 'scheduled',
    anonymous: network.settings.anonymousReflections,
    linkedBy: stampOf(ctx),
    chatId: command.chatId,
  };
  return ok(
    { ...network, meetings: [...network.meetings, meeting] },
    { type: 'meetingLinked', data: { meetingId: meeting.id, title: meeting.title } },
  );
};

export const endMeeting: Handler<'endMeeting'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  // Teams may deliver the meeting-end event more than once: only the first counts.
  if (meeting.endedAt || (meeting.status !== 'scheduled' && !meeting.reflectionStarted)) return ok(network);
  // A reflection the leader started in the meeting is open already and its card was posted then: the end only
  // starts the clock for the reminder and the summary (both count from `endedAt`).
  const startedEarly = meeting.status !== 'scheduled';
  const ended: Meeting = {
    ...meeting,
    status: startedEarly ? meeting.status : 'reflectionOpen',
    anonymous: startedEarly ? meeting.anonymous : network.settings.anonymousReflections,
    endedAt: stampOf(ctx).at,
    // Teams names the meeting in its events; a meeting linked by hand may only have had a placeholder title.
    ...(command.title ? { title: command.title } : {}),
    ...(command.attendeeKeys ? { attendeeKeys: [...new Set(command.attendeeKeys)] } : {}),
  };
  return ok(withMeeting(network, ended), {
    type: 'meetingEnded',
    data: { meetingId: meeting.id, cardPosted: startedEarly },
  });
};

export const answerReflection: Handler<'answerReflection'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  if (meeting.status !== 'reflectionOpen') return domainError('REFLECTION.NOT_OPEN');
  if (!canReflect(network, ctx)) return domainError('REFLECTION.NOT_PARTICIPANT');
  const key = reflectionAnswerKey(network, meeting, ctx);
  const answer = {
    meetingId: meeting.id,
    value: command.value,
    valueComment: command.valueComment ?? '',
    workingWell: command.workingWell,
    workingWellComment: command.workingWellComment ?? '',
    changeForm: command.changeForm,
    suggestion: command.suggestion ?? '',
    // An anonymous answer keeps only its day: an exact time could be matched against other rows.
    answeredAt: meeting.anonymous ? today(ctx) : stampOf(ctx).at,
    // Never store who answered an anonymous reflection, not even as a name.
    person: meeting.anonymous ? null : actorRef(ctx.actor),
  };
  // The network entity is unchanged: answers are rows of their own, so 50 people can answer at once.
  return ok(network, {
    type: 'reflectionAnswered',
    data: { meetingId: meeting.id },
    row: { kind: 'reflection', keyParts: [meeting.id, key], value: answer },
    anonymous: meeting.anonymous,
  });
};

export const closeReflection: Handler<'closeReflection'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  if (meeting.status === 'reflectionClosed') return ok(network);
  if (meeting.status !== 'reflectionOpen') return domainError('REFLECTION.NOT_OPEN');
  return ok(withMeeting(network, { ...meeting, status: 'reflectionClosed', closedAt: stampOf(ctx).at }), {
    type: 'reflectionClosed',
    data: { meetingId: meeting.id },
  });
};

/** Meeting start: recorded once, so the network's optional goal reminder is posted once. */
export const noteMeetingStarted: Handler<'noteMeetingStarted'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  if (meeting.startedAt) return ok(network);
  return ok(
    withMeeting(network, {
      ...meeting,
      startedAt: stampOf(ctx).at,
      ...(command.title ? { title: command.title } : {}),
    }),
    {
      type: 'meetingStarted',
      data: { meetingId: meeting.id, goalReminder: network.settings.meetingStartMessage === 'goalReminder' },
    },
  );
};

/** One gentle reminder per meeting to those who haven't answered (found by the caller: answers are rows). */
export const remindNonResponders: Handler<'remindNonResponders'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  if (meeting.status !== 'reflectionOpen') return domainError('REFLECTION.NOT_OPEN');
  if (meeting.remindedAt) return ok(network);
  // Who is reminded is worked out when the reminders are sent and never stored: with the attendees it would
  // name who answered (issue 13, point 8). The event keeps the count.
  return ok(withMeeting(network, { ...meeting, remindedAt: stampOf(ctx).at }), {
    type: 'reflectionRemindersSent',
    data: { meetingId: meeting.id, count: command.count },
  });
};
