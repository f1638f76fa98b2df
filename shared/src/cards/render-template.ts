import { Template } from 'adaptivecards-templating';

/** An Adaptive Card as JSON. */
export type CardJson = Record<string, unknown>;

/**
 * Expands a card template with data. Data values are never evaluated as expressions, so user text containing
 * `${…}` stays text; user text that reaches Markdown must still go through escapeMarkdown.
 */
export function renderTemplate(template: object, data: object): CardJson {
  return new Template(template).expand({ $root: data }) as CardJson;
}
