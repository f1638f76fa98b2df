import { MIN_ANONYMOUS_ANSWERS } from '@netvaerk/shared/domain/reflection-summary';
import { reflectorKeys } from '@netvaerk/shared/domain/reflectors';
import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import type { MeetingDto, ReflectionCommentDto } from '@netvaerk/shared/api/api-types';

/** Averages and comments of an anonymous meeting are shown only once this many have answered (the domain's rule). */
export const ANONYMITY_THRESHOLD = MIN_ANONYMOUS_ANSWERS;

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => round1(xs.reduce((a, b) => a + b, 0) / xs.length);

/** Who is asked to reflect when the meeting's attendees are not known (the domain's rule). */
export function eligibleCount(n: Network): number {
  return reflectorKeys(n).length;
}

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
 * One meeting's reflection as the tab shows it. Anonymous answers never carry a person; below the threshold
 * their averages and comments are withheld, since with one or two answers they would point at someone.
 */
export function meetingView(
  meeting: Meeting,
  answers: ReflectionAnswer[],
  eligible: number,
  /** Whether the viewer sees who wrote a comment (the leader, director and consultants: the domain's rule). */
  names = false,
): MeetingDto {
  const withheld = meeting.anonymous && answers.length > 0 && answers.length < ANONYMITY_THRESHOLD;
  const show = answers.length > 0 && !withheld;
  return {
    id: meeting.id,
    title: meeting.title,
    status: meeting.status,
    anonymous: meeting.anonymous,
    endedAt: meeting.endedAt ?? null,
    responses: answers.length,
    eligible,
    averages: show
      ? { value: mean(answers.map((a) => a.value)), workingWell: mean(answers.map((a) => a.workingWell)) }
      : null,
    changeFormVotes: show ? answers.filter((a) => a.changeForm).length : null,
    comments: show ? commentsOf(answers, meeting.anonymous, names) : null,
    withheld,
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
