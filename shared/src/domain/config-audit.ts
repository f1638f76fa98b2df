import { FORUMS, type OrgConfig, type PersonRef } from './types';

/** One configured value before and after a change, as the audit trail shows it. */
export interface ConfigChange {
  /** `director`, `consultants`, `<forum>.members`, `<forum>.quorum` or `channels.<forum|announcements>`. */
  field: string;
  before: string;
  after: string;
}

/** A change of the organisation's configuration: who made it, when, and every value it changed. */
export interface ConfigAuditEntry {
  id: string;
  at: string;
  by: PersonRef;
  changes: ConfigChange[];
}

// A person as the trail names them: the display name with the Entra object id, since names are not unique.
const person = (p: PersonRef) => `${p.name} (${p.objectId})`;
const people = (ps: readonly PersonRef[]) =>
  [...ps]
    .map(person)
    .sort((a, b) => a.localeCompare(b))
    .join(', ');

/** The configuration as the named values the trail compares. */
function valuesOf(config: OrgConfig): Map<string, string> {
  const values = new Map<string, string>([
    ['director', config.director ? person(config.director) : ''],
    ['consultants', people(config.consultants)],
  ]);
  for (const forum of FORUMS) {
    values.set(`${forum}.members`, people(config.forums[forum].members));
    values.set(`${forum}.quorum`, String(config.forums[forum].quorum));
  }
  for (const channel of [...FORUMS, 'announcements'] as const)
    values.set(`channels.${channel}`, config.channels[channel] ?? '');
  return values;
}

/**
 * What a configuration change changed (issue 13, point 8): who is director, who are consultants, who sits in
 * which forum with which quorum, which channels; each with its value before and after. Empty when nothing did.
 */
export function configChanges(before: OrgConfig, after: OrgConfig): ConfigChange[] {
  const a = valuesOf(before);
  const b = valuesOf(after);
  return [...b].flatMap(([field, value]) =>
    (a.get(field) ?? '') === value ? [] : [{ field, before: a.get(field) ?? '', after: value }],
  );
}
