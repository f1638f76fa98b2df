import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { RecordsEvent } from '@netvaerk/shared/records/records-ports';
import { useText } from '../../app/tab-context';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The records log, newest first: exports, data-access answers, erasures, retention deletions and refusals. */
export function RecordsLog({ events }: { events: RecordsEvent[] }) {
  const styles = useStyles();
  const { t, dateTime } = useText();
  return (
    <section className={styles.section} aria-labelledby="records-log">
      <Title3 as="h2" id="records-log">
        {t('tab.records.log.title')}
      </Title3>
      {events.length === 0 ? (
        <Text>{t('tab.records.log.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {events.map((e) => (
            <li key={e.id}>
              <Text>{t(`tab.records.log.${e.kind}`, { count: e.networkIds.length })}</Text>{' '}
              <Text className={styles.muted}>
                · {e.by?.name ?? t('tab.records.log.system')} · {dateTime(e.at)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
