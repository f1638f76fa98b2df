import type { ReflectionAnswer } from '../domain/repository';
/**
 * The tab API's in-meeting shapes (issue 14): the side panel and the shared stage. Types only, imported by the
 * tab; never a person id next to an anonymous answer, and the stage carries no names at all.
 */
import type { MeetingStatus } from '../domain/network';

/** The parts of contract phase 3 a meeting works by. */
export interface MeetingCharterDto {
  goal: string;
  workingForm: string;
  meetingCadence: string;
  groundRules: string;
  tasks: string;
}

/** The viewer's own answer to the meeting's reflection, to show and edit it in the panel. */
export type OwnAnswerDto = Pick<
  ReflectionAnswer,
  'value' | 'valueComment' | 'workingWell' | 'workingWellComment' | 'changeForm' | 'suggestion'
>;

export interface MeetingPanelDto {
  network: { id: string; name: string };
  /** Null until contract phase 3 is filled in. */
  charter: MeetingCharterDto | null;
  /** From contract phase 2; null until it is filled in. */
  successCriteria: { process: string; product: string } | null;
  meeting: {
    id: string;
    title: string;
    status: MeetingStatus;
    anonymous: boolean;
    startedAt: string | null;
    endedAt: string | null;
    reflectionStartedAt: string | null;
    agenda: string;
    decisions: string;
    responses: number;
    expected: number;
  };
  /** The latest earlier meeting with decisions or open actions noted; null when there is none. */
  previous: { title: string; endedAt: string | null; decisions: string } | null;
  /** The leader: may start the reflection now and write the agenda and the decisions. */
  canLead: boolean;
  /** The leader: may close the open reflection now (its results then show on the stage). */
  canClose: boolean;
  /**
   * For the leader only: the keys of what she shares to the stage. Everyone in the meeting sees the shared stage,
   * network member or not; the key in the shared address is what lets them read it (with their own sign-in).
   */
  stageKeys: { plain: string; withComments: string } | null;
  /** May answer the reflection (it is open and the viewer is asked). */
  canAnswer: boolean;
  ownAnswer: OwnAnswerDto | null;
}

export interface StageDto {
  networkName: string;
  meetingTitle: string;
  status: MeetingStatus;
  anonymous: boolean;
  goal: string | null;
  groundRules: string | null;
  responses: number;
  expected: number;
  /** From three answers on; in an anonymous meeting only once the reflection is closed. */
  averages: { value: number; workingWell: number } | null;
  /** An anonymous meeting's averages wait for the close (live ones would give away the newest answer). */
  averagesAtClose: boolean;
  changeFormVotes: number | null;
  /** Only for a meeting that isn't anonymous, when the leader chose to show them; texts without names. */
  comments: { question: 'value' | 'workingWell' | 'suggestion'; text: string }[] | null;
}
