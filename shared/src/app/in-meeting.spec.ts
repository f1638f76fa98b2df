import { notificationsFor } from './notifications';
import { actor, networkAt, PEOPLE, SYSTEM_ACTOR, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';
import { isDomainError } from '../domain/errors';
import type { Network } from '../domain/network';
import { expectedReflectorKeys } from '../domain/reflectors';
import { personKey } from '../domain/types';

/** The issue 14 commands: the reflection started in the meeting, the agenda, attendance. */
describe('in-meeting facilitation', () => {
  const world = new TestWorld();
  const linked = (): Network =>
    world.must(networkAt(world, TYPE_CASES[2]!, 'active', 'n1'), actor('leader'), {
      type: 'linkMeeting',
      meetingId: 'm1',
      title: 'Møde 1',
      chatId: '19:meeting_m1@thread.v2',
    });
  const chatCards = (network: Network, result: ReturnType<TestWorld['run']>) =>
    isDomainError(result)
      ? []
      : notificationsFor(result.events, network, world.config).filter(
          (d) => d.target.kind === 'conversation' && d.view.type === 'reflection' && d.view.variant === 'card',
        );

  it('opens the reflection when the leader starts it and posts its card once; the end posts none but sets the clock', () => {
    const started = world.run(linked(), actor('leader', 'tab'), { type: 'startReflection', meetingId: 'm1' });
    if (isDomainError(started)) throw new Error(started.code);
    const open = started.network.meetings[0]!;
    expect(open).toEqual(expect.objectContaining({ status: 'reflectionOpen', reflectionStarted: expect.anything() }));
    expect(open.endedAt).toBeUndefined();
    expect(chatCards(started.network, started)).toHaveLength(1);
    // A second press changes nothing.
    expect(world.run(started.network, actor('leader'), { type: 'startReflection', meetingId: 'm1' })).toEqual(
      expect.objectContaining({ events: [] }),
    );
    const ended = world.run(started.network, SYSTEM_ACTOR, { type: 'endMeeting', meetingId: 'm1' });
    if (isDomainError(ended)) throw new Error(ended.code);
    expect(ended.network.meetings[0]!.endedAt).toBe(world.now.toISOString());
    expect(ended.events.map((e) => [e.type, e.type === 'meetingEnded' ? e.data.cardPosted : undefined])).toEqual([
      ['meetingEnded', true],
    ]);
    expect(chatCards(ended.network, ended)).toHaveLength(0);
    // Redelivered: nothing more.
    expect(world.run(ended.network, SYSTEM_ACTOR, { type: 'endMeeting', meetingId: 'm1' })).toEqual(
      expect.objectContaining({ events: [] }),
    );
  });

  it('still posts the card at the end of a meeting whose reflection was not started', () => {
    const network = linked();
    const ended = world.run(network, SYSTEM_ACTOR, { type: 'endMeeting', meetingId: 'm1' });
    expect(chatCards(network, ended)).toHaveLength(1);
  });

  it('lets only the leader start the reflection and write the agenda', () => {
    const network = linked();
    for (const type of ['startReflection', 'writeMeetingNotes'] as const) {
      const refused = world.run(network, actor('participant'), { type, meetingId: 'm1', agenda: 'x' });
      expect(isDomainError(refused) && refused.code).toBe('NETWORK.FORBIDDEN');
    }
  });

  it('keeps the agenda and decisions with the meeting, clears them with an empty text, and skips no-ops', () => {
    const written = world.must(linked(), actor('leader', 'tab'), {
      type: 'writeMeetingNotes',
      meetingId: 'm1',
      agenda: '1. Status\n2. Næste skridt',
      decisions: 'Pia skriver til skolerne',
    });
    expect(written.meetings[0]!.agenda).toEqual({ text: '1. Status\n2. Næste skridt', by: expect.anything() });
    expect(written.meetings[0]!.decisions?.text).toBe('Pia skriver til skolerne');
    const same = world.run(written, actor('leader'), {
      type: 'writeMeetingNotes',
      meetingId: 'm1',
      agenda: '1. Status\n2. Næste skridt',
    });
    expect(same).toEqual(expect.objectContaining({ events: [] }));
    const cleared = world.must(written, actor('leader'), { type: 'writeMeetingNotes', meetingId: 'm1', agenda: '' });
    expect(cleared.meetings[0]!.agenda).toBeUndefined();
    expect(cleared.meetings[0]!.decisions?.text).toBe('Pia skriver til skolerne');
  });

  it("records the network's own attendees from join and leave events; they are who must reflect", () => {
    const network = linked();
    const leader = personKey(PEOPLE.leader);
    const pia = personKey(PEOPLE.participant);
    const stranger = personKey(PEOPLE.outsider);
    const joined = world.must(network, SYSTEM_ACTOR, {
      type: 'recordAttendance',
      meetingId: 'm1',
      joined: [leader, pia, stranger],
    });
    const attendance = joined.meetings[0]!.attendance!;
    // Someone who isn't the network's is none of its business: not kept at all.
    expect(attendance.map((a) => a.personKey)).toEqual([leader, pia]);
    expect(expectedReflectorKeys(joined, joined.meetings[0]!)).toEqual([leader, pia]);
    world.now = new Date(world.now.getTime() + 60_000);
    const left = world.must(joined, SYSTEM_ACTOR, { type: 'recordAttendance', meetingId: 'm1', left: [pia] });
    expect(left.meetings[0]!.attendance!.find((a) => a.personKey === pia)?.leftAt).toBe(world.now.toISOString());
    // Who left early still attended and is asked.
    expect(expectedReflectorKeys(left, left.meetings[0]!)).toEqual([leader, pia]);
    expect(world.run(left, SYSTEM_ACTOR, { type: 'recordAttendance', meetingId: 'm1', left: [pia] })).toEqual(
      expect.objectContaining({ events: [] }),
    );
    const refused = world.run(network, actor('leader'), { type: 'recordAttendance', meetingId: 'm1', joined: [pia] });
    expect(isDomainError(refused) && refused.code).toBe('NETWORK.FORBIDDEN');
  });
});
