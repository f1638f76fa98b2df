import { type Command, commandSchema } from './commands';
import { type DomainError, domainError } from './errors';

/**
 * Validates untrusted input (card data, API bodies) into a command. A failure lists each bad field, so a form
 * can be shown again with the message at the field and the values kept.
 */
export function parseCommand(input: unknown): Command | DomainError {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.filter((p) => p !== 'fields').join('.') || 'type';
    fieldErrors[field] ??= issue.message;
  }
  return domainError('INPUT.INVALID', { fields: Object.keys(fieldErrors).join(', ') }, fieldErrors);
}
