import type { ReflectionAnswer } from './repository';

/**
 * One meeting's reflection in figures: how many answered, the sums of the two scores, the votes to change the
 * form, and how many answers carry a comment. No person and no text: it is what the overview and the averages
 * need, kept up to date as answers are written, so neither reads every answer.
 */
export interface MeetingTally {
  count: number;
  valueSum: number;
  workingWellSum: number;
  changeFormVotes: number;
  commented: number;
}

/** A meeting's tally with the answers that carry a comment (the only answers the views show one by one). */
export interface MeetingReflection {
  tally: MeetingTally;
  commented: ReflectionAnswer[];
}

export const EMPTY_TALLY: MeetingTally = { count: 0, valueSum: 0, workingWellSum: 0, changeFormVotes: 0, commented: 0 };

type Scored = Pick<
  ReflectionAnswer,
  'value' | 'workingWell' | 'changeForm' | 'valueComment' | 'workingWellComment' | 'suggestion'
>;

export function hasComment(answer: Scored): boolean {
  return Boolean(answer.valueComment || answer.workingWellComment || answer.suggestion);
}

/** What one answer adds to its meeting's tally. */
export function contributionOf(answer: Scored): MeetingTally {
  return {
    count: 1,
    valueSum: answer.value,
    workingWellSum: answer.workingWell,
    changeFormVotes: answer.changeForm ? 1 : 0,
    commented: hasComment(answer) ? 1 : 0,
  };
}

export function addTallies(a: MeetingTally, b: MeetingTally, sign: 1 | -1 = 1): MeetingTally {
  return {
    count: a.count + sign * b.count,
    valueSum: a.valueSum + sign * b.valueSum,
    workingWellSum: a.workingWellSum + sign * b.workingWellSum,
    changeFormVotes: a.changeFormVotes + sign * b.changeFormVotes,
    commented: a.commented + sign * b.commented,
  };
}

/** The tally of a list of answers (for meetings answered before tallies were kept, and to check them). */
export function tallyOf(answers: readonly Scored[]): MeetingTally {
  return answers.reduce((sum, a) => addTallies(sum, contributionOf(a)), EMPTY_TALLY);
}

/** A meeting's reflection from all its answers. */
export function reflectionOf(answers: ReflectionAnswer[]): MeetingReflection {
  return { tally: tallyOf(answers), commented: answers.filter(hasComment) };
}
