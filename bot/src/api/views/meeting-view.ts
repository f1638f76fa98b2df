import { answersMayBeShown } from '@netvaerk/shared/domain/reflection-summary';
import { expectedReflections } from '@netvaerk/shared/domain/reflectors';
import { attendanceView } from './attendance-view';
import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import { EMPTY_TALLY, type MeetingReflection } from '@netvaerk/shared/domain/meeting-tally';
import type { MeetingDto, ReflectionCommentDto } from '@netvaerk/shared/api/api-types';

const round1 = (x: number) => Math.round(x * 10) / 10;

function commentsOf(answers: ReflectionAnswer[], anonymous: boolean, names: boolean): ReflectionCommentDto[] {
  const comments = answers.flatMap((a) => {
    const by = anonymous || !names ? null : (a.person?.name ?? null);
    const out: ReflectionCommentDto[] = [];
    if (a.valueComment) out.push({ question: 'value', text: a.valueComment, by });
    if (a.workingWellComment) out.push({ question: 'workingWell', text: a.workingWellComment, by });
    if (a.suggestion) out.push({ question: 'suggestion', text: a.suggestion, by });
    return out;
  });
  // Stored order follows the answer keys and times; for anonymous meetings sort by text so order reveals nothing.
  return anonymous
    ? comments.sort((a, b) => a.question.localeCompare(b.question) || a.text.localeCompare(b.text))
    : comments;
}

/**
 * One meeting's reflection as the tab shows it, from its tally and its commented answers. Anonymous answers never
 * carry a person; below the threshold their averages and comments are withheld, since with one or two answers they
 * would point at someone. The denominator is the domain's "who must reflect" for this meeting.
 */
export function meetingView(
  network: Network,
  meeting: Meeting,
  reflection: MeetingReflection | undefined,
  /** Whether the viewer sees who wrote a comment (the leader, director and consultants: the domain's rule). */
  names = false,
): MeetingDto {
  const { tally, commented } = reflection ?? { tally: EMPTY_TALLY, commented: [] };
  const eligible = expectedReflections(network, meeting);
  const withheld = tally.count > 0 && !answersMayBeShown(meeting.anonymous, tally.count);
  const show = tally.count > 0 && !withheld;
  return {
    id: meeting.id,
    title: meeting.title,
    status: meeting.status,
    anonymous: meeting.anonymous,
    endedAt: meeting.endedAt ?? null,
    responses: tally.count,
    eligible,
    averages: show
      ? { value: round1(tally.valueSum / tally.count), workingWell: round1(tally.workingWellSum / tally.count) }
      : null,
    changeFormVotes: show ? tally.changeFormVotes : null,
    comments: show ? commentsOf(commented, meeting.anonymous, names) : null,
    withheld,
    reflectionStartedAt: meeting.reflectionStarted?.at ?? null,
    attendance: attendanceView(network, meeting),
  };
}

/** Answers per eligible person over the meetings whose reflection has opened, 0–1; null when there are none. */
export function responseRate(meetings: MeetingDto[]): number | null {
  const opened = meetings.filter((m) => m.status !== 'scheduled' && m.eligible > 0);
  if (opened.length === 0) return null;
  const asked = opened.reduce((s, m) => s + m.eligible, 0);
  const answered = opened.reduce((s, m) => s + Math.min(m.responses, m.eligible), 0);
  return Math.round((answered / asked) * 100) / 100;
}
