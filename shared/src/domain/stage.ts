import { MIN_ANONYMOUS_ANSWERS } from './reflection-summary';

/**
 * What the shared stage may show of a running reflection: the count always; the averages from three answers on
 * (a room sees the screen, and one or two answers would point at someone); the comments only for a meeting that
 * isn't anonymous, from three answers on, when the leader chose to show them. Never a name: the stage shows
 * texts, not who wrote them.
 */
export function stageReveals(
  meeting: { anonymous: boolean },
  answered: number,
  leaderShowsComments: boolean,
): { averages: boolean; comments: boolean } {
  const averages = answered >= MIN_ANONYMOUS_ANSWERS;
  return { averages, comments: averages && !meeting.anonymous && leaderShowsComments };
}
