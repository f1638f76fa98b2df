import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { RecordsOverviewDto } from '@netvaerk/shared/api/records-api-types';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { ExportSection } from '../components/records/export-section';
import { PersonDataSection } from '../components/records/person-data-section';
import { RecordsLog } from '../components/records/records-log';
import { RetentionSection } from '../components/records/retention-section';

const useStyles = makeStyles({ page: { display: 'grid', gap: tokens.spacingVerticalXXL } });

/**
 * For the records manager's side of the app: exports for filing (director, consultants), a person's data and
 * erasure (director, privacy officers), retention and the records log. Everyone else gets the API's refusal.
 */
export function RecordsPage() {
  const styles = useStyles();
  const { t } = useText();
  const { loaded, reload } = useApi<RecordsOverviewDto>('/api/records');
  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1">{t('tab.records.title')}</Title2>
        <Text as="p">{t('tab.records.intro')}</Text>
      </div>
      {loaded.state === 'loading' && <LoadingView />}
      {loaded.state === 'error' && <ErrorView error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <>
          {loaded.data.canExport && <ExportSection networks={loaded.data.networks} onExported={reload} />}
          {loaded.data.canHandlePersonData && <PersonDataSection onChanged={reload} />}
          <RetentionSection overview={loaded.data} onSaved={reload} />
          <RecordsLog events={loaded.data.events} />
        </>
      )}
    </div>
  );
}
