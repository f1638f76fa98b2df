import type { ReflectionAnswer } from './repository';

/** Below this many answers, an anonymous meeting shows neither averages nor comments (DESIGN.md §9). */
export const MIN_ANONYMOUS_ANSWERS = 3;

/**
 * Whether what people answered (averages, comments) may be shown, or only how many answered: the one rule for
 * meetings, the closing reflection, the tab, the cards and the case record.
 */
export function answersMayBeShown(anonymous: boolean, answered: number): boolean {
  return !anonymous || answered >= MIN_ANONYMOUS_ANSWERS;
}

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
  const visible = answersMayBeShown(anonymous, answers.length);
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
