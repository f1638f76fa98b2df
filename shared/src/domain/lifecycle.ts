import type { CommandType } from './commands';
import { type Phase, PHASES } from './network';

// Wherever a contract phase can be acknowledged, a body's acknowledgement of phase 1 has its deadline noted
// (decision-deadlines.ts); the scheduler visits the phases that allow a command it runs.
const CONTRACT_1 = ['fillContractPhase1', 'signContractPhase', 'noteDecisionDeadline'] as const;
const CONTRACT_2 = [...CONTRACT_1, 'fillContractPhase2'] as const;
const CONTRACT_ALL = [...CONTRACT_2, 'fillContractPhase3'] as const;
const PEOPLE = ['inviteParticipant', 'addExternalParticipant', 'respondToInvitation', 'removeParticipant'] as const;
const REFLECTIONS_ONLY = ['answerReflection', 'remindNonResponders', 'closeReflection'] as const;
const IN_MEETING = ['startReflection', 'writeMeetingNotes', 'recordAttendance'] as const;
const MEETINGS = ['linkMeeting', 'noteMeetingStarted', 'endMeeting', ...IN_MEETING, ...REFLECTIONS_ONLY] as const;

export interface PhaseSpec {
  /** Commands that may be issued in this phase; anything else is NETWORK.WRONG_PHASE. */
  commands: readonly CommandType[];
  /** Whether the network's life has ended in this phase. */
  terminal: boolean;
  /** An end off the main line (a rejected or withdrawn idea). */
  endsEarly?: true;
}

/**
 * The lifecycle as data: which commands each phase accepts. Where a command leads is decided by its handler
 * (some transitions depend on a vote count or an outcome); a phase missing here is a compile error.
 */
export const PHASE_SPECS: Readonly<Record<Phase, PhaseSpec>> = {
  idea: { commands: ['withdrawIdea', 'assignTrack', 'recommendIdea', 'noteDecisionDeadline'], terminal: false },
  recommended: { commands: ['withdrawIdea', 'decideIdea', 'noteDecisionDeadline'], terminal: false },
  approved: {
    commands: ['briefHeadsForum', ...CONTRACT_1, 'expressInterest', 'nominateLeader', 'updateSettings'],
    terminal: false,
  },
  leaderNominated: {
    // CONTRACT_1 brings noteDecisionDeadline, for the leader decision's deadline as well as phase 1's.
    commands: ['briefHeadsForum', ...CONTRACT_1, 'expressInterest', 'nominateLeader', 'decideLeader', 'updateSettings'],
    terminal: false,
  },
  leaderAppointed: {
    commands: ['briefHeadsForum', ...CONTRACT_2, ...PEOPLE, 'informHeadsForumOfComposition', 'updateSettings'],
    terminal: false,
  },
  participantsRecruited: {
    commands: ['briefHeadsForum', ...CONTRACT_2, ...PEOPLE, 'holdKickoff', 'updateSettings'],
    terminal: false,
  },
  kickoffHeld: {
    commands: ['briefHeadsForum', ...CONTRACT_ALL, ...PEOPLE, 'updateSettings'],
    terminal: false,
  },
  active: {
    commands: [
      'briefHeadsForum',
      ...CONTRACT_ALL,
      ...PEOPLE,
      ...MEETINGS,
      'updateSettings',
      'startClosingReflection',
      'recordEndReminder',
    ],
    terminal: false,
  },
  closingReflection: {
    commands: [...MEETINGS, 'answerClosingReflection', 'addStory', 'submitClosingRecommendation', 'updateSettings'],
    terminal: false,
  },
  // The draft stays editable by both until the director submits it.
  closingWithDirector: {
    commands: [...REFLECTIONS_ONLY, 'submitClosingRecommendation', 'endorseClosingRecommendation'],
    terminal: false,
  },
  awaitingContinuationDecision: {
    commands: [...REFLECTIONS_ONLY, 'decideContinuation', 'noteDecisionDeadline'],
    terminal: false,
  },
  closingMeeting: { commands: [...MEETINGS, 'recordClosingMeeting', 'updateSettings'], terminal: false },
  awaitingPublication: {
    commands: [...REFLECTIONS_ONLY, 'approvePublication', 'recordAnchoringOutcome'],
    terminal: false,
  },
  // A closed network's life has ended, but a deciding body may decide on its recommendations months later.
  closed: { commands: ['recordAnchoringOutcome'], terminal: true },
  rejected: { commands: [], terminal: true, endsEarly: true },
  withdrawn: { commands: [], terminal: true, endsEarly: true },
};

/** The main line of the lifecycle, for timelines: every phase in order but the early ends. */
export const MAIN_LINE: readonly Phase[] = PHASES.filter((p) => !PHASE_SPECS[p].endsEarly);

/** The phases in which a leader counts as leading the network (for the at-most-two rule): appointed until closed. */
export const LEADING_PHASES: ReadonlySet<Phase> = new Set(
  MAIN_LINE.slice(MAIN_LINE.indexOf('leaderAppointed'), MAIN_LINE.indexOf('closed')),
);

/** Whether a network's life has ended in this phase. */
export function isTerminal(phase: Phase): boolean {
  return PHASE_SPECS[phase].terminal;
}

/** The phases that end a network before the main line's end (rejected, withdrawn): timelines stop short there. */
export const ENDS_EARLY: ReadonlySet<Phase> = new Set(PHASES.filter((p) => PHASE_SPECS[p].endsEarly));

/** Whether a network's life ended early in this phase, off the main line. */
export const endsEarly = (phase: Phase): boolean => ENDS_EARLY.has(phase);

/**
 * The phases in which any of the commands may be issued: for a caller that issues only these (the scheduler),
 * the phases it has anything to do in. Elsewhere every one of them would be refused as the wrong phase.
 */
export function phasesAllowing(commands: readonly CommandType[]): ReadonlySet<Phase> {
  return new Set(PHASES.filter((p) => PHASE_SPECS[p].commands.some((c) => commands.includes(c))));
}

/** Whether a meeting or a channel may be linked to a network in this phase. */
export function mayLink(phase: Phase): boolean {
  const commands = PHASE_SPECS[phase].commands;
  return commands.includes('linkMeeting') || commands.includes('updateSettings');
}

export const PHASE_NAMES: Readonly<Record<Phase, { da: string; en: string }>> = {
  idea: { da: 'Idé', en: 'Idea' },
  recommended: { da: 'Indstillet', en: 'Recommended' },
  approved: { da: 'Godkendt', en: 'Approved' },
  leaderNominated: { da: 'Leder indstillet', en: 'Leader nominated' },
  leaderAppointed: { da: 'Leder udpeget', en: 'Leader appointed' },
  participantsRecruited: { da: 'Deltagere fundet', en: 'Participants recruited' },
  kickoffHeld: { da: 'Opstartsworkshop holdt', en: 'Kick-off workshop held' },
  active: { da: 'Aktivt', en: 'Active' },
  closingReflection: { da: 'Afsluttende refleksion', en: 'Closing reflection' },
  closingWithDirector: { da: 'Anbefaling hos netværksdirektøren', en: 'Recommendation with the director' },
  awaitingContinuationDecision: { da: 'Afventer beslutning om forlængelse', en: 'Awaiting extension decision' },
  closingMeeting: { da: 'Sidste møde', en: 'Last meeting' },
  awaitingPublication: { da: 'Afventer godkendelse af anbefalinger', en: 'Awaiting approval of recommendations' },
  closed: { da: 'Lukket', en: 'Closed' },
  rejected: { da: 'Afvist', en: 'Rejected' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};
