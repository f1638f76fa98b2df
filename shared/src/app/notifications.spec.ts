import type { EventDataByType } from '../domain/event-data';
import type { EventDraft, DomainEvent } from '../domain/outcome';
import { EVENT_TYPES } from '../domain/event-types';
import { networkAt, orgConfig, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';
import { notificationsFor } from './notifications';

const person = { tenantId: 't', objectId: 'o', name: 'Bente Berg' };

/** One event of every type with its own data shape: a type missing here, or data of the wrong shape, fails to compile. */
function sampleData(participantId: string, settings: EventDataByType['settingsUpdated']): EventDataByType {
  const phase = { phase: 1 as const, version: 1 };
  return {
    ideaSubmitted: { name: 'Idé', type: 'welfare' },
    ideaWithdrawn: { reason: '' },
    trackAssigned: { track: 'political' },
    ideaRecommended: { reason: '' },
    ideaNotRecommended: { reason: 'Nej' },
    decisionVoteCast: {
      decision: 'idea',
      deadlocked: false,
      outcome: 'approve',
      votes: 1,
      quorum: 2,
      body: 'Chefforum',
    },
    ideaApproved: { reason: '', votes: 1 },
    ideaRejected: { reason: '', votes: 1 },
    headsForumBriefed: undefined,
    contractPhaseFilled: phase,
    contractPhaseSigned: phase,
    contractPhaseCoSigned: phase,
    interestExpressed: { motivation: '' },
    leaderNominated: { person },
    leaderAppointed: { person },
    leaderRejected: { person, reason: '' },
    participantInvited: { participantId, person, role: 'participant' },
    invitationAccepted: { participantId },
    invitationDeclined: { participantId },
    externalParticipantAdded: { participantId: 'x1', name: 'Ekstern', role: 'guest' },
    participantRemoved: { participantId },
    compositionInformed: { accepted: 3 },
    kickoffHeld: { heldOn: '2026-12-01' },
    settingsUpdated: settings,
    meetingLinked: { meetingId: 'm1', title: 'Møde' },
    meetingStarted: { meetingId: 'm1', goalReminder: true },
    meetingEnded: { meetingId: 'm1' },
    reflectionStarted: { meetingId: 'm1' },
    meetingNotesWritten: { meetingId: 'm1', fields: ['agenda'] },
    attendanceRecorded: { meetingId: 'm1', joined: 1, left: 0 },
    reflectionAnswered: { meetingId: 'm1' },
    reflectionRemindersSent: { meetingId: 'm1', count: 1 },
    reflectionClosed: { meetingId: 'm1' },
    endReminderSent: { daysBefore: 30 },
    closingReflectionStarted: undefined,
    closingReflectionAnswered: { round: 1 },
    storyAdded: { storyId: 's1', title: 'Fortælling' },
    closingRecommendationSubmitted: { continueNetwork: true },
    closingRecommendationEndorsed: undefined,
    networkExtended: { previousEndDate: '2026-12-31', newEndDate: '2027-06-30', round: 2 },
    networkToBeClosed: undefined,
    closingMeetingRecorded: { recommendations: [] },
    publicationApproved: { approved: 1 },
    decisionReminderSent: { decision: 'idea', body: 'headsForum', dueOn: '2026-03-15T00:00:00.000Z' },
    decisionEscalated: { decision: 'idea', body: 'headsForum', dueOn: '2026-03-15T00:00:00.000Z' },
    anchoringOutcomeRecorded: {
      recommendationId: 'r1',
      body: 'municipalCouncil',
      outcome: 'Vedtaget',
      meetingDate: '2026-01-04',
    },
  };
}

describe('every domain event has a notification rule and its own data (issue 12)', () => {
  it('does not compile an undeclared event type, nor an event without its data', () => {
    const known: EventDraft = { type: 'meetingEnded', data: { meetingId: 'm1' } };
    // @ts-expect-error an event type that is not in EVENT_TYPES does not compile
    const unknown: EventDraft = { type: 'somethingNobodyDeclared' };
    // @ts-expect-error an event whose data is missing does not compile
    const withoutData: EventDraft = { type: 'meetingEnded' };
    // @ts-expect-error data of another event's shape does not compile
    const wrongData: EventDraft = { type: 'meetingEnded', data: { participantId: 'p1' } };
    expect([known, unknown, withoutData, wrongData].map((e) => e.type)).toEqual([
      'meetingEnded',
      'somethingNobodyDeclared',
      'meetingEnded',
      'meetingEnded',
    ]);
  });

  it.each(EVENT_TYPES)('decides who is told of %s (possibly nobody) without falling through', (type) => {
    const network = networkAt(new TestWorld(), TYPE_CASES[2]!, 'active', 'n1');
    const data = sampleData(network.participants[0]?.id ?? 'p1', network.settings)[type];
    // The sample is keyed by the same type, so this pairing is the event's own variant.
    const event = {
      type,
      data,
      id: 'e1',
      networkId: 'n1',
      commandId: 'c1',
      at: '2026-12-02T10:00:00.000Z',
      actor: null,
      surface: 'bot',
    } as DomainEvent;
    expect(Array.isArray(notificationsFor([event], network, orgConfig()))).toBe(true);
  });

  it('tells the invitee of an invitation and the leader of the answer, by the participant in the data', () => {
    const network = networkAt(new TestWorld(), TYPE_CASES[2]!, 'active', 'n1');
    const invitee = network.participants.find((p) => p.kind === 'internal');
    if (!invitee || invitee.kind !== 'internal') throw new Error('fixture has no internal participant');
    const stamp = { id: 'e1', networkId: 'n1', commandId: 'c1', at: '2026-12-02T10:00:00.000Z', actor: null };
    const events: DomainEvent[] = [
      {
        ...stamp,
        surface: 'bot',
        type: 'participantInvited',
        data: sampleData(invitee.id, network.settings).participantInvited,
      },
      { ...stamp, surface: 'bot', type: 'invitationAccepted', data: { participantId: invitee.id } },
    ];
    const drafts = notificationsFor(events, network, orgConfig());
    expect(drafts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ view: { type: 'network', kind: 'invitation', participantId: invitee.id } }),
        expect.objectContaining({ view: { type: 'network', kind: 'invitationAnswer', participantId: invitee.id } }),
      ]),
    );
  });
});
