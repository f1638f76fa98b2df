import { type DomainError, errorMessage, type Locale } from '../domain/errors';
import { fieldErrorSummary } from './field-errors';
import { formatDateTime } from './locale';

/** A domain error's message for a person: timestamps in its parameters read as local dates and times. */
export function errorText(error: DomainError, locale: Locale): string {
  if (error.code === 'INPUT.INVALID') return fieldErrorSummary(error, locale);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.params)) {
    params[key] = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? formatDateTime(value, locale) : value;
  }
  return errorMessage({ ...error, params }, locale);
}
