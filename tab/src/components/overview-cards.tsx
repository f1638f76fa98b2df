import { Card, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { NetworkSummaryDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel, typeLabel } from '../app/labels';
import type { OverviewFilter, SortColumn } from '../app/overview-filter';
import { networkPath } from '../app/routes';
import { useText } from '../app/tab-context';
import { usePendingText } from '../app/use-pending-text';
import { AppLink } from './app-link';
import { DaysLeft } from './days-left';
import { OVERVIEW_COLUMNS } from './overview-columns';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  card: { display: 'grid', gap: tokens.spacingVerticalXS, minWidth: 0 },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  sort: { maxWidth: '320px' },
});

const sortable = OVERVIEW_COLUMNS.filter((c) => c.id !== 'period');

/**
 * The overview on a narrow surface (a side panel, a phone): one card per network with the table's facts as a
 * definition list, and the sort the column headers give on a wide one.
 */
export function OverviewCards({
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
  const sortValue = `${filter.sort}:${filter.descending ? 'desc' : 'asc'}`;
  return (
    <>
      <Field label={t('tab.overview.sortBy')} className={styles.sort}>
        <Select
          value={sortValue}
          onChange={(_e, d) => {
            const [sort, direction] = d.value.split(':') as [SortColumn, string];
            onSort({ ...filter, sort, descending: direction === 'desc' });
          }}
        >
          {sortable.flatMap((c) =>
            (['asc', 'desc'] as const).map((direction) => (
              <option key={`${c.id}:${direction}`} value={`${c.id}:${direction}`}>
                {`${t(c.label)} (${t(direction === 'asc' ? 'tab.overview.ascending' : 'tab.overview.descending')})`}
              </option>
            )),
          )}
        </Select>
      </Field>
      <ul className={styles.list} aria-label={t('tab.overview.title')}>
        {networks.map((n) => (
          <li key={n.id}>
            <Card className={styles.card} size="small">
              <AppLink href={networkPath(n.id)} className={styles.name}>
                {n.name}
              </AppLink>
              <Text>{`${typeLabel(n.type, n.track, locale)} · ${phaseLabel(n.phase, locale)}`}</Text>
              <dl className={styles.facts}>
                <dt className={styles.term}>{t('tab.overview.leader')}</dt>
                <dd className={styles.value}>{n.leader?.name ?? '–'}</dd>
                {n.period && (
                  <>
                    <dt className={styles.term}>{t('tab.overview.period')}</dt>
                    <dd className={styles.value}>
                      {`${date(n.period.startDate)} – ${date(n.period.endDate)}`}
                      {n.daysLeft !== null && (
                        <>
                          {' · '}
                          <DaysLeft days={n.daysLeft} />
                        </>
                      )}
                    </dd>
                  </>
                )}
                {n.pending.length > 0 && (
                  <>
                    <dt className={styles.term}>{t('tab.overview.pending')}</dt>
                    <dd className={styles.value}>{n.pending.map((p) => pendingText(p)).join('; ')}</dd>
                  </>
                )}
                {n.responseRate !== null && (
                  <>
                    <dt className={styles.term}>{t('tab.overview.responses')}</dt>
                    <dd className={styles.value}>{percent(n.responseRate)}</dd>
                  </>
                )}
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
