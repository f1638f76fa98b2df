import { memberKeysOf } from './members';
import type { Meeting, Network } from './network';
import { personKey } from './types';

/**
 * Who is asked to reflect on a network's meetings when the meeting's own attendees are not known: the leader
 * and the accepted internal participants, as person keys (one rule for the cards, the scheduler, the reflection
 * handler, the meeting events and the tab; `mayReflect` in addressees.ts decides one person's answer).
 */
export function reflectorKeys(network: Pick<Network, 'participants' | 'leader'>): string[] {
  const keys = new Set<string>(memberKeysOf(network));
  if (network.leader) keys.add(personKey(network.leader));
  return [...keys];
}

/**
 * Who is asked to answer a meeting's reflection: the network's people who attended (Teams' participant join
 * events), else the meeting chat's members who may answer (its roster at the end), else the network's reflectors.
 * An attendee who left early still attended, and is asked.
 */
export function expectedReflectorKeys(network: Pick<Network, 'participants' | 'leader'>, meeting: Meeting): string[] {
  if (meeting.attendance?.length) return meeting.attendance.map((a) => a.personKey);
  return meeting.attendeeKeys?.length ? meeting.attendeeKeys : reflectorKeys(network);
}

/** The denominator of "7 af 12 har svaret". */
export function expectedReflections(network: Pick<Network, 'participants' | 'leader'>, meeting: Meeting): number {
  return expectedReflectorKeys(network, meeting).length;
}

/**
 * Whether a meeting's reflection is complete and may close at once: it is open, the meeting has ended (a
 * reflection started in the meeting stays open until then: someone may still join and answer), and at least
 * everyone asked has answered.
 */
export function reflectionComplete(
  network: Pick<Network, 'participants' | 'leader' | 'meetings'>,
  meetingId: string,
  answered: number,
): boolean {
  const meeting = network.meetings.find((m) => m.id === meetingId);
  if (meeting?.status !== 'reflectionOpen' || !meeting.endedAt) return false;
  return answered >= expectedReflections(network, meeting);
}
