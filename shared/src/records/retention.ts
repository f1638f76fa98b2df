import type { Network } from '../domain/network';
import { addMonths } from '../domain/period';
import type { PersonRef } from '../domain/types';
import { closedAtOf } from './case-record-parts';

/** How long personal data of a network is kept after it closes, unless the organisation sets another period. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** The organisation's records settings (kept beside the configuration, edited in the tab's records page). */
export interface RecordsSettings {
  retentionMonths: number;
  /** Besides the director, who may answer data-access requests and erase a person (a privacy officer). */
  privacyOfficers: PersonRef[];
}

export function defaultRecordsSettings(): RecordsSettings {
  return { retentionMonths: DEFAULT_RETENTION_MONTHS, privacyOfficers: [] };
}

/**
 * Where a network is in its retention: `open` (not ended), `waiting` (ended, period not over), `due` (to be
 * deleted now), `blocked` (due, but its case record was never exported: nothing is deleted), `done` (deleted).
 */
export type RetentionStatus = 'open' | 'waiting' | 'due' | 'blocked' | 'done';

export interface RetentionItem {
  networkId: string;
  name: string;
  closedAt: string | null;
  /** The day from which personal data may be deleted (closing day plus the retention period). */
  deleteFrom: string | null;
  exportedAt: string | null;
  status: RetentionStatus;
}

export type RetentionNetwork = Pick<Network, 'id' | 'name' | 'phase' | 'ended'>;

/** One network's retention status on a day (ISO date). Pure, so the dry run and the scheduler agree. */
export function retentionOf(
  network: RetentionNetwork,
  settings: RecordsSettings,
  exportedAt: string | null,
  purgedAt: string | null,
  today: string,
): RetentionItem {
  const closedAt = closedAtOf(network as Network);
  const deleteFrom = closedAt ? addMonths(closedAt.slice(0, 10), settings.retentionMonths) : null;
  const status: RetentionStatus = purgedAt
    ? 'done'
    : !deleteFrom
      ? 'open'
      : deleteFrom > today
        ? 'waiting'
        : exportedAt
          ? 'due'
          : 'blocked';
  return { networkId: network.id, name: network.name, closedAt, deleteFrom, exportedAt, status };
}
