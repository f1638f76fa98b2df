import type { DomainError, Locale } from '../domain/errors';
import type { z } from 'zod';
import { type FieldProblem, fieldProblemsOf } from '../domain/field-problems';
import { BODY_NAMES } from '../domain/routing';
import { FORUMS, type Forum } from '../domain/types';
import { MESSAGES, type MessageKey, t } from './messages';
import { INTL_TAGS } from './locale';

/** A problem's kind without its limit (`tooLong:4000` → `tooLong`): each kind has its sentence. */
type ProblemKind = FieldProblem extends infer P ? (P extends `${infer K}:${number}` ? K : P) : never;

const SENTENCES: Record<ProblemKind, MessageKey> = {
  required: 'fieldError.required',
  tooShort: 'fieldError.tooShort',
  tooLong: 'fieldError.tooLong',
  atLeast: 'fieldError.atLeast',
  atMost: 'fieldError.atMost',
  wholeNumber: 'fieldError.wholeNumber',
  date: 'fieldError.date',
  email: 'fieldError.email',
  score: 'fieldError.score',
  unknownPerson: 'fieldError.unknownPerson',
  unknownChannel: 'fieldError.unknownChannel',
  quorumTooLarge: 'fieldError.quorumTooLarge',
  secretaryRequired: 'fieldError.secretaryRequired',
  secretaryNotMember: 'fieldError.secretaryNotMember',
  meetingDate: 'fieldError.meetingDate',
  dateOrder: 'fieldError.dateOrder',
  confirmMismatch: 'fieldError.confirmMismatch',
  invalid: 'fieldError.invalid',
};

const isKey = (key: string): key is MessageKey => key in MESSAGES;

/** Where a command's fields are labelled on its form, most specific first. */
const PREFIXES: Record<string, readonly string[]> = {
  answerReflection: ['reflection.q.'],
  addStory: ['closing.story.'],
  answerClosingReflection: ['closing.q.'],
  submitClosingRecommendation: ['closing.q.'],
  endorseClosingRecommendation: ['closing.endorsement.'],
  decideContinuation: ['closing.q.', 'field.'],
  recordClosingMeeting: ['closing.q.'],
};

const SPECIAL: Record<string, MessageKey> = {
  networkType: 'field.type',
  type: 'field.commandType',
  'Idempotency-Key': 'field.idempotencyKey',
  person: 'field.person',
  'addExternalParticipant:name': 'field.externalName',
  'recordClosingMeeting:recommendations.path': 'closing.q.path',
  'recordClosingMeeting:recommendations.text': 'closing.q.recommendation',
  'answerClosingReflection:goalProgress.goal': 'closing.q.progress',
  'answerClosingReflection:goalProgress.progress': 'closing.q.progress',
  // The records page's forms (tab/src/components/records), by their labels there.
  'recordsSettings:retentionMonths': 'tab.records.retention.months',
  'recordsSettings:privacyOfficerKeys': 'tab.records.retention.officers',
  'recordsExport:from': 'tab.records.export.from',
  'recordsExport:to': 'tab.records.export.to',
  'recordsExport:networkIds': 'tab.records.export.network',
  'recordsSearch:q': 'tab.records.person.search',
  'recordsErase:confirmName': 'tab.records.person.confirmName',
};

function configLabel(path: string, locale: Locale): string | null {
  const [group, part] = path.split('.');
  if (group === 'announcements' && part === 'channel') return t(locale, 'field.announcementsChannel');
  if (!FORUMS.includes(group as Forum)) return null;
  const forum = BODY_NAMES[group as Forum][locale];
  if (part === 'members') return t(locale, 'field.forumMembers', { forum });
  if (part === 'channel') return t(locale, 'field.forumChannel', { forum });
  const capital = `${forum.charAt(0).toUpperCase()}${forum.slice(1)}`;
  if (part === 'quorum') return `${capital}: ${t(locale, 'field.forumQuorum')}`;
  if (part === 'rule') return `${capital}: ${t(locale, 'field.forumRule')}`;
  if (part === 'secretaries') return `${capital}: ${t(locale, 'field.forumSecretaries')}`;
  if (part === 'deadlineDays') return `${capital}: ${t(locale, 'field.forumDeadlineDays')}`;
  return null;
}

/**
 * The field's name as the user sees it on the form (`purpose` → "Formål"), for a path as parseCommand reports
 * it (`goalProgress.0.progress`, `headsForum.quorum`).
 */
export function fieldLabel(path: string, locale: Locale, command = ''): string {
  const config = command === 'config' ? configLabel(path, locale) : null;
  if (config) return config;
  const index = path.split('.').find((p) => /^\d+$/.test(p));
  const n = index === undefined ? '' : String(Number(index) + 1);
  const clean = path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .join('.');
  const last = clean.split('.').at(-1) ?? clean;
  const first = clean.split('.')[0] ?? clean;
  const candidates = [
    SPECIAL[`${command}:${clean}`],
    SPECIAL[clean],
    SPECIAL[first],
    ...(PREFIXES[command] ?? []).map((prefix) => `${prefix}${last}`),
    `field.${last}`,
    `closing.q.${last}`,
  ];
  const key = candidates.find((k): k is MessageKey => !!k && isKey(k));
  return key ? t(locale, key, { n, goal: n, forum: '' }) : t(locale, 'field.unnamed');
}

/** One field's problem as a full sentence that names the field. */
export function fieldErrorText(path: string, problem: string, locale: Locale, command = ''): string {
  const label = fieldLabel(path, locale, command);
  const [kind, limit] = problem.split(':') as [string, string | undefined];
  const number = limit ? new Intl.NumberFormat(INTL_TAGS[locale]).format(Number(limit)) : '';
  return t(locale, SENTENCES[kind as ProblemKind] ?? 'fieldError.invalid', { label, max: number, n: number });
}

/** Every field problem of an error as sentences in the user's language, keyed by field as the form knows it. */
export function localisedFieldErrors(error: DomainError, locale: Locale): Record<string, string> {
  const command = error.params.command ?? '';
  return Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([path, problem]) => [
      path,
      fieldErrorText(path, problem, locale, command),
    ]),
  );
}

/** The one-line summary of an INPUT.INVALID error, naming the fields by their labels. */
export function fieldErrorSummary(error: DomainError, locale: Locale): string {
  const command = error.params.command ?? '';
  const paths = error.fieldErrors ? Object.keys(error.fieldErrors) : (error.params.fields ?? '').split(', ');
  const labels = [...new Set(paths.filter(Boolean).map((p) => fieldLabel(p, locale, command)))];
  return t(locale, 'fieldError.summary', { labels: labels.join(', ') });
}

/**
 * A form's values checked by the same zod schema the server checks: {} when they pass, else each field's sentence
 * as the server would answer it. The tab validates before it sends.
 */
export function formErrors(schema: z.ZodType, values: unknown, locale: Locale, form: string): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  const fieldErrors = fieldProblemsOf(parsed.error.issues);
  return localisedFieldErrors({ kind: 'error', code: 'INPUT.INVALID', params: { command: form }, fieldErrors }, locale);
}
