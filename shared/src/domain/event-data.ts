import type { EventType } from './event-types';
import type { NetworkSettings, ImplementationPath, ParticipantRole } from './network';
import type { BodyDecision, DeadlineDecision } from './body-decision';
import type { Body, NetworkType, PersonRef, Track } from './types';

/** An event that carries nothing but its type (what happened is in the network's new state). */
type Nothing = undefined;

/**
 * What each domain event carries, declared once per event type. `EventDraft` is the union built from this map,
 * so a handler that emits an event with the wrong data, and a reader that looks for a field the event does not
 * have, fail to compile. An event added to `EVENT_TYPES` without its line here fails to compile too (the check
 * below), and so does a line here for an event that is not in the list.
 */
export interface EventDataByType {
  ideaSubmitted: { name: string; type: NetworkType };
  ideaWithdrawn: { reason: string };
  trackAssigned: { track: Track };
  ideaRecommended: { reason: string };
  ideaNotRecommended: { reason: string };
  /** A vote that did not yet decide: how many voted of how many are needed, and which body (its Danish name). */
  decisionVoteCast: {
    decision: BodyDecision;
    outcome: string;
    votes: number;
    quorum: number;
    body: string;
    /** The votes split so that no outcome can reach the quorum any more. */
    deadlocked: boolean;
  };
  ideaApproved: { reason: string; votes: number };
  ideaRejected: { reason: string; votes: number };
  headsForumBriefed: Nothing;
  contractPhaseFilled: { phase: 1 | 2 | 3; version: number };
  /** `as`: the party that signed (phase 1 has the routing table's parties). */
  contractPhaseSigned: { phase: 1 | 2 | 3; version: number; as?: Body };
  contractPhaseCoSigned: { phase: 1 | 2 | 3; version: number; as?: Body };
  interestExpressed: { motivation: string };
  /** `overrideReason` and `load` only when the director let the nominee lead more networks than the rule allows. */
  leaderNominated: { person: PersonRef; overrideReason?: string; load?: number };
  leaderAppointed: { person: PersonRef };
  leaderRejected: { person: PersonRef; reason: string };
  participantInvited: { participantId: string; person: PersonRef; role: ParticipantRole };
  invitationAccepted: { participantId: string };
  invitationDeclined: { participantId: string };
  externalParticipantAdded: { participantId: string; name: string; role: ParticipantRole };
  participantRemoved: { participantId: string };
  compositionInformed: { accepted: number };
  kickoffHeld: { heldOn: string };
  settingsUpdated: NetworkSettings;
  meetingLinked: { meetingId: string; title: string };
  meetingStarted: { meetingId: string; goalReminder: boolean };
  /** `cardPosted` when the leader started the reflection in the meeting: its card is already in the chat. */
  meetingEnded: { meetingId: string; cardPosted?: boolean };
  reflectionStarted: { meetingId: string };
  /** Which of the meeting's notes changed ('agenda', 'decisions'); the texts are in the meeting, not the event. */
  meetingNotesWritten: { meetingId: string; fields: string[] };
  /** How many of the network's people joined or left in this batch of Teams' participant events. */
  attendanceRecorded: { meetingId: string; joined: number; left: number };
  reflectionAnswered: { meetingId: string };
  /** How many are reminded, never who: stored keys beside the attendees would say who answered. */
  reflectionRemindersSent: { meetingId: string; count: number };
  reflectionClosed: { meetingId: string };
  endReminderSent: { daysBefore: number };
  /** A body was reminded of a decision due on `dueOn`; escalated: told to the director and the consultants. */
  decisionReminderSent: { decision: DeadlineDecision; body: Body; dueOn: string };
  decisionEscalated: { decision: DeadlineDecision; body: Body; dueOn: string };
  closingReflectionStarted: Nothing;
  /** Which closing round the answer belongs to (an extension starts the next). */
  closingReflectionAnswered: { round: number };
  storyAdded: { storyId: string; title: string };
  /** A save of the joint draft: who saved it (the other party is told) and whether it was the first save. */
  closingRecommendationSubmitted: { continueNetwork: boolean; editor?: 'leader' | 'director'; first?: boolean };
  closingRecommendationEndorsed: Nothing;
  /** `round`: the closing round that starts with the extension. */
  networkExtended: { previousEndDate: string; newEndDate: string; round: number };
  networkToBeClosed: Nothing;
  closingMeetingRecorded: { recommendations: { id: string; path: ImplementationPath['kind'] }[] };
  publicationApproved: { approved: number };
  /** What a deciding body decided on an anchoring recommendation; `body` is where it went (anchoring.ts). */
  anchoringOutcomeRecorded: { recommendationId: string; body: string; outcome: string; meetingDate: string };
}

/** Compile-time check that the map and `EVENT_TYPES` name the same events, no more and no fewer. */
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
export const EVENT_DATA_COVERS_EVENT_TYPES: SameKeys<EventDataByType, EventType> = true;

export type EventDataOf<T extends EventType> = EventDataByType[T];

/** Rows stored beside the network (reflection answers): they carry their own key. */
export interface EventRow {
  kind: 'reflection' | 'closingReflection';
  keyParts: string[];
  value: Record<string, unknown>;
}

interface DraftCommon {
  row?: EventRow;
  /** When set, the audit trail records no person for this event (anonymous reflections). */
  anonymous?: boolean;
}

/** One event type's draft: its `data` is required when the event carries any, absent when it carries nothing. */
export type EventDraftOf<T extends EventType> = DraftCommon & { type: T } & (EventDataByType[T] extends Nothing
    ? { data?: undefined }
    : { data: EventDataByType[T] });

/** What a command changed, before `decide` stamps it with who, when and from where: one variant per event type. */
export type EventDraft = { [T in EventType]: EventDraftOf<T> }[EventType];

/**
 * An audit event after the retention purge (`shared/src/records/retention-purge.ts`): its type and stamp stay,
 * its data and actor are gone. Decision events are never purged.
 */
export interface PurgedEventFields {
  type: EventType;
  data?: undefined;
  purged: true;
  anonymous?: boolean;
}
