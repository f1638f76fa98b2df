import { networkViewContract } from '@netvaerk/shared/api/network-schemas';
import { Field, makeStyles, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { STAGE_MESSAGE } from '../app/local-dev-host';
import { panelPath, stagePath } from '../app/routes';
import { useTab, useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { EmptyView } from '../components/empty-view';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';

/** Teams' stage at its usual 16:9 size, drawn at a scale that fits beside the panel. */
const STAGE = { width: 1280, height: 720, scale: 0.62 };

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  frames: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  frame: { display: 'grid', gap: tokens.spacingVerticalXS },
  panel: {
    width: '320px',
    height: `${STAGE.height}px`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  stageBox: {
    width: `${STAGE.width * STAGE.scale}px`,
    height: `${STAGE.height * STAGE.scale}px`,
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  stage: {
    width: `${STAGE.width}px`,
    height: `${STAGE.height}px`,
    border: 'none',
    transform: `scale(${STAGE.scale})`,
    transformOrigin: 'top left',
  },
});

/** The same page as the frames load it: marked as the preview's, in the dev bar's language and theme. */
function framed(path: string, prefs: { locale: string }): string {
  const url = new URL(path, window.location.origin);
  url.searchParams.set('preview', '1');
  url.searchParams.set('lang', prefs.locale);
  return `${url.pathname}${url.search}`;
}

/**
 * Local development only: the Agents Playground has no meeting, so this page shows a meeting's side panel at
 * Teams' 320 px beside its shared stage (1,280 × 720, scaled). "Show on the shared screen" in the panel puts
 * the page on this stage, as Teams would for everyone in the meeting.
 */
export function MeetingPreview({ id, meetingId }: { id: string; meetingId: string | null }) {
  const styles = useStyles();
  const { locale } = useTab();
  const { t } = useText();
  const { loaded, reload } = useApi(`/api/networks/${encodeURIComponent(id)}`, networkViewContract);
  const [chosen, setChosen] = useState<string | null>(meetingId);
  const [stageUrl, setStageUrl] = useState<string | null>(null);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; url?: string } | null;
      if (event.origin !== window.location.origin || data?.type !== STAGE_MESSAGE || !data.url) return;
      setStageUrl(framed(data.url, { locale }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [locale]);
  if (loaded.state === 'loading') return <LoadingView />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} onRetry={reload} />;
  const meetings = loaded.data.meetings;
  const current =
    chosen ?? [...meetings].reverse().find((m) => m.status !== 'reflectionClosed')?.id ?? meetings.at(-1)?.id;
  return (
    <article className={styles.page}>
      <Title2 as="h1">{t('tab.preview.title')}</Title2>
      <Text>{t('tab.preview.intro')}</Text>
      {!current ? (
        <EmptyView>{t('tab.preview.noMeeting')}</EmptyView>
      ) : (
        <>
          <Field label={t('tab.preview.meeting')}>
            <Select
              value={current}
              onChange={(_e, d) => {
                setChosen(d.value);
                setStageUrl(null);
              }}
            >
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.frames} key={`${current}/${locale}`}>
            <div className={styles.frame}>
              <Text weight="semibold">{t('tab.preview.panel')}</Text>
              <iframe
                className={styles.panel}
                title={t('tab.preview.panel')}
                src={framed(panelPath(id, current), { locale })}
              />
            </div>
            <div className={styles.frame}>
              <Text weight="semibold">{t('tab.preview.stage')}</Text>
              <div className={styles.stageBox}>
                <iframe
                  className={styles.stage}
                  title={t('tab.preview.stage')}
                  src={stageUrl ?? framed(stagePath(id, current, 'rules', false), { locale })}
                />
              </div>
            </div>
          </div>
        </>
      )}
    </article>
  );
}
