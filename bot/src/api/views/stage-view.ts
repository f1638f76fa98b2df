import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import { expectedReflections } from '@netvaerk/shared/domain/reflectors';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import { stageReveals } from '@netvaerk/shared/domain/stage';
import type { StageDto } from '@netvaerk/shared/api/meeting-api-types';
import { charterOf } from './panel-view';

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** Comment texts without their authors, sorted by question and text so their order reveals nothing either. */
function commentsOf(answers: ReflectionAnswer[]): NonNullable<StageDto['comments']> {
  return answers
    .flatMap((a) => [
      { question: 'value' as const, text: a.valueComment },
      { question: 'workingWell' as const, text: a.workingWellComment },
      { question: 'suggestion' as const, text: a.suggestion },
    ])
    .filter((c) => c.text.trim())
    .sort((a, b) => a.question.localeCompare(b.question) || a.text.localeCompare(b.text));
}

/** What the shared stage shows everyone in the meeting: the domain's `stageReveals` decides how much. */
export function stageView(
  network: Network,
  meeting: Meeting,
  answers: ReflectionAnswer[],
  comments: boolean,
): StageDto {
  const charter = charterOf(network);
  const reveals = stageReveals(meeting, answers.length, comments);
  return {
    networkName: network.name,
    meetingTitle: meeting.title,
    status: meeting.status,
    anonymous: meeting.status === 'scheduled' ? network.settings.anonymousReflections : meeting.anonymous,
    goal: charter?.goal ?? null,
    groundRules: charter?.groundRules ?? null,
    responses: answers.length,
    expected: Math.max(expectedReflections(network, meeting), answers.length),
    averages: reveals.averages
      ? { value: mean(answers.map((a) => a.value)), workingWell: mean(answers.map((a) => a.workingWell)) }
      : null,
    changeFormVotes: reveals.averages ? answers.filter((a) => a.changeForm).length : null,
    comments: reveals.comments ? commentsOf(answers) : null,
    averagesAtClose: reveals.averagesAtClose,
  };
}
