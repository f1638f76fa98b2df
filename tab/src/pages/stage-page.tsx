import { stageContract } from '@netvaerk/shared/api/meeting-schemas';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Route } from '../app/routes';
import { useText } from '../app/tab-context';
import { usePolled } from '../app/use-polled';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { StageReflection } from '../components/meeting/stage-reflection';
import { MultilineText } from '../components/meeting/multiline-text';

/**
 * Within 2 s of an answer, everyone's stage shows it: the next request leaves 1 s after the last answer came, so
 * an answer shows after at most 1 s plus two request times (each one read of one partition).
 */
export const STAGE_POLL_MS = 1000;

const useStyles = makeStyles({
  stage: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalXL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  kicker: { color: tokens.colorNeutralForeground2 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalXXXL,
  },
  block: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start', minWidth: 0 },
});

/**
 * What the leader shares on the meeting's stage (1,280 × 720 and up): at the start the goal and the ground
 * rules, at the end the live reflection. Everyone in the meeting sees the same; it shows no names.
 */
export function StagePage({ route }: { route: Extract<Route, { page: 'stage' }> }) {
  const styles = useStyles();
  const { t } = useText();
  const query = new URLSearchParams({
    meeting: route.meetingId,
    ...(route.comments ? { comments: '1' } : {}),
    ...(route.key ? { key: route.key } : {}),
  });
  const path = `/api/networks/${encodeURIComponent(route.id)}/stage?${query}`;
  const { loaded } = usePolled(path, stageContract, STAGE_POLL_MS);
  if (loaded.state === 'loading') return <LoadingView />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} />;
  const stage = loaded.data;
  return (
    <article className={styles.stage} aria-label={t('tab.stage.label', { name: stage.networkName })}>
      <header>
        <Text as="h1" size={800} weight="semibold" block>
          {stage.networkName}
        </Text>
        <Text size={500} className={styles.kicker} block>
          {stage.meetingTitle}
        </Text>
      </header>
      {route.show === 'rules' ? (
        stage.goal === null ? (
          <Text size={600}>{t('tab.stage.noCharter')}</Text>
        ) : (
          <div className={styles.columns}>
            <section className={styles.block} aria-labelledby="stage-goal">
              <Text as="h2" id="stage-goal" size={700} weight="semibold">
                {t('tab.stage.goal')}
              </Text>
              <MultilineText text={stage.goal} size={600} />
            </section>
            <section className={styles.block} aria-labelledby="stage-rules">
              <Text as="h2" id="stage-rules" size={700} weight="semibold">
                {t('tab.stage.groundRules')}
              </Text>
              <MultilineText text={stage.groundRules ?? ''} size={600} />
            </section>
          </div>
        )
      ) : (
        <StageReflection stage={stage} />
      )}
    </article>
  );
}
