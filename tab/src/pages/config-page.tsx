import { Field, makeStyles, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { NetworkListDto } from '../../../bot/src/api/api-types';
import { phaseLabel } from '../app/labels';
import { networkPath } from '../app/routes';
import { useTab, useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { EmptyView } from '../components/empty-view';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';

const useStyles = makeStyles({ page: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '560px' } });

/** The configurable tab's settings page: choose the network this channel tab shows. */
export function ConfigPage() {
  const styles = useStyles();
  const { host } = useTab();
  const { t, locale } = useText();
  const { loaded, reload } = useApi<NetworkListDto>('/api/networks');
  const [chosen, setChosen] = useState('');
  const choose = (id: string) => {
    setChosen(id);
    const network = loaded.state === 'ready' ? loaded.data.networks.find((n) => n.id === id) : undefined;
    const url = `${window.location.origin}${networkPath(id)}`;
    host.configureTab?.(
      network ? { entityId: id, contentUrl: url, websiteUrl: url, suggestedDisplayName: network.name } : null,
    );
  };
  return (
    <section className={styles.page} aria-labelledby="config-title">
      <Title2 as="h1" id="config-title">
        {t('tab.config.title')}
      </Title2>
      <Text>{t('tab.config.intro')}</Text>
      {loaded.state === 'loading' && <LoadingView />}
      {loaded.state === 'error' && <ErrorView error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && loaded.data.networks.length === 0 && <EmptyView>{t('tab.config.none')}</EmptyView>}
      {loaded.state === 'ready' && loaded.data.networks.length > 0 && (
        <>
          <Field label={t('tab.config.network')} required>
            <Select value={chosen} onChange={(_e, d) => choose(d.value)}>
              <option value="">{t('tab.config.placeholder')}</option>
              {loaded.data.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name} ({phaseLabel(n.phase, locale)})
                </option>
              ))}
            </Select>
          </Field>
          {chosen && (
            <Text role="status">
              {host.configureTab
                ? t('tab.config.saveHint')
                : t('tab.config.localPreview', { url: `${window.location.origin}${networkPath(chosen)}` })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
