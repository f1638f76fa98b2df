import { type Actor, type OrgConfig, samePerson } from '../domain/types';

/** Only the director changes the records settings (the retention period, who the privacy officers are). */
export function mayChangeRecordsSettings(actor: Actor, config: OrgConfig): boolean {
  return Boolean(config.director && samePerson(config.director, actor));
}
