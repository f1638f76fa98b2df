import { domainError } from '../errors';
import type { Attendance, Meeting } from '../network';
import { type Handler, ok, stampOf } from '../outcome';
import { reflectorKeys } from '../reflectors';
import { withMeeting } from './meeting.handlers';

/**
 * The leader starts the meeting's reflection while everyone is still there: it opens now (anonymity fixed now,
 * as at the end) and its card goes to the meeting chat. Starting it twice, or after the meeting, changes nothing.
 */
export const startReflection: Handler<'startReflection'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  if (meeting.status !== 'scheduled') return ok(network);
  const started: Meeting = {
    ...meeting,
    status: 'reflectionOpen',
    anonymous: network.settings.anonymousReflections,
    reflectionStarted: stampOf(ctx),
  };
  return ok(withMeeting(network, started), { type: 'reflectionStarted', data: { meetingId: meeting.id } });
};

/** Today's agenda and the decisions and open actions, kept with the meeting; an empty text clears it. */
export const writeMeetingNotes: Handler<'writeMeetingNotes'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  const next: Meeting = { ...meeting };
  const changed: string[] = [];
  for (const field of ['agenda', 'decisions'] as const) {
    const text = command[field];
    if (text === undefined || text === (meeting[field]?.text ?? '')) continue;
    changed.push(field);
    if (text) next[field] = { text, by: stampOf(ctx) };
    else delete next[field];
  }
  if (changed.length === 0) return ok(network);
  return ok(withMeeting(network, next), {
    type: 'meetingNotesWritten',
    data: { meetingId: meeting.id, fields: changed },
  });
};

/**
 * Teams' join and leave events. Only the network's own people are kept (the leader and its accepted internal
 * participants: those who may reflect), by person key; anyone else in the meeting is none of the network's
 * business. Someone who left still attended: a leave only notes the time.
 */
export const recordAttendance: Handler<'recordAttendance'> = (network, command, ctx) => {
  const meeting = network.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return domainError('MEETING.NOT_FOUND');
  const members = new Set(reflectorKeys(network));
  const at = stampOf(ctx).at;
  const byKey = new Map((meeting.attendance ?? []).map((a) => [a.personKey, a]));
  let joined = 0;
  let left = 0;
  for (const key of new Set(command.joined)) {
    if (!members.has(key)) continue;
    const known = byKey.get(key);
    if (known && !known.leftAt) continue;
    // Back after leaving: still one entry, from the first join, present again.
    byKey.set(key, known ? { personKey: key, joinedAt: known.joinedAt } : { personKey: key, joinedAt: at });
    joined++;
  }
  for (const key of new Set(command.left)) {
    const known = byKey.get(key);
    if (!known || known.leftAt) continue;
    byKey.set(key, { ...known, leftAt: at });
    left++;
  }
  if (joined === 0 && left === 0) return ok(network);
  const attendance: Attendance[] = [...byKey.values()];
  return ok(withMeeting(network, { ...meeting, attendance }), {
    type: 'attendanceRecorded',
    data: { meetingId: meeting.id, joined, left },
  });
};
