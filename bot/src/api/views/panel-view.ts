import { canIssue } from '@netvaerk/shared/domain/can-issue';
import { currentContractVersion, type Meeting, type Network } from '@netvaerk/shared/domain/network';
import { expectedReflections } from '@netvaerk/shared/domain/reflectors';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import type { Actor, OrgConfig } from '@netvaerk/shared/domain/types';
import type { MeetingCharterDto, MeetingPanelDto, OwnAnswerDto } from '@netvaerk/shared/api/meeting-api-types';

/** The goal, working form, cadence, ground rules and tasks of contract phase 3, newest version. */
export function charterOf(network: Network): MeetingCharterDto | null {
  const phase3 = currentContractVersion(network, 3)?.fields;
  if (!phase3) return null;
  const { goal, workingForm, meetingCadence, groundRules, tasks } = phase3;
  return { goal, workingForm, meetingCadence, groundRules, tasks };
}

function ownAnswerDto(answer: ReflectionAnswer | null): OwnAnswerDto | null {
  if (!answer) return null;
  const { value, valueComment, workingWell, workingWellComment, changeForm, suggestion } = answer;
  return { value, valueComment, workingWell, workingWellComment, changeForm, suggestion };
}

/**
 * The meeting side panel as one viewer sees it. What they may do comes from the domain (`canIssue`), the same
 * rules the server applies when the command arrives.
 */
export function panelView(input: {
  network: Network;
  meeting: Meeting;
  answers: ReflectionAnswer[];
  ownAnswer: ReflectionAnswer | null;
  viewer: Actor;
  config: OrgConfig;
  today: string;
  /** The stage keys, computed by the route for a viewer who leads (see stage-key.ts). */
  stageKeys: MeetingPanelDto['stageKeys'];
}): MeetingPanelDto {
  const { network: n, meeting: m, viewer, config } = input;
  const phase2 = currentContractVersion(n, 2)?.fields;
  const index = n.meetings.findIndex((x) => x.id === m.id);
  const previous = n.meetings
    .slice(0, index)
    .reverse()
    .find((x) => x.decisions?.text);
  return {
    network: { id: n.id, name: n.name },
    charter: charterOf(n),
    successCriteria: phase2 ? { process: phase2.processCriteria, product: phase2.productCriteria } : null,
    meeting: {
      id: m.id,
      title: m.title,
      status: m.status,
      anonymous: m.status === 'scheduled' ? n.settings.anonymousReflections : m.anonymous,
      startedAt: m.startedAt ?? null,
      endedAt: m.endedAt ?? null,
      reflectionStartedAt: m.reflectionStarted?.at ?? null,
      agenda: m.agenda?.text ?? '',
      decisions: m.decisions?.text ?? '',
      responses: input.answers.length,
      expected: expectedReflections(n, m),
    },
    previous: previous
      ? { title: previous.title, endedAt: previous.endedAt ?? null, decisions: previous.decisions!.text }
      : null,
    canLead: canIssue(n, 'writeMeetingNotes', viewer, config),
    canClose: m.status === 'reflectionOpen' && canIssue(n, 'closeReflection', viewer, config),
    stageKeys: canIssue(n, 'writeMeetingNotes', viewer, config) ? input.stageKeys : null,
    canAnswer: m.status === 'reflectionOpen' && canIssue(n, 'answerReflection', viewer, config, { today: input.today }),
    ownAnswer: ownAnswerDto(input.ownAnswer),
  };
}
