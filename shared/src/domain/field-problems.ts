import type { z } from 'zod';

/**
 * What is wrong with one input field, as a stable code a boundary turns into a sentence in the user's language
 * (shared/src/i18n/field-errors.ts). `tooLong` and `atLeast`/`atMost` carry their limit: `tooLong:4000`.
 */
export type FieldProblem =
  | 'required'
  | `tooShort:${number}`
  | `tooLong:${number}`
  | `atLeast:${number}`
  | `atMost:${number}`
  | 'wholeNumber'
  | 'date'
  | 'email'
  | 'score'
  | 'unknownPerson'
  | 'unknownChannel'
  | 'quorumTooLarge'
  | 'secretaryRequired'
  | 'secretaryNotMember'
  | 'meetingDate'
  | 'dateOrder'
  | 'confirmMismatch'
  | 'invalid';

const KNOWN: ReadonlySet<string> = new Set(['required', 'date', 'email', 'score', 'wholeNumber', 'dateOrder']);

/**
 * The problem behind a zod issue. Schemas name their own problems as messages (`'date'`, `'email'`); otherwise
 * the issue's code decides, so zod's own English never reaches a user.
 */
export function fieldProblemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (KNOWN.has(issue.message)) return issue.message as FieldProblem;
  switch (issue.code) {
    case 'too_small':
      // "at least 2 characters" says more than "fill it in" (a search of one letter); a schema that means
      // "fill it in" first for an empty field says `.min(1).min(2)`.
      if (issue.origin === 'string' && Number(issue.minimum) > 1) return `tooShort:${Number(issue.minimum)}`;
      if (issue.origin === 'string' || issue.origin === 'array') return 'required';
      return `atLeast:${Number(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `tooLong:${Number(issue.maximum)}`;
      return `atMost:${Number(issue.maximum)}`;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid';
    case 'invalid_value':
      return issue.input === undefined || issue.input === '' ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Each top-level field's first problem, for a form that shows one sentence per field. */
export function fieldProblemsOf(issues: readonly z.core.$ZodIssue[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of issues) problems[String(issue.path[0] ?? 'body')] ??= fieldProblemOf(issue);
  return problems;
}
