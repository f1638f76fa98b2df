import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { phaseLabel } from '../app/labels';
import { endsEarly } from '@netvaerk/shared/domain/lifecycle';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  list: {
    display: 'grid',
    // Wide enough for the longest Danish word of a phase name ("netværksdirektøren"), so words are not cut.
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    gap: tokens.spacingVerticalS,
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  step: {
    display: 'grid',
    gap: '2px',
    minWidth: 0,
    // Break between words; inside one only when a single word is wider than the column (a 320 px panel).
    overflowWrap: 'break-word',
    hyphens: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}`,
  },
  done: { borderTopColor: tokens.colorBrandStroke2 },
  current: {
    borderTopColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: { maxWidth: '420px' },
  date: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  ended: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The lifecycle: "phase n of 14" with the current step (and when it was reached); every step, past ones dated,
 * on request. All fourteen at once filled a side panel's first screen.
 */
export function LifecycleTimeline({ view }: { view: NetworkViewDto }) {
  const styles = useStyles();
  const { t, date, locale } = useText();
  const [open, setOpen] = useState(false);
  const ended = endsEarly(view.phase);
  const index = view.timeline.findIndex((step) => step.phase === view.phase);
  const reached = index >= 0 ? index : view.timeline.filter((s) => s.at !== null).length - 1;
  const step = (s: NetworkViewDto['timeline'][number], extra?: string) => {
    const current = s.phase === view.phase;
    const done = !current && s.at !== null;
    return (
      <li
        key={s.phase}
        className={mergeClasses(styles.step, done && styles.done, current && styles.current, extra)}
        aria-current={current ? 'step' : undefined}
      >
        <span>{phaseLabel(s.phase, locale)}</span>
        <span className={styles.date}>
          {current
            ? `${t('tab.timeline.current')}${s.at ? ` · ${t('tab.timeline.done', { date: date(s.at) })}` : ''}`
            : s.at
              ? t('tab.timeline.done', { date: date(s.at) })
              : t('tab.timeline.notYet')}
        </span>
      </li>
    );
  };
  return (
    <section aria-labelledby="timeline-title">
      <div className={styles.head}>
        <Text as="h2" id="timeline-title" weight="semibold" size={400}>
          {t('tab.timeline.label')}
        </Text>
        <Text>{t('tab.timeline.summary', { n: reached + 1, total: view.timeline.length })}</Text>
        <Button appearance="subtle" aria-expanded={open} aria-controls="timeline-steps" onClick={() => setOpen(!open)}>
          {t(open ? 'tab.timeline.hideAll' : 'tab.timeline.showAll')}
        </Button>
      </div>
      {open ? (
        <ol id="timeline-steps" className={styles.list}>
          {view.timeline.map((s) => step(s))}
        </ol>
      ) : (
        index >= 0 && (
          <ol id="timeline-steps" className={styles.list} start={index + 1}>
            {step(view.timeline[index]!, styles.summary)}
          </ol>
        )
      )}
      {ended && (
        <Text className={styles.ended} role="note">
          {t('tab.timeline.ended', { phase: phaseLabel(view.phase, locale) })}
        </Text>
      )}
    </section>
  );
}
