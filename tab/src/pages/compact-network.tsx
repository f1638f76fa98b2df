import { networkViewContract } from '@netvaerk/shared/api/network-schemas';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { networkPath } from '../app/routes';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { AppLink } from '../components/app-link';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { MeetingCard } from '../components/meeting-card';
import { NetworkHeader } from '../components/network-header';
import { PendingList } from '../components/pending-list';
import { ReflectionChart } from '../components/reflection-chart';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM, maxWidth: '320px' },
});

/** The meeting side panel (320 px): the essentials, the latest reflection and the trend; the rest is a link away. */
export function CompactNetwork({ id }: { id: string }) {
  const styles = useStyles();
  const { t } = useText();
  const { loaded, reload } = useApi(`/api/networks/${encodeURIComponent(id)}`, networkViewContract);
  if (loaded.state === 'loading') return <LoadingView />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} onRetry={reload} />;
  const view = loaded.data;
  const latest = [...view.meetings].reverse().find((m) => m.status !== 'scheduled');
  return (
    <article className={styles.page}>
      <NetworkHeader view={view} compact />
      <PendingList pending={view.pending} />
      {latest && (
        <section aria-labelledby="latest-title">
          <Text as="h2" id="latest-title" weight="semibold" size={400}>
            {t('tab.compact.latest')}
          </Text>
          <MeetingCard meeting={latest} />
        </section>
      )}
      {view.meetings.length > 0 && <ReflectionChart meetings={view.meetings} />}
      <AppLink href={networkPath(view.id)}>{t('tab.compact.open')}</AppLink>
    </article>
  );
}
