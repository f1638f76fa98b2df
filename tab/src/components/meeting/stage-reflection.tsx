import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { StageDto } from '@netvaerk/shared/api/meeting-api-types';
import { useText } from '../../app/tab-context';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalXL },
  count: {
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  figure: { display: 'grid', gap: tokens.spacingVerticalXS },
  comments: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'grid', gap: tokens.spacingVerticalS },
});

/** The live reflection on the stage: "7 af 9 har svaret", then averages from three answers, comments if chosen. */
export function StageReflection({ stage }: { stage: StageDto }) {
  const styles = useStyles();
  const { t, number } = useText();
  if (stage.status === 'scheduled') return <Text size={600}>{t('tab.stage.notOpen')}</Text>;
  const count = t('tab.stage.count', { answered: stage.responses, expected: stage.expected });
  return (
    <div className={styles.box}>
      <Text as="p" role="status" aria-live="polite" className={styles.count}>
        {count}
      </Text>
      <ProgressBar thickness="large" value={stage.expected ? stage.responses / stage.expected : 0} aria-label={count} />
      <Text size={500} className={styles.muted}>
        {stage.anonymous ? `${t('tab.stage.anonymous')} ` : ''}
        {stage.status === 'reflectionOpen' ? t('tab.stage.answerWhere') : t('tab.panel.closed')}
      </Text>
      {stage.averages ? (
        <div className={styles.figures}>
          {(['value', 'workingWell'] as const).map((q) => (
            <div key={q} className={styles.figure}>
              <Text size={500}>{t(q === 'value' ? 'tab.stage.value' : 'tab.stage.workingWell')}</Text>
              <Text size={900} weight="semibold">
                {t('tab.stage.outOf5', { value: number(stage.averages![q]) })}
              </Text>
            </div>
          ))}
          <div className={styles.figure}>
            <Text size={500}>{t('reflection.q.changeForm')}</Text>
            <Text size={900} weight="semibold">
              {t('tab.stage.changeForm', { count: stage.changeFormVotes ?? 0 })}
            </Text>
          </div>
        </div>
      ) : (
        <Text size={600}>{t(stage.averagesAtClose ? 'tab.stage.averagesAtClose' : 'tab.stage.waiting')}</Text>
      )}
      {stage.comments && stage.comments.length > 0 && (
        <section aria-labelledby="stage-comments">
          <Text as="h2" id="stage-comments" size={700} weight="semibold">
            {t('tab.stage.comments')}
          </Text>
          <ul className={styles.comments}>
            {stage.comments.map((c, i) => (
              <li key={i}>
                <Text size={500}>
                  <strong>{t(`tab.meetings.question.${c.question}`)}:</strong> {c.text}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
