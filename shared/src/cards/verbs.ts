/**
 * Every Action.Execute verb, declared once. Cards use these, the bot routes on them, docs/cards.md lists them,
 * and a test checks that each has a handler.
 */
export const Verbs = {
  showIdeaForm: 'showIdeaForm',
  submitIdea: 'submitIdea',
  withdrawIdea: 'withdrawIdea',
  assignTrack: 'assignTrack',
  recommendIdea: 'recommendIdea',
  decideIdea: 'decideIdea',
  briefHeadsForum: 'briefHeadsForum',
  showContractForm: 'showContractForm',
  fillContractPhase1: 'fillContractPhase1',
  fillContractPhase2: 'fillContractPhase2',
  fillContractPhase3: 'fillContractPhase3',
  signContractPhase: 'signContractPhase',
  expressInterest: 'expressInterest',
  nominateLeader: 'nominateLeader',
  decideLeader: 'decideLeader',
  showParticipantsForm: 'showParticipantsForm',
  inviteParticipant: 'inviteParticipant',
  addExternalParticipant: 'addExternalParticipant',
  respondToInvitation: 'respondToInvitation',
  informHeadsForumOfComposition: 'informHeadsForumOfComposition',
  holdKickoff: 'holdKickoff',
  refreshCard: 'refreshCard',
  answerReflection: 'answerReflection',
  linkNetwork: 'linkNetwork',
  startClosingReflection: 'startClosingReflection',
  answerClosingReflection: 'answerClosingReflection',
  addStory: 'addStory',
  submitClosingRecommendation: 'submitClosingRecommendation',
  endorseClosingRecommendation: 'endorseClosingRecommendation',
  decideContinuation: 'decideContinuation',
  recordClosingMeeting: 'recordClosingMeeting',
  approvePublication: 'approvePublication',
  recordAnchoringOutcome: 'recordAnchoringOutcome',
  showConfig: 'showConfig',
  saveConfig: 'saveConfig',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];
export const ALL_VERBS: readonly Verb[] = Object.values(Verbs);
