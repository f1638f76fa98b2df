import { networkListContract } from '@netvaerk/shared/api/network-schemas';
import { makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { applyFilter, NO_FILTER } from '../app/overview-filter';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { EmptyView } from '../components/empty-view';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { OverviewFilters } from '../components/overview-filters';
import { OverviewCards } from '../components/overview-cards';
import { OverviewTable } from '../components/overview-table';
import { NARROW_QUERY, useMediaQuery } from '../app/use-media-query';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
});

/** Every network at a glance for the director, consultants and forums; one's own networks for everyone else. */
export function OverviewPage() {
  const styles = useStyles();
  const { t, locale } = useText();
  const { loaded, reload } = useApi('/api/networks', networkListContract);
  const [filter, setFilter] = useState(NO_FILTER);
  const narrow = useMediaQuery(NARROW_QUERY);
  return (
    <section className={styles.page} aria-labelledby="overview-title">
      <Title2 as="h1" id="overview-title">
        {t('tab.overview.title')}
      </Title2>
      {loaded.state === 'loading' && <LoadingView />}
      {loaded.state === 'error' && <ErrorView error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <>
          {loaded.data.scope === 'mine' && (
            <MessageBar intent="info">
              <MessageBarBody>{t('tab.overview.mine')}</MessageBarBody>
            </MessageBar>
          )}
          {loaded.data.networks.length === 0 ? (
            <EmptyView>{t('tab.overview.none')}</EmptyView>
          ) : (
            <>
              <OverviewFilters filter={filter} onChange={setFilter} networks={loaded.data.networks} />
              {(() => {
                const List = narrow ? OverviewCards : OverviewTable;
                const shown = applyFilter(loaded.data.networks, filter, locale);
                return (
                  <>
                    <Text role="status">
                      {t('tab.overview.count', { shown: shown.length, total: loaded.data.networks.length })}
                    </Text>
                    {shown.length === 0 ? (
                      <EmptyView>{t('tab.overview.noMatch')}</EmptyView>
                    ) : (
                      <List networks={shown} filter={filter} onSort={setFilter} />
                    )}
                  </>
                );
              })()}
            </>
          )}
        </>
      )}
    </section>
  );
}
