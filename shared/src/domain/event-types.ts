/**
 * Every kind of domain event, declared once. `EventDraft.type` is this union, so a handler cannot emit an event
 * that `notificationsFor` has not decided about: its switch is exhaustive (a new event without a rule, even the
 * rule "nobody is told", does not compile).
 */
export const EVENT_TYPES = [
  'ideaSubmitted',
  'ideaWithdrawn',
  'trackAssigned',
  'ideaRecommended',
  'ideaNotRecommended',
  'decisionVoteCast',
  'ideaApproved',
  'ideaRejected',
  'headsForumBriefed',
  'contractPhaseFilled',
  'contractPhaseSigned',
  'contractPhaseCoSigned',
  'interestExpressed',
  'leaderNominated',
  'leaderAppointed',
  'leaderRejected',
  'participantInvited',
  'invitationAccepted',
  'invitationDeclined',
  'externalParticipantAdded',
  'participantRemoved',
  'compositionInformed',
  'kickoffHeld',
  'settingsUpdated',
  'meetingLinked',
  'meetingStarted',
  'meetingEnded',
  'reflectionAnswered',
  'reflectionRemindersSent',
  'reflectionClosed',
  'endReminderSent',
  'closingReflectionStarted',
  'closingReflectionAnswered',
  'storyAdded',
  'closingRecommendationSubmitted',
  'closingRecommendationEndorsed',
  'networkExtended',
  'networkToBeClosed',
  'closingMeetingRecorded',
  'publicationApproved',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
