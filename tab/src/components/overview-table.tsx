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
import { OVERVIEW_COLUMNS as COLUMNS } from './overview-columns';
import { TruncatedText } from './truncated-text';

const useStyles = makeStyles({
  // Fixed layout: columns share the width and long texts are cut with an ellipsis (the tooltip has the rest),
  // so a long name never runs into the next column and rows stay one line high.
  table: { tableLayout: 'fixed', width: '100%' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Shares of the width per column (the fixed layout needs them; the rest is cut with a tooltip). */
const WIDTHS: Record<(typeof COLUMNS)[number]['id'], string> = {
  name: '20%',
  type: '10%',
  phase: '10%',
  leader: '9%',
  period: '15%',
  daysLeft: '10%',
  leaderLoad: '7%',
  pending: '12%',
  responseRate: '7%',
};

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
  const { t, date, locale, percent } = useText();
  const pendingText = usePendingText();
  return (
    <div>
      <Table sortable className={styles.table} aria-label={t('tab.overview.title')} size="small">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) =>
              c.id === 'period' ? (
                <TableHeaderCell key={c.id} style={{ width: WIDTHS[c.id] }}>
                  <TruncatedText text={t(c.label)} />
                </TableHeaderCell>
              ) : (
                <TableHeaderCell
                  key={c.id}
                  style={{ width: WIDTHS[c.id] }}
                  sortDirection={filter.sort === c.id ? (filter.descending ? 'descending' : 'ascending') : undefined}
                  onClick={() =>
                    onSort({
                      ...filter,
                      sort: c.id as SortColumn,
                      descending: filter.sort === c.id ? !filter.descending : false,
                    })
                  }
                >
                  <TruncatedText text={t(c.label)} />
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {networks.map((n) => (
            <TableRow key={n.id}>
              <TableCell>
                <AppLink href={networkPath(n.id)}>
                  <TruncatedText text={n.name} />
                </AppLink>
              </TableCell>
              <TableCell>
                <TruncatedText text={typeLabel(n.type, n.track, locale)} />
              </TableCell>
              <TableCell>
                <TruncatedText text={phaseLabel(n.phase, locale)} />
              </TableCell>
              <TableCell>
                <TruncatedText text={n.leader?.name ?? '–'} />
              </TableCell>
              <TableCell>
                <TruncatedText text={n.period ? `${date(n.period.startDate)} – ${date(n.period.endDate)}` : '–'} />
              </TableCell>
              <TableCell>
                {n.daysLeft === null ? (
                  '–'
                ) : n.daysLeft >= 0 ? (
                  <TruncatedText text={t('tab.network.daysLeft', { days: n.daysLeft })} />
                ) : (
                  <TruncatedText className={styles.overdue} text={t('tab.network.overdue', { days: -n.daysLeft })} />
                )}
              </TableCell>
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
                  <TruncatedText
                    text={
                      n.pending.length === 1
                        ? pendingText(n.pending[0]!)
                        : `${pendingText(n.pending[0]!)} ${t('tab.overview.morePending', { count: n.pending.length - 1 })}`
                    }
                    full={n.pending.map((p) => pendingText(p)).join('; ')}
                  />
                )}
              </TableCell>
              <TableCell>{n.responseRate === null ? '–' : percent(n.responseRate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
