import { type Command, commandSchema } from './commands';
import { type DomainError, domainError } from './errors';
import { fieldProblemOf } from './field-problems';

/**
 * Validates untrusted input (card data, API bodies) into a command. A failure lists each bad field with its
 * FieldProblem code, so a form can be shown again with a message at the field and the values kept; `command`
 * tells the boundary which form's labels to use.
 */
export function parseCommand(input: unknown): Command | DomainError {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.filter((p) => p !== 'fields').join('.') || 'type';
    fieldErrors[field] ??= fieldProblemOf(issue);
  }
  const command = (input as { type?: unknown } | null)?.type;
  return domainError(
    'INPUT.INVALID',
    { fields: Object.keys(fieldErrors).join(', '), ...(typeof command === 'string' ? { command } : {}) },
    fieldErrors,
  );
}
