import type { Verb } from '@netvaerk/shared/cards/verbs';
import type { CardActionHandler } from './card-action-context';
import { configHandlers } from './config.handlers';
import * as contract from './contract.handlers';
import * as idea from './idea.handlers';
import { nominateLeader } from './leader.handlers';
import * as participants from './participants.handlers';
import { refreshCard } from './refresh-card.handler';
import * as reflection from './reflection.handlers';
import * as closing from './closing.handlers';
import { linkNetwork } from './link-network.handler';
import { openNetwork, showMyNetworks } from './my-networks.handlers';
import { recordAnchoringOutcome } from './anchoring.handlers';
import * as simple from './simple-command.handlers';

/** One handler per verb; a verb without a handler is a compile error. */
export function cardActionHandlers(bootstrapAdmins: readonly string[]): Record<Verb, CardActionHandler> {
  return {
    showIdeaForm: idea.showIdeaForm,
    submitIdea: idea.submitIdea,
    withdrawIdea: simple.withdrawIdea,
    assignTrack: simple.assignTrack,
    recommendIdea: simple.recommendIdea,
    decideIdea: simple.decideIdea,
    briefHeadsForum: simple.briefHeadsForum,
    showContractForm: contract.showContractForm,
    fillContractPhase1: contract.fillContractPhase1,
    fillContractPhase2: contract.fillContractPhase2,
    fillContractPhase3: contract.fillContractPhase3,
    signContractPhase: simple.signContractPhase,
    expressInterest: simple.expressInterest,
    nominateLeader,
    decideLeader: simple.decideLeader,
    showParticipantsForm: participants.showParticipantsForm,
    inviteParticipant: participants.inviteParticipant,
    addExternalParticipant: participants.addExternalParticipant,
    respondToInvitation: simple.respondToInvitation,
    informHeadsForumOfComposition: simple.informHeadsForumOfComposition,
    holdKickoff: simple.holdKickoff,
    refreshCard,
    openNetwork,
    showMyNetworks,
    answerReflection: reflection.answerReflection,
    writeMeetingNotes: reflection.writeMeetingNotes,
    startReflection: reflection.startReflection,
    linkNetwork,
    startClosingReflection: closing.startClosingReflection,
    answerClosingReflection: closing.answerClosingReflection,
    addStory: closing.addStory,
    submitClosingRecommendation: closing.submitClosingRecommendation,
    endorseClosingRecommendation: closing.endorseClosingRecommendation,
    decideContinuation: closing.decideContinuation,
    recordClosingMeeting: closing.recordClosingMeeting,
    approvePublication: closing.approvePublication,
    recordAnchoringOutcome,
    ...configHandlers(bootstrapAdmins),
  };
}
