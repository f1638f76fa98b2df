import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel } from '../app/labels';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingVerticalS,
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  step: {
    display: 'grid',
    gap: '2px',
    minWidth: '110px',
    maxWidth: '150px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}`,
  },
  done: { borderTopColor: tokens.colorBrandStroke2 },
  current: {
    borderTopColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  date: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  ended: { color: tokens.colorPaletteRedForeground1 },
});

/** The main line of the lifecycle, the current step marked (also for screen readers) and past steps dated. */
export function LifecycleTimeline({ view }: { view: NetworkViewDto }) {
  const styles = useStyles();
  const { t, date, locale } = useText();
  const ended = view.phase === 'rejected' || view.phase === 'withdrawn';
  return (
    <section aria-labelledby="timeline-title">
      <Text as="h2" id="timeline-title" weight="semibold" size={400}>
        {t('tab.timeline.label')}
      </Text>
      <ol className={styles.list}>
        {view.timeline.map((step) => {
          const current = step.phase === view.phase;
          const done = !current && step.at !== null;
          return (
            <li
              key={step.phase}
              className={mergeClasses(styles.step, done && styles.done, current && styles.current)}
              aria-current={current ? 'step' : undefined}
            >
              <span>{phaseLabel(step.phase, locale)}</span>
              <span className={styles.date}>
                {current
                  ? t('tab.timeline.current')
                  : step.at
                    ? t('tab.timeline.done', { date: date(step.at) })
                    : t('tab.timeline.notYet')}
              </span>
            </li>
          );
        })}
      </ol>
      {ended && (
        <Text className={styles.ended} role="note">
          {t('tab.timeline.ended', { phase: phaseLabel(view.phase, locale) })}
        </Text>
      )}
    </section>
  );
}
