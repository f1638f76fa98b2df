import { Badge, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel, typeLabel } from '../app/labels';
import { useText } from '../app/tab-context';
import { DaysLeft } from './days-left';

const useStyles = makeStyles({
  header: { display: 'grid', gap: tokens.spacingVerticalS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  fact: { margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Name, type, phase, leader and period: what anyone opening the tab first needs. */
export function NetworkHeader({ view, compact = false }: { view: NetworkViewDto; compact?: boolean }) {
  const styles = useStyles();
  const { t, date, locale } = useText();
  return (
    <header className={styles.header}>
      <Title2 as="h1">{view.name}</Title2>
      <div className={styles.line}>
        <Text>{typeLabel(view.type, view.track, locale)}</Text>
        <Badge appearance="tint" color="brand">
          {phaseLabel(view.phase, locale)}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt className={styles.term}>{t('tab.network.leader')}</dt>
          <dd className={styles.fact}>{view.leader?.name ?? t('tab.network.noLeader')}</dd>
        </div>
        <div>
          <dt className={styles.term}>{t('tab.network.period')}</dt>
          <dd className={styles.fact}>
            {view.period ? `${date(view.period.startDate)} – ${date(view.period.endDate)}` : t('tab.network.noPeriod')}
            {view.daysLeft !== null && (
              <>
                {' · '}
                <DaysLeft days={view.daysLeft} />
              </>
            )}
          </dd>
        </div>
        {!compact && (
          <div>
            <dt className={styles.term}>{t('tab.network.originator')}</dt>
            <dd className={styles.fact}>
              {view.originator}
              {view.originatorGroup ? ` (${view.originatorGroup})` : ''}
            </dd>
          </div>
        )}
      </dl>
      {!compact && (
        <Text>
          <strong>{t('field.purpose')}: </strong>
          {view.purpose}
        </Text>
      )}
    </header>
  );
}
