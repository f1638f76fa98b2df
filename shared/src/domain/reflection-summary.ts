import type { ReflectionAnswer } from './repository';

/** Below this many answers, an anonymous meeting shows neither averages nor comments (DESIGN.md §9). */
export const MIN_ANONYMOUS_ANSWERS = 3;

export interface ReflectionSummary {
  answered: number;
  expected: number;
  /** False while an anonymous meeting has too few answers to show anything but the count. */
  visible: boolean;
  averageValue: number | null;
  averageWorkingWell: number | null;
  changeFormYes: number;
  valueComments: string[];
  workingWellComments: string[];
  suggestions: string[];
}

/** The one anonymity rule for every reflection, meetings' and closing ones': below the threshold, only the count. */
export function answersVisible(count: number, anonymous: boolean): boolean {
  return !anonymous || count >= MIN_ANONYMOUS_ANSWERS;
}

const average = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
const texts = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

/**
 * What may be shown of a meeting's reflection: counts always; averages and comments only when the meeting isn't
 * anonymous or at least three have answered. Never who said what for an anonymous meeting.
 */
export function summariseReflection(
  answers: ReflectionAnswer[],
  expected: number,
  anonymous: boolean,
): ReflectionSummary {
  const visible = answersVisible(answers.length, anonymous);
  return {
    answered: answers.length,
    expected: Math.max(expected, answers.length),
    visible,
    averageValue: visible ? average(answers.map((a) => a.value)) : null,
    averageWorkingWell: visible ? average(answers.map((a) => a.workingWell)) : null,
    changeFormYes: visible ? answers.filter((a) => a.changeForm).length : 0,
    valueComments: visible ? texts(answers.map((a) => a.valueComment)) : [],
    workingWellComments: visible ? texts(answers.map((a) => a.workingWellComment)) : [],
    suggestions: visible ? texts(answers.map((a) => a.suggestion)) : [],
  };
}

/** How many may answer: the meeting chat's eligible members when known, else the network's participants. */
export function expectedAnswers(attendeeKeys: string[] | undefined, participantCount: number): number {
  return attendeeKeys && attendeeKeys.length > 0 ? attendeeKeys.length : participantCount;
}
