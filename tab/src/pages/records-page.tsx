import { recordsOverviewContract } from '@netvaerk/shared/api/records-schemas';
import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RecordsOverviewDto } from '@netvaerk/shared/api/records-api-types';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { ExportSection } from '../components/records/export-section';
import { PersonDataSection } from '../components/records/person-data-section';
import { RecordsLog } from '../components/records/records-log';
import { RetentionSection } from '../components/records/retention-section';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalXXL },
  header: { display: 'grid', gap: tokens.spacingVerticalS },
});

/**
 * For the records manager's side of the app: exports for filing (director, consultants), a person's data and
 * erasure (director, privacy officers), retention and the records log. Everyone else gets the API's refusal.
 */
export function RecordsPage() {
  const styles = useStyles();
  const { t } = useText();
  const { loaded, reload } = useApi('/api/records', recordsOverviewContract);
  // After an action the page reloads in place: the sections stay (with their messages) until the new data is in.
  const [data, setData] = useState<RecordsOverviewDto | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setData(loaded.data);
  }, [loaded]);
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title2 as="h1">{t('tab.records.title')}</Title2>
        <Text as="p">{t('tab.records.intro')}</Text>
      </div>
      {loaded.state === 'loading' && !data && <LoadingView />}
      {loaded.state === 'error' && <ErrorView error={loaded.error} onRetry={reload} />}
      {data && loaded.state !== 'error' && (
        <>
          {data.canExport && <ExportSection networks={data.networks} onExported={reload} />}
          {data.canHandlePersonData && <PersonDataSection onChanged={reload} />}
          <RetentionSection overview={data} onSaved={reload} />
          <RecordsLog events={data.events} />
        </>
      )}
    </div>
  );
}
