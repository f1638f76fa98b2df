import type { MessageKey } from '@netvaerk/shared/i18n/messages';
import type { SortColumn } from '../app/overview-filter';

/** The overview's columns, for the wide table's headers and the narrow list's sort choice alike. */
export const OVERVIEW_COLUMNS: { id: SortColumn | 'period'; label: MessageKey }[] = [
  { id: 'name', label: 'tab.overview.name' },
  { id: 'type', label: 'tab.overview.type' },
  { id: 'phase', label: 'tab.overview.status' },
  { id: 'leader', label: 'tab.overview.leader' },
  { id: 'period', label: 'tab.overview.period' },
  { id: 'daysLeft', label: 'tab.overview.daysLeft' },
  { id: 'leaderLoad', label: 'tab.overview.load' },
  { id: 'pending', label: 'tab.overview.pending' },
  { id: 'responseRate', label: 'tab.overview.responses' },
];
