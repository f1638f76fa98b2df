import type { Meeting } from './network';
import { expectedReflections, expectedReflectorKeys, reflectionComplete, reflectorKeys } from './reflectors';
import { networkAt, PEOPLE, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';
import { personKey } from './types';

describe('who is asked to reflect (one rule, issue 12)', () => {
  const network = networkAt(new TestWorld(), TYPE_CASES[2]!, 'active', 'n1');
  const meeting = (attendeeKeys?: string[]): Meeting => ({
    id: 'm1',
    title: 'Møde',
    status: 'reflectionOpen',
    anonymous: false,
    linkedBy: { by: PEOPLE.leader, at: '2026-12-01T10:00:00.000Z' },
    chatId: '19:meeting_x@thread.v2',
    ...(attendeeKeys ? { attendeeKeys } : {}),
  });

  it('asks the leader and the accepted internal participants, once each', () => {
    const keys = reflectorKeys(network);
    expect(keys).toContain(personKey(PEOPLE.leader));
    expect(keys).toContain(personKey(PEOPLE.participant));
    expect(new Set(keys).size).toBe(keys.length);
    const invitedOnly = {
      ...network,
      participants: network.participants.map((p) => ({ ...p, status: 'invited' as const })),
    };
    expect(reflectorKeys(invitedOnly as typeof network)).toEqual([personKey(PEOPLE.leader)]);
  });

  it("takes the meeting's attendees when Teams told us who was there", () => {
    expect(expectedReflectorKeys(network, meeting(['a', 'b']))).toEqual(['a', 'b']);
    expect(expectedReflections(network, meeting(['a', 'b']))).toBe(2);
    expect(expectedReflections(network, meeting())).toBe(reflectorKeys(network).length);
  });

  it("prefers who attended (Teams' participant events) to the chat's roster, left early or not", () => {
    const attended: Meeting = {
      ...meeting(['a', 'b', 'c']),
      attendance: [
        { personKey: 'a', joinedAt: '2026-12-01T10:00:00.000Z' },
        { personKey: 'c', joinedAt: '2026-12-01T10:01:00.000Z', leftAt: '2026-12-01T10:30:00.000Z' },
      ],
    };
    expect(expectedReflectorKeys(network, attended)).toEqual(['a', 'c']);
  });

  it('is complete when open, the meeting has ended and everyone asked has answered', () => {
    const ended = { ...meeting(), endedAt: '2026-12-01T11:00:00.000Z' };
    const expected = expectedReflections(network, ended);
    const withMeeting = (m: Meeting) => ({ ...network, meetings: [m] });
    expect(reflectionComplete(withMeeting(ended), 'm1', expected)).toBe(true);
    expect(reflectionComplete(withMeeting(ended), 'm1', expected - 1)).toBe(false);
    // Started in the meeting and not yet ended: someone may still join and answer.
    expect(reflectionComplete(withMeeting(meeting()), 'm1', expected)).toBe(false);
    expect(reflectionComplete(withMeeting({ ...ended, status: 'reflectionClosed' }), 'm1', expected)).toBe(false);
    expect(reflectionComplete(withMeeting(ended), 'other', expected)).toBe(false);
  });
});
