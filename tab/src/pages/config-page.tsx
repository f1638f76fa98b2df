import { networkListContract, networkViewContract } from '@netvaerk/shared/api/network-schemas';
import { Field, makeStyles, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { phaseLabel } from '../app/labels';
import { networkPath } from '../app/routes';
import { useTab, useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { ApiError } from '../app/api-client';
import { EmptyView } from '../components/empty-view';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  // A native select is as wide as its longest option (a long network name): it must shrink in a side panel.
  select: { maxWidth: '100%', minWidth: 0 },
  selectElement: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** The configurable tab's settings page: choose the network this channel tab shows. */
export function ConfigPage() {
  const styles = useStyles();
  const { host, api } = useTab();
  const { t, locale } = useText();
  const { loaded, reload } = useApi('/api/networks', networkListContract);
  const [chosen, setChosen] = useState('');
  /**
   * Saving the tab in a meeting links the meeting to the network (its reflections then come to the meeting chat);
   * in a channel it makes the channel the network's own (its channel meetings belong to it).
   */
  const linkPlace = async (id: string, name: string) => {
    const place = host.teamsPlace;
    try {
      if (place?.meetingId) {
        await api.post(
          `/api/networks/${encodeURIComponent(id)}/commands`,
          { type: 'linkMeeting', meetingId: place.meetingId, title: name, chatId: place.chatId ?? '' },
          networkViewContract,
          `link-${place.meetingId}`,
        );
      } else if (place?.channelId) {
        await api.post(
          `/api/networks/${encodeURIComponent(id)}/commands`,
          { type: 'updateSettings', channelId: place.channelId },
          networkViewContract,
          `channel-${place.channelId}`,
        );
      }
    } catch (error) {
      // Linking the same meeting again is fine; anything else keeps the dialog open with its message.
      if (!(error instanceof ApiError && error.code === 'MEETING.ALREADY_LINKED')) throw error;
    }
  };
  const choose = (id: string) => {
    setChosen(id);
    const network = loaded.state === 'ready' ? loaded.data.networks.find((n) => n.id === id) : undefined;
    const url = `${window.location.origin}${networkPath(id)}`;
    host.configureTab?.(
      network ? { entityId: id, contentUrl: url, websiteUrl: url, suggestedDisplayName: network.name } : null,
      () => linkPlace(id, network?.name ?? ''),
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
            <Select
              className={styles.select}
              select={{ className: styles.selectElement }}
              value={chosen}
              onChange={(_e, d) => choose(d.value)}
            >
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
