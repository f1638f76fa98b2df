import { fieldErrorSummary, localisedFieldErrors } from '@netvaerk/shared/i18n/field-errors';
import type { FieldProblem } from '@netvaerk/shared/domain/field-problems';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { type DomainError, errorStatus, type Locale } from '@netvaerk/shared/domain/errors';
import { errorText } from '@netvaerk/shared/i18n/error-text';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { type MessageKey, t } from '@netvaerk/shared/i18n/messages';
import type { ApiErrorBody } from '@netvaerk/shared/api/api-types';

const langSchema = z.enum(['da', 'en']);

/** The query string of a request (restify's query parser is not installed; this is the only reader). */
export function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/** `?lang=` wins, then the first language of Accept-Language; Danish by default. */
export function localeOf(req: Request): Locale {
  const lang = langSchema.safeParse(queryOf(req).get('lang'));
  if (lang.success) return lang.data;
  const accept = req.headers['accept-language'];
  return localeFrom(typeof accept === 'string' ? accept.split(',')[0] : undefined);
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.header('cache-control', 'no-store');
  res.json(status, body);
}

/** A failure the API itself defines (authentication, routing), with its message from the catalogue. */
export function sendFailure(res: Response, status: number, code: string, key: MessageKey, locale: Locale): void {
  const body: ApiErrorBody = { code, message: t(locale, key) };
  sendJson(res, status, body);
}

/** A domain error as the tab API answers it: its status, its stable code and the message in the user's language. */
export function sendDomainError(res: Response, error: DomainError, locale: Locale): void {
  const body: ApiErrorBody = {
    code: error.code,
    message: errorText(error, locale),
    ...(error.fieldErrors ? { fieldErrors: localisedFieldErrors(error, locale) } : {}),
  };
  sendJson(res, errorStatus(error), body);
}

/**
 * A form's bad fields, outside the command path (the records page): 422, each field's problem as a sentence that
 * names it by its label on `form`, and a summary naming them all, or `message` when a route has a better one.
 */
export function sendFieldProblems(
  res: Response,
  locale: Locale,
  form: string,
  problems: Record<string, FieldProblem>,
  options: { code?: string; message?: MessageKey } = {},
): void {
  const error: DomainError = {
    kind: 'error',
    code: 'INPUT.INVALID',
    params: { command: form, fields: Object.keys(problems).join(', ') },
    fieldErrors: problems,
  };
  const body: ApiErrorBody = {
    code: options.code ?? 'INPUT.INVALID',
    message: options.message ? t(locale, options.message) : fieldErrorSummary(error, locale),
    fieldErrors: localisedFieldErrors(error, locale),
  };
  sendJson(res, 422, body);
}

/** The same answer for a network that does not exist and one the user may not see. */
export function sendNotVisible(res: Response, locale: Locale): void {
  sendDomainError(res, { kind: 'error', code: 'NETWORK.NOT_FOUND', params: {} }, locale);
}
