import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { NetworkSummaryDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel, typeLabel } from '../app/labels';
import type { OverviewFilter, SortColumn } from '../app/overview-filter';
import { networkPath } from '../app/routes';
import { useText } from '../app/tab-context';
import { usePendingText } from '../app/use-pending-text';
import { AppLink } from './app-link';
import { DaysLeft } from './days-left';

const COLUMNS: { id: SortColumn | 'period'; label: Parameters<ReturnType<typeof useText>['t']>[0] }[] = [
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

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '980px' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  pending: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The overview table; each column header sorts (and says how it is sorted to screen readers). */
export function OverviewTable({
  networks,
  filter,
  onSort,
}: {
  networks: NetworkSummaryDto[];
  filter: OverviewFilter;
  onSort: (f: OverviewFilter) => void;
}) {
  const styles = useStyles();
  const { t, date, locale } = useText();
  const pendingText = usePendingText();
  return (
    <div className={styles.scroll}>
      <Table sortable className={styles.table} aria-label={t('tab.overview.title')} size="small">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) =>
              c.id === 'period' ? (
                <TableHeaderCell key={c.id}>{t(c.label)}</TableHeaderCell>
              ) : (
                <TableHeaderCell
                  key={c.id}
                  sortDirection={filter.sort === c.id ? (filter.descending ? 'descending' : 'ascending') : undefined}
                  onClick={() =>
                    onSort({
                      ...filter,
                      sort: c.id as SortColumn,
                      descending: filter.sort === c.id ? !filter.descending : false,
                    })
                  }
                >
                  {t(c.label)}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {networks.map((n) => (
            <TableRow key={n.id}>
              <TableCell>
                <AppLink href={networkPath(n.id)}>{n.name}</AppLink>
              </TableCell>
              <TableCell>{typeLabel(n.type, n.track, locale)}</TableCell>
              <TableCell>{phaseLabel(n.phase, locale)}</TableCell>
              <TableCell>{n.leader?.name ?? '–'}</TableCell>
              <TableCell>{n.period ? `${date(n.period.startDate)} – ${date(n.period.endDate)}` : '–'}</TableCell>
              <TableCell>{n.daysLeft === null ? '–' : <DaysLeft days={n.daysLeft} />}</TableCell>
              <TableCell>
                {n.leaderLoad === null ? (
                  '–'
                ) : n.leaderLoad > 2 ? (
                  <Text className={styles.over}>
                    {n.leaderLoad} ({t('tab.overview.overLoad')})
                  </Text>
                ) : (
                  n.leaderLoad
                )}
              </TableCell>
              <TableCell>
                {n.pending.length === 0 ? (
                  '–'
                ) : (
                  <ul className={styles.pending}>
                    {n.pending.map((p) => (
                      <li key={`${p.kind}-${p.contractPhase ?? ''}`}>{pendingText(p)}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>{n.responseRate === null ? '–' : `${Math.round(n.responseRate * 100)} %`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
