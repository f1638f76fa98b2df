import type { DeadlineNotice } from './decision-deadlines';
import type { DecidingBody } from './anchoring';
import type { Body, NetworkType, PersonRef, Track } from './types';

/** The lifecycle phases of DESIGN.md §4, in order. `rejected` and `withdrawn` end a network early. */
export const PHASES = [
  'idea',
  'recommended',
  'approved',
  'leaderNominated',
  'leaderAppointed',
  'participantsRecruited',
  'kickoffHeld',
  'active',
  'closingReflection',
  'closingWithDirector',
  'awaitingContinuationDecision',
  'closingMeeting',
  'awaitingPublication',
  'closed',
  'rejected',
  'withdrawn',
] as const;
export type Phase = (typeof PHASES)[number];

/** Who did something and when: shown on cards and in the tab. */
export interface Stamp {
  by: PersonRef;
  at: string;
}

/** One member's vote on a pending decision (approve/reject, extend/close). */
export interface Vote extends Stamp {
  outcome: string;
  reason?: string;
}

export interface DecisionRecord extends Stamp {
  outcome: string;
  reason?: string;
  /** The votes that decided it, under the votes rule. */
  votes?: Vote[];
  /** The body that decided (body-decision.ts). */
  body?: Body;
  /** Under the meeting rule: the date of the body's meeting; `by` is the secretary who recorded it. */
  meetingDate?: string;
}

export type ContractPhaseNumber = 1 | 2 | 3;

export interface ContractPhase1Fields {
  purpose: string;
  background: string;
  parties: string[];
}
export interface ContractPhase2Fields {
  startDate: string;
  endDate: string;
  frame: string;
  mandate: string;
  processCriteria: string;
  productCriteria: string;
}
export interface ContractPhase3Fields {
  understoodPurpose: string;
  goal: string;
  workingForm: string;
  meetingCadence: string;
  groundRules: string;
  tasks: string;
}
export interface ContractFieldsByPhase {
  1: ContractPhase1Fields;
  2: ContractPhase2Fields;
  3: ContractPhase3Fields;
}

/** One version of one contract phase. A signed version is locked; an edit after that makes a new version. */
export interface ContractVersion<P extends ContractPhaseNumber = ContractPhaseNumber> {
  phase: P;
  version: number;
  fields: ContractFieldsByPhase[P];
  editedBy: Stamp;
  /** Acknowledgements: one per person, for one party; a body's secretary adds the meeting's date. */
  signatures: (Stamp & { as: Body; meetingDate?: string })[];
  locked: boolean;
  /** Set on a phase-2 version written by an extension decision: locked by that decision, not by signatures. */
  byExtension?: Stamp;
}

export type ParticipantRole = 'participant' | 'guest';
export type InvitationStatus = 'invited' | 'accepted' | 'declined';

export interface InternalParticipant {
  id: string;
  kind: 'internal';
  person: PersonRef;
  role: ParticipantRole;
  status: InvitationStatus;
  guestUntil?: string;
  addedBy: Stamp;
  respondedAt?: string;
}
export interface ExternalParticipant {
  id: string;
  kind: 'external';
  name: string;
  organisation: string;
  email: string;
  role: ParticipantRole;
  /** The leader adds external people directly; they answer outside Teams. */
  status: 'accepted';
  guestUntil?: string;
  addedBy: Stamp;
}
export type Participant = InternalParticipant | ExternalParticipant;

export type MeetingStatus = 'scheduled' | 'reflectionOpen' | 'reflectionClosed';
export interface Meeting {
  id: string;
  title: string;
  status: MeetingStatus;
  /** Fixed when the meeting ends, so a settings change can't split one meeting's answers in two. */
  anonymous: boolean;
  linkedBy: Stamp;
  /** The meeting chat, where the reflection card is posted. */
  chatId: string;
  startedAt?: string;
  endedAt?: string;
  /** Person keys of the meeting chat's members who may answer: the denominator of "7 af 12 har svaret". */
  attendeeKeys?: string[];
  /** When non-responders got their one reminder. */
  remindedAt?: string;
  closedAt?: string;
  /** When the leader started the reflection during the meeting: its card went out then, not at the end. */
  reflectionStarted?: Stamp;
  /** Today's agenda, written by the leader in the side panel; the panel shows it to everyone in the meeting. */
  agenda?: MeetingNote;
  /** Decisions and open actions the leader noted; the next meeting's panel shows them. */
  decisions?: MeetingNote;
  /** Who of the network was in the meeting, from Teams' participant join and leave events. */
  attendance?: Attendance[];
}

export interface MeetingNote {
  text: string;
  by: Stamp;
}

/** One network member's presence in a meeting: a person key (never a name), first join and last leave. */
export interface Attendance {
  personKey: string;
  joinedAt: string;
  leftAt?: string;
}

export interface Story {
  id: string;
  title: string;
  value: string;
  forWhom: string;
  by: Stamp;
}

export interface ClosingRecommendation {
  continueNetwork: boolean;
  sameForm: boolean;
  sameParticipants: boolean;
  reasoning: string;
  by: Stamp;
  /** Later edits of the draft, by the leader or the director (they draft it together). */
  editedBy?: Stamp[];
}

