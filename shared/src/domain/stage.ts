import type { MeetingStatus } from './network';
import { MIN_ANONYMOUS_ANSWERS } from './reflection-summary';

/**
 * What the shared stage may show of a reflection. The count always. The averages from three answers on (a room
 * sees the screen, and one or two answers would point at someone) — live in a named meeting, but in an anonymous
 * one only once the reflection is closed: a stage that updates after every answer lets the room subtract two
 * consecutive averages and read the newest answer, while watching who just pressed "Send svar". The comments
 * only for a meeting that isn't anonymous, from three answers on, when the leader chose to show them. Never a
 * name: the stage shows texts, not who wrote them.
 */
export function stageReveals(
  meeting: { anonymous: boolean; status: MeetingStatus },
  answered: number,
  leaderShowsComments: boolean,
): { averages: boolean; comments: boolean; averagesAtClose: boolean } {
  const enough = answered >= MIN_ANONYMOUS_ANSWERS;
  const averagesAtClose = meeting.anonymous && meeting.status !== 'reflectionClosed';
  const averages = enough && !averagesAtClose;
  return { averages, comments: averages && !meeting.anonymous && leaderShowsComments, averagesAtClose };
}
