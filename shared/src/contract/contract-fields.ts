import type { MessageKey } from '../i18n/messages';

export type FieldKind = 'long' | 'short' | 'date' | 'list';

/**
 * The fields of each contract phase (DESIGN.md §5), in the order the template has them: one list for the bot's
 * contract card and the tab's contract form.
 */
export const CONTRACT_FIELDS: Record<1 | 2 | 3, { name: string; kind: FieldKind; label: MessageKey }[]> = {
  1: [
    { name: 'purpose', kind: 'long', label: 'field.purpose' },
    { name: 'background', kind: 'long', label: 'field.background' },
    // The parties are not typed in: the routing table names them (contract-parties.ts).
  ],
  2: [
    { name: 'startDate', kind: 'date', label: 'field.startDate' },
    { name: 'endDate', kind: 'date', label: 'field.endDate' },
    { name: 'frame', kind: 'long', label: 'field.frame' },
    { name: 'mandate', kind: 'long', label: 'field.mandate' },
    { name: 'processCriteria', kind: 'long', label: 'field.processCriteria' },
    { name: 'productCriteria', kind: 'long', label: 'field.productCriteria' },
  ],
  3: [
    { name: 'understoodPurpose', kind: 'long', label: 'field.understoodPurpose' },
    { name: 'goal', kind: 'long', label: 'field.goal' },
    { name: 'workingForm', kind: 'long', label: 'field.workingForm' },
    { name: 'meetingCadence', kind: 'short', label: 'field.meetingCadence' },
    { name: 'groundRules', kind: 'long', label: 'field.groundRules' },
    { name: 'tasks', kind: 'long', label: 'field.tasks' },
  ],
};

/** A stored field as the form edits it: lists one item per line. */
export function toFormValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** The form's values as the command wants them. */
export function toCommandFields(phase: 1 | 2 | 3, values: Record<string, string>): Record<string, string | string[]> {
  return Object.fromEntries(
    CONTRACT_FIELDS[phase].map((f) => [
      f.name,
      f.kind === 'list'
        ? (values[f.name] ?? '')
            .split(/\r?\n/)
            .map((x) => x.trim())
            .filter(Boolean)
        : (values[f.name] ?? ''),
    ]),
  );
}
