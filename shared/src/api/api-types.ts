/**
 * The tab API's response shapes: declared once here and imported (types only) by the tab, so the server and the
 * tab can't drift apart. Never a person id next to an anonymous answer; names are display snapshots.
 */
import type { Phase } from '../domain/network';
import type { DecisionLogBody, DecisionLogKind } from '../domain/decision-log';
import type { Body, NetworkType, Surface, Track } from '../domain/types';
import type { AnchoringFollowUpDto, ClosingSummaryDto, RoundDto } from './closing-rounds-types';

export interface PersonDto {
  tenantId: string;
  objectId: string;
  name: string;
}

/** Failures: a stable code and a message in the request's language. */
export interface ApiErrorBody {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
}

export interface MeDto {
  person: PersonDto;
  director: boolean;
  consultant: boolean;
  forums: string[];
  /** Director, consultants and forum members see every network (the overview). */
  seesAll: boolean;
  /** The domain's rule (`READ_PERMISSIONS.caseRecordExport`), so the tab does not restate it from the roles. */
  mayExportCaseRecords: boolean;
  localDev: boolean;
}

export const PENDING_KINDS = [
  'track',
  'recommendation',
  'decision',
  'nomination',
  'leaderDecision',
  'contractSignature',
  'composition',
  'kickoff',
  'contractPhase3',
  'closingRecommendation',
  'endorsement',
  'continuation',
  'anchoringOutcome',
  'closingMeeting',
  'publication',
] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

/** A step that waits for someone: what, for whom (bodies of the routing table), and since when. */
export interface PendingDto {
  kind: PendingKind;
  waitingFor: Body[];
  /** The people behind those bodies, by name, so "waiting for whom" is concrete. */
  waitingForNames: string[];
  since: string | null;
  /** A body's decision: the day it is due by (decision-deadlines.ts); past it, the step is overdue. */
  dueOn?: string;
  contractPhase?: 1 | 2 | 3;
  /** What the task is about, when the kind alone does not say (an anchoring recommendation's text). */
  subject?: string;
}

export interface NetworkSummaryDto {
  id: string;
  name: string;
  type: NetworkType;
  track: Track | null;
  phase: Phase;
  leader: PersonDto | null;
  period: { startDate: string; endDate: string } | null;
  daysLeft: number | null;
  /** How many networks the leader leads now (the rule: at most two). */
  leaderLoad: number | null;
  pending: PendingDto[];
  participantCount: number;
  meetingCount: number;
  /** Answers per eligible person over the meetings whose reflection has opened, 0–1; null without any. */
  responseRate: number | null;
}

export interface NetworkListDto {
  scope: 'all' | 'mine';
  networks: NetworkSummaryDto[];
}

export interface SignatureDto {
  by: string;
  at: string;
  as: Body;
  /** The body's meeting, when a secretary recorded its acknowledgement. */
  meetingDate?: string;
}

/** One party of a contract version: whether it has acknowledged, and who did so for it, when. */
export interface ContractPartyDto {
  body: Body;
  acknowledged: boolean;
  by: { by: string; at: string; meetingDate?: string }[];
}

export interface ContractVersionDto {
  version: number;
  fields: Record<string, string | string[]>;
  editedBy: string;
  editedAt: string;
  signatures: SignatureDto[];
  parties: ContractPartyDto[];
  locked: boolean;
  /** A phase-2 version written by an extension decision (the new end date), locked by that decision. */
  byExtension?: { by: string; at: string };
}

export interface ContractPhaseDto {
  phase: 1 | 2 | 3;
  /** Newest first. */
  versions: ContractVersionDto[];
  requiredSigners: Body[];
  /** Whether the viewer may fill (edit) this phase now. */
  canEdit: boolean;
  /** Whether the viewer may sign the current version now. */
  canSign: boolean;
  /** Whether the viewer signs for a body that decided in its meeting: the sign asks for the meeting's date. */
  signsForMeeting: boolean;
}

export interface ParticipantDto {
  id: string;
  kind: 'internal' | 'external';
  name: string;
  organisation: string | null;
  email: string | null;
  role: 'participant' | 'guest';
  status: 'invited' | 'accepted' | 'declined';
  guestUntil: string | null;
  addedBy: string;
  addedAt: string;
  respondedAt: string | null;
}

export interface ReflectionCommentDto {
  question: 'value' | 'workingWell' | 'suggestion';
  text: string;
  /** Null for anonymous meetings: no name, no id. */
  by: string | null;
}

