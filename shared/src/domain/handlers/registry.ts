import type { CommandType } from '../commands';
import type { Handler } from '../outcome';
import * as anchoring from './anchoring.handlers';
import * as closing from './closing.handlers';
import * as contract from './contract.handlers';
import * as deadlines from './deadline.handlers';
import * as idea from './idea.handlers';
import * as leader from './leader.handlers';
import * as inMeeting from './in-meeting.handlers';
import * as meeting from './meeting.handlers';
import * as participant from './participant.handlers';

/** One handler per command (submitIdea creates the network and is handled by `decide` itself). */
export const HANDLERS: { readonly [T in Exclude<CommandType, 'submitIdea'>]: Handler<T> } = {
  withdrawIdea: idea.withdrawIdea,
  assignTrack: idea.assignTrack,
  recommendIdea: idea.recommendIdea,
  decideIdea: idea.decideIdea,
  briefHeadsForum: idea.briefHeadsForum,
  fillContractPhase1: contract.fillContractPhase1,
  fillContractPhase2: contract.fillContractPhase2,
  fillContractPhase3: contract.fillContractPhase3,
  signContractPhase: contract.signContractPhase,
  expressInterest: leader.expressInterest,
  nominateLeader: leader.nominateLeader,
  decideLeader: leader.decideLeader,
  inviteParticipant: participant.inviteParticipant,
  addExternalParticipant: participant.addExternalParticipant,
  respondToInvitation: participant.respondToInvitation,
  removeParticipant: participant.removeParticipant,
  informHeadsForumOfComposition: participant.informHeadsForumOfComposition,
  holdKickoff: participant.holdKickoff,
  updateSettings: participant.updateSettings,
  linkMeeting: meeting.linkMeeting,
  noteMeetingStarted: meeting.noteMeetingStarted,
  endMeeting: meeting.endMeeting,
  startReflection: inMeeting.startReflection,
  writeMeetingNotes: inMeeting.writeMeetingNotes,
  recordAttendance: inMeeting.recordAttendance,
  remindNonResponders: meeting.remindNonResponders,
  answerReflection: meeting.answerReflection,
  closeReflection: meeting.closeReflection,
  startClosingReflection: closing.startClosingReflection,
  answerClosingReflection: closing.answerClosingReflection,
  addStory: closing.addStory,
  submitClosingRecommendation: closing.submitClosingRecommendation,
  endorseClosingRecommendation: closing.endorseClosingRecommendation,
  decideContinuation: closing.decideContinuation,
  recordClosingMeeting: closing.recordClosingMeeting,
  recordAnchoringOutcome: anchoring.recordAnchoringOutcome,
  approvePublication: closing.approvePublication,
  recordEndReminder: closing.recordEndReminder,
  noteDecisionDeadline: deadlines.noteDecisionDeadline,
};