export interface ExtensionEvaluation {
  stillMakesSense: string;
  achievingGoals: string;
  rightParticipants: string;
  resourcesUsedWell: string;
  adjustments: string;
}

export interface Extension {
  previousEndDate: string;
  newEndDate: string;
  evaluation: ExtensionEvaluation;
  decision: DecisionRecord;
}

/** One round of a network's life ended by an extension: its closing reflection's records and the decision. */
export interface ClosedRound {
  /** 1 for the first round; the current round is `rounds.length + 1`. */
  round: number;
  closing: NonNullable<Network['closing']>;
  extension: Extension;
}

/** Implementation path of DESIGN.md §4: in the line organisation, or via the director to a deciding body. */
export type ImplementationPath = { kind: 'lineOrganisation' } | { kind: 'decidingBody'; body: DecidingBody };

export interface AnchoringRecommendation {
  id: string;
  text: string;
  path: ImplementationPath;
  approved?: boolean;
  /**
   * For a deciding body's path: what the body decided in its meeting (the date; absent on outcomes recorded before
   * the date was asked for), recorded by the director (issue 13, points 1 and 6).
   */
  followUp?: Stamp & { outcome: string; meetingDate?: string };
}

export interface NetworkSettings {
  anonymousReflections: boolean;
  meetingStartMessage: 'none' | 'goalReminder';
  /** The network's Teams channel: its channel meetings belong to it, and the closing reflection goes there. */
  channelId: string | null;
}

/** The network aggregate: everything the lifecycle rules need. Reflection answers and the audit trail live beside it. */
export interface Network {
  id: string;
  version: number;
  name: string;
  type: NetworkType;
  track: Track | null;
  phase: Phase;
  purpose: string;
  background: string;
  originator: PersonRef;
  originatorGroup: string;
  createdAt: string;
  settings: NetworkSettings;
  recommendation: DecisionRecord | null;
  decision: DecisionRecord | null;
  pendingVotes: Vote[];
  briefing: Stamp | null;
  interested: PersonRef[];
  nomination: (Stamp & { person: PersonRef; override?: { reason: string } }) | null;
  leader: PersonRef | null;
  leaderDecision: DecisionRecord | null;
  period: { startDate: string; endDate: string } | null;
  contract: ContractVersion[];
  participants: Participant[];
  compositionInformed: Stamp | null;
  kickoff: (Stamp & { heldOn: string }) | null;
  meetings: Meeting[];
  closing: {
    started: Stamp;
    stories: Story[];
    recommendation: ClosingRecommendation | null;
    /** The director submits the joint recommendation to the body they chose (routing.ts, CONTINUATION_BODIES). */
    directorEndorsement: (Stamp & { comment: string; decider?: Body }) | null;
    /** Fixed when the closing reflection opens (absent on older rows: the setting then). */
    anonymous?: boolean;
    /** The value the deciding body sees created, recorded with its decision. */
    valueSeen?: Stamp & { text: string };
  } | null;
  extensions: Extension[];
  /** Earlier rounds, each closed by an extension: their closing records stay readable (issue 13, point 4). */
  rounds?: ClosedRound[];
  continuationDecision: DecisionRecord | null;
  anchoring: { experiences: string; recommendations: AnchoringRecommendation[]; by: Stamp } | null;
  publication: Stamp | null;
  endReminders: number[];
  /** Reminders and escalations of a body's pending decision, one of each per decision (decision-deadlines.ts). */
  deadlineNotices?: DeadlineNotice[];
  ended: (Stamp & { reason?: string }) | null;
}

/** The newest version of a contract phase, if any. */
export function currentContractVersion<P extends ContractPhaseNumber>(
  network: Pick<Network, 'contract'>,
  phase: P,
): ContractVersion<P> | undefined {
  const versions = network.contract.filter((c): c is ContractVersion<P> => c.phase === phase);
  return versions.sort((a, b) => b.version - a.version)[0];
}

/** Whether a contract phase has at least one signed (locked) version. */
export function isContractPhaseSigned(network: Pick<Network, 'contract'>, phase: ContractPhaseNumber): boolean {
  return network.contract.some((c) => c.phase === phase && c.locked);
}

/**
 * What a network's state starts as, step by step, before anything has happened to it: the one list of a new
 * network's empty fields, for the idea that creates it and for rows stored before a field existed. (Contract
 * versions, participants and meetings are rows of their own and start empty where they are assembled.)
 */
export const UNTOUCHED_NETWORK_STATE = {
  recommendation: null,
  decision: null,
  pendingVotes: [],
  briefing: null,
  interested: [],
  nomination: null,
  leader: null,
  leaderDecision: null,
  period: null,
  compositionInformed: null,
  kickoff: null,
  closing: null,
  extensions: [],
  continuationDecision: null,
  anchoring: null,
  publication: null,
  endReminders: [],
  ended: null,
} satisfies Partial<Network>;

/** A new network's settings: named reflections, no message at a meeting's start, no channel yet. */
export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  anonymousReflections: false,
  meetingStartMessage: 'none',
  channelId: null,
};
