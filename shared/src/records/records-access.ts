import { type Actor, type OrgConfig, samePerson } from '../domain/types';
import type { RecordsSettings } from './retention';

/** The director and the consultants export case records, one network or the whole portfolio for a period. */
export function mayExportCaseRecords(actor: Actor, config: OrgConfig): boolean {
  return (
    Boolean(config.director && samePerson(config.director, actor)) ||
    config.consultants.some((c) => samePerson(c, actor))
  );
}

/** The director and the configured privacy officers answer data-access requests and erase people. */
export function mayHandlePersonData(actor: Actor, config: OrgConfig, settings: RecordsSettings): boolean {
  return (
    Boolean(config.director && samePerson(config.director, actor)) ||
    settings.privacyOfficers.some((p) => samePerson(p, actor))
  );
}

/** Only the director changes the records settings (the retention period, who the privacy officers are). */
export function mayChangeRecordsSettings(actor: Actor, config: OrgConfig): boolean {
  return Boolean(config.director && samePerson(config.director, actor));
}
