import type { FieldProps } from '@fluentui/react-components';
import { ApiError } from '../../app/api-client';

/** Each field's sentence, by the name the form and the server share (`retentionMonths`, `from`, `q`). */
export type FieldErrors = Record<string, string>;

/** A Fluent Field's validation props: the field's sentence in red, or a plain field. */
export function fieldState(
  errors: FieldErrors,
  name: string,
): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  const message = errors[name];
  return message ? { validationState: 'error', validationMessage: message } : { validationState: 'none' };
}

/** The server's sentences per field, when its refusal names fields (a 422 from the records routes). */
export function serverFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError ? error.fieldErrors : {};
}
