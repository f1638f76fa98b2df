import type { Network } from './network';
import { answersMayBeShown } from './reflection-summary';
import { rolesOf } from './roles';
import { roundOfAnswer } from './rounds';
import { continuationDeciderOf } from './routing';
import type { Actor, OrgConfig } from './types';

/** The closing reflection's open questions (DESIGN.md §6), in the order the card asks them. */
export const CLOSING_TEXT_QUESTIONS = [
  'howWeWorked',
  'ownContribution',
  'whatBecameDifferent',
  'howItWasCreated',
  'whereItCanBeSeen',
  'successAssessment',
] as const;
export type ClosingTextQuestion = (typeof CLOSING_TEXT_QUESTIONS)[number];

/** What may be shown of one round's closing reflection. */
export interface ClosingSummary {
  round: number;
  answered: number;
  anonymous: boolean;
  /** False while an anonymous reflection has too few answers to show anything but the count. */
  visible: boolean;
  satisfactionAverage: number | null;
  /** Every text answer per question (empty while not visible). */
  questions: { question: ClosingTextQuestion; answers: string[] }[];
  /** The network's self-assessment against each goal and success criterion set at the start. */
  goals: { goal: string; answers: string[] }[];
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function progressOf(answer: Record<string, unknown>): { goal: string; progress: string }[] {
  const list = Array.isArray(answer.goalProgress) ? (answer.goalProgress as unknown[]) : [];
  return list.flatMap((g) => {
    const item = (g ?? {}) as Record<string, unknown>;
    const goal = text(item.goal);
    return goal ? [{ goal, progress: text(item.progress) }] : [];
  });
}

/**
 * One round's closing reflection as it may be shown: the count always; the average satisfaction, every text
 * answer per question and the progress per goal only when the reflection isn't anonymous or at least three
 * have answered (the meetings' rule). For an anonymous reflection the texts are sorted, so order reveals nothing.
 */
export function summariseClosingReflection(
  stored: Record<string, unknown>[],
  anonymous: boolean,
  round: number,
): ClosingSummary {
  const answers = stored.filter((a) => roundOfAnswer(a) === round);
  const visible = answersMayBeShown(anonymous, answers.length);
  const order = (xs: string[]) => (anonymous ? [...xs].sort((a, b) => a.localeCompare(b)) : xs);
  const scores = answers.map((a) => Number(a.satisfaction)).filter((x) => Number.isInteger(x) && x >= 1 && x <= 5);
  const goals = new Map<string, string[]>();
  for (const a of answers)
    for (const g of progressOf(a))
      goals.set(g.goal, [...(goals.get(g.goal) ?? []), ...(g.progress ? [g.progress] : [])]);
  return {
    round,
    answered: answers.length,
    anonymous,
    visible,
    satisfactionAverage:
      visible && scores.length > 0 ? Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10) / 10 : null,
    questions: visible
      ? CLOSING_TEXT_QUESTIONS.map((question) => ({
          question,
          answers: order(answers.map((a) => text(a[question])).filter(Boolean)),
        }))
      : [],
    goals: visible ? [...goals].map(([goal, list]) => ({ goal, answers: order(list) })) : [],
  };
}

/**
 * Who reads a closing reflection's answers (DESIGN.md §6): the network's leader, the director, the consultants
 * and the body deciding on the network's continuation. Participants see their own card, not the others' answers.
 */
export function mayReadClosingReflection(network: Network, actor: Actor, config: OrgConfig): boolean {
  const roles = rolesOf(actor, config, network);
  return (
    roles.consultant ||
    roles.bodies.has('leader') ||
    roles.bodies.has('director') ||
    roles.bodies.has(continuationDeciderOf(network))
  );
}
