import { siteContract } from '@netvaerk/shared/api/network-schemas';
import { Card, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { labelOr, typeLabel } from '../app/labels';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { EmptyView } from '../components/empty-view';
import { ErrorView } from '../components/error-view';
import { IdeaForm } from '../components/idea-form';
import { LoadingView } from '../components/loading-view';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalXL },
  network: { display: 'grid', gap: tokens.spacingVerticalS },
  stories: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The network site: what closed networks created, for the whole organisation, and a way to propose a new one. */
export function SitePage() {
  const styles = useStyles();
  const { t, date, locale } = useText();
  const { loaded, reload } = useApi('/api/site', siteContract);
  return (
    <div className={styles.page}>
      <section aria-labelledby="site-title" className={styles.network}>
        <Title2 as="h1" id="site-title">
          {t('tab.site.title')}
        </Title2>
        <Text>{t('tab.site.intro')}</Text>
        {loaded.state === 'loading' && <LoadingView />}
        {loaded.state === 'error' && <ErrorView error={loaded.error} onRetry={reload} />}
        {loaded.state === 'ready' && loaded.data.networks.length === 0 && <EmptyView>{t('tab.site.none')}</EmptyView>}
        {loaded.state === 'ready' &&
          loaded.data.networks.map((n) => (
            <article key={n.id} className={styles.network} aria-labelledby={`site-${n.id}`}>
              <Text as="h2" id={`site-${n.id}`} size={500} weight="semibold">
                {n.name}
              </Text>
              <Text className={styles.muted}>
                {typeLabel(n.type, null, locale)} · {t('tab.site.published', { date: date(n.publishedAt) })}
              </Text>
              <div className={styles.stories}>
                {n.stories.map((s) => (
                  <Card key={s.id}>
                    <Text as="h3" weight="semibold">
                      {s.title}
                    </Text>
                    <Text>{s.value}</Text>
                    <Text className={styles.muted}>{t('tab.closing.forWhom', { who: s.forWhom })}</Text>
                  </Card>
                ))}
              </div>
              {n.recommendations.length > 0 && (
                <>
                  <Text as="h3" weight="semibold">
                    {t('tab.site.recommendations')}
                  </Text>
                  <ul className={styles.list}>
                    {n.recommendations.map((r) => (
                      <li key={r.id}>
                        {r.text} ({labelOr('tab.path', r.path, locale)})
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          ))}
      </section>
      <IdeaForm />
    </div>
  );
}
