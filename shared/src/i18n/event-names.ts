import type { Locale } from '../domain/errors';
import { EVENT_TYPES, type EventType } from '../domain/event-types';

/**
 * How each audit event reads in the history (tab and cards). Keyed by `EventType`, so a new event without its
 * name in both languages does not compile.
 */
export const EVENT_NAMES: Record<EventType, { da: string; en: string }> = {
  ideaSubmitted: { da: 'Idé foreslået', en: 'Idea proposed' },
  ideaWithdrawn: { da: 'Idé trukket tilbage', en: 'Idea withdrawn' },
  trackAssigned: { da: 'Spor valgt', en: 'Track chosen' },
  ideaRecommended: { da: 'Indstillet', en: 'Recommended' },
  ideaNotRecommended: { da: 'Ikke indstillet', en: 'Not recommended' },
  decisionVoteCast: { da: 'Stemme afgivet', en: 'Vote cast' },
  ideaApproved: { da: 'Godkendt', en: 'Approved' },
  ideaRejected: { da: 'Afvist', en: 'Rejected' },
  headsForumBriefed: { da: 'Chefforum orienteret', en: "Heads' forum briefed" },
  contractPhaseFilled: { da: 'Kontrakt udfyldt', en: 'Contract filled in' },
  contractPhaseCoSigned: { da: 'Kontrakt medunderskrevet', en: 'Contract co-signed' },
  contractPhaseSigned: { da: 'Kontrakt underskrevet og låst', en: 'Contract signed and locked' },
  interestExpressed: { da: 'Interesse for at lede meldt', en: 'Interest in leading expressed' },
  leaderNominated: { da: 'Netværksleder indstillet', en: 'Network leader nominated' },
  leaderAppointed: { da: 'Netværksleder udpeget', en: 'Network leader appointed' },
  leaderRejected: { da: 'Indstilling af leder afvist', en: 'Leader nomination rejected' },
  participantInvited: { da: 'Deltager inviteret', en: 'Participant invited' },
  externalParticipantAdded: { da: 'Ekstern deltager tilføjet', en: 'External participant added' },
  invitationAccepted: { da: 'Invitation accepteret', en: 'Invitation accepted' },
  invitationDeclined: { da: 'Invitation afslået', en: 'Invitation declined' },
  participantRemoved: { da: 'Deltager fjernet', en: 'Participant removed' },
  compositionInformed: {
    da: 'Chefforum orienteret om sammensætningen',
    en: "Heads' forum informed of the composition",
  },
  kickoffHeld: { da: 'Opstartsworkshop holdt', en: 'Kick-off workshop held' },
  settingsUpdated: { da: 'Indstillinger ændret', en: 'Settings changed' },
  meetingLinked: { da: 'Møde tilknyttet', en: 'Meeting linked' },
  meetingStarted: { da: 'Møde startet', en: 'Meeting started' },
  meetingEnded: { da: 'Møde afsluttet', en: 'Meeting ended' },
  reflectionRemindersSent: { da: 'Påmindelser om refleksion sendt', en: 'Reflection reminders sent' },
  reflectionStarted: { da: 'Refleksion startet i mødet', en: 'Reflection started in the meeting' },
  meetingNotesWritten: { da: 'Dagsorden eller beslutninger skrevet', en: 'Agenda or decisions written' },
  attendanceRecorded: { da: 'Fremmøde registreret', en: 'Attendance recorded' },
  reflectionAnswered: { da: 'Refleksion besvaret', en: 'Reflection answered' },
  reflectionClosed: { da: 'Refleksion lukket', en: 'Reflection closed' },
  closingReflectionStarted: { da: 'Afsluttende refleksion startet', en: 'Closing reflection started' },
  closingReflectionAnswered: { da: 'Afsluttende refleksion besvaret', en: 'Closing reflection answered' },
  storyAdded: { da: 'Fortælling tilføjet', en: 'Story added' },
  closingRecommendationSubmitted: { da: 'Anbefaling afleveret', en: 'Recommendation submitted' },
  closingRecommendationEndorsed: { da: 'Indstilling sendt til forum', en: 'Recommendation sent to the forum' },
  networkExtended: { da: 'Netværket forlænget', en: 'Network extended' },
  networkToBeClosed: { da: 'Besluttet at lukke', en: 'Decided to close' },
  closingMeetingRecorded: {
    da: 'Sidste møde og anbefalinger registreret',
    en: 'Last meeting and recommendations recorded',
  },
  publicationApproved: { da: 'Anbefalinger godkendt og offentliggjort', en: 'Recommendations approved and published' },
  anchoringOutcomeRecorded: {
    da: 'Udfaldet af en forankringsanbefaling registreret',
    en: 'Outcome of an anchoring recommendation recorded',
  },
  endReminderSent: { da: 'Påmindelse om slutdato sendt', en: 'End-date reminder sent' },
  decisionReminderSent: { da: 'Påmindelse om frist for beslutning sendt', en: 'Decision deadline reminder sent' },
  decisionEscalated: { da: 'Beslutning over fristen meldt videre', en: 'Overdue decision escalated' },
};

const isEventType = (type: string): type is EventType => (EVENT_TYPES as readonly string[]).includes(type);

/** The event's name in the locale; a type this version does not know (a row from a newer one) reads as itself. */
export function eventName(type: string, locale: Locale): string {
  return isEventType(type) ? EVENT_NAMES[type][locale] : type;
}
