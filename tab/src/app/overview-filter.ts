import type { Locale } from '@netvaerk/shared/domain/errors';
import type { NetworkSummaryDto } from '@netvaerk/shared/api/api-types';

export type SortColumn = 'name' | 'type' | 'phase' | 'leader' | 'daysLeft' | 'leaderLoad' | 'pending' | 'responseRate';

export interface OverviewFilter {
  text: string;
  type: string;
  phase: string;
  onlyPending: boolean;
  sort: SortColumn;
  descending: boolean;
}

export const NO_FILTER: OverviewFilter = {
  text: '',
  type: '',
  phase: '',
  onlyPending: false,
  sort: 'name',
  descending: false,
};

/**
 * How long a network has waited, as the time its oldest pending step began: sorting on "Venter på" lists the
 * decisions that have waited longest first (issue 13: pending decisions by age). A step without a date comes
 * after the dated ones, a network waiting for nobody last.
 */
function oldestPending(n: NetworkSummaryDto): number {
  if (n.pending.length === 0) return Number.MAX_SAFE_INTEGER;
  const dated = n.pending.flatMap((p) => (p.since ? [Date.parse(p.since)] : []));
  return dated.length ? Math.min(...dated) : Number.MAX_SAFE_INTEGER - 1;
}

const key = (n: NetworkSummaryDto, column: SortColumn): string | number => {
  switch (column) {
    case 'leader':
      return n.leader?.name ?? '';
    case 'daysLeft':
      return n.daysLeft ?? Number.MAX_SAFE_INTEGER;
    case 'leaderLoad':
      return n.leaderLoad ?? -1;
    case 'pending':
      return oldestPending(n);
    case 'responseRate':
      return n.responseRate ?? -1;
    default:
      return n[column] ?? '';
  }
};

/** Filters and sorts the overview in the browser (the list is small: one municipality's networks). */
export function applyFilter(networks: NetworkSummaryDto[], f: OverviewFilter, locale: Locale): NetworkSummaryDto[] {
  const text = f.text.trim().toLowerCase();
  const shown = networks.filter(
    (n) =>
      (!text || n.name.toLowerCase().includes(text) || (n.leader?.name.toLowerCase().includes(text) ?? false)) &&
      (!f.type || n.type === f.type) &&
      (!f.phase || n.phase === f.phase) &&
      (!f.onlyPending || n.pending.length > 0),
  );
  const direction = f.descending ? -1 : 1;
  return shown.sort((a, b) => {
    const x = key(a, f.sort);
    const y = key(b, f.sort);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
    return order * direction || a.name.localeCompare(b.name, locale);
  });
}