export interface MeetingDto {
  id: string;
  title: string;
  status: 'scheduled' | 'reflectionOpen' | 'reflectionClosed';
  anonymous: boolean;
  endedAt: string | null;
  responses: number;
  eligible: number;
  /** Null when nobody answered, or an anonymous meeting has fewer than three answers. */
  averages: { value: number; workingWell: number } | null;
  changeFormVotes: number | null;
  comments: ReflectionCommentDto[] | null;
  /** True when averages and comments are held back to protect anonymity. */
  withheld: boolean;
  /** When the leader started the reflection during the meeting (its card went out then); null otherwise. */
  reflectionStartedAt: string | null;
  /** Who of the network attended, from Teams' participant events; null when Teams reported none. */
  attendance: AttendanceDto | null;
}

/** A meeting's attendance as the tab shows it: the network's people by name, never anyone else. */
export interface AttendanceDto {
  present: { name: string; joinedAt: string; leftAt: string | null }[];
  /** The network's people who may reflect but did not join. */
  absent: string[];
}

export interface StoryDto {
  id: string;
  title: string;
  value: string;
  forWhom: string;
  by: string;
  at: string;
}

export interface ClosingDto {
  startedAt: string;
  stories: StoryDto[];
  recommendation: {
    continueNetwork: boolean;
    sameForm: boolean;
    sameParticipants: boolean;
    reasoning: string;
    by: string;
    at: string;
    /** The last edit of the joint draft (the leader and the director both edit it), when someone edited it. */
    lastEdit: { by: string; at: string } | null;
  } | null;
  /** The director's submission: her comment, and the body she sent the recommendation to. */
  directorEndorsement: { comment: string; by: string; at: string; decider: Body } | null;
  reflectionResponses: number;
  satisfactionAverage: number | null;
  /** The round this closing belongs to (1 until the first extension). */
  round: number;
  /** The answers per question and goal, for the leader, director, consultants and deciding body; else null. */
  summary: ClosingSummaryDto | null;
  /** The value the deciding body saw created, recorded with its decision. */
  valueSeen: { text: string; by: string; at: string } | null;
}

export interface DecisionDto {
  kind: DecisionLogKind;
  outcome: string;
  by: string;
  at: string;
  reason: string | null;
  /** The body that decided; under the meeting rule, the date of its meeting (`by` recorded it). */
  body: DecisionLogBody | null;
  meetingDate: string | null;
  /** What was decided on when the kind alone does not say: the nominee, the anchoring recommendation's text. */
  subject: string | null;
  votes: { by: string; at: string; outcome: string }[];
}

export interface HistoryEntryDto {
  id: string;
  type: string;
  at: string;
  /** Null for the anonymous and for the system. */
  by: string | null;
  surface: Surface;
  /** A decision's or dispensation's reason (e.g. the director's for a third network), when it has one. */
  reason: string | null;
}

export interface FailedMessageDto {
  id: string;
  createdAt: string;
  target: string;
  card: string;
  attempts: number;
  lastError: string;
}

export interface AnchoringDto {
  experiences: string;
  recommendations: {
    id: string;
    text: string;
    path: string;
    approved: boolean | null;
    /** For a deciding body's path: the outcome once recorded, null while it waits. Absent for the line path. */
    followUp?: AnchoringFollowUpDto | null;
  }[];
}

export interface NetworkViewDto {
  id: string;
  name: string;
  type: NetworkType;
  track: Track | null;
  phase: Phase;
  purpose: string;
  background: string;
  originator: string;
  originatorGroup: string;
  leader: PersonDto | null;
  period: { startDate: string; endDate: string } | null;
  daysLeft: number | null;
  anonymousReflections: boolean;
  /** When each phase of the main line was reached (the latest time, after an extension). */
  timeline: { phase: Phase; at: string | null }[];
  contract: ContractPhaseDto[];
  participants: ParticipantDto[];
  canManageParticipants: boolean;
  meetings: MeetingDto[];
  closing: ClosingDto | null;
  /** Earlier rounds, oldest first, each ended by an extension. */
  rounds: RoundDto<ClosingDto>[];
  anchoring: AnchoringDto | null;
  decisions: DecisionDto[];
  pending: PendingDto[];
  history: HistoryEntryDto[];
  /** Messages the bot could not deliver; only for the leader and the director (null for others). */
  failedMessages: FailedMessageDto[] | null;
}

export interface SiteDto {
  networks: {
    id: string;
    name: string;
    type: NetworkType;
    period: { startDate: string; endDate: string } | null;
    publishedAt: string;
    stories: StoryDto[];
    recommendations: { id: string; text: string; path: string }[];
  }[];
}

export interface IdeaCreatedDto {
  networkId: string;
  name: string;
  /** Who recommends next, as a sentence in the request's language. */
  next: string;
}

export interface DevUserDto {
  objectId: string;
  tenantId: string;
  name: string;
  roles: string[];
}
