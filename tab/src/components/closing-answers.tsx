import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ClosingSummaryDto } from '@netvaerk/shared/api/closing-rounds-types';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * The closing reflection's answers for those who may read them: per question every text answer, the network's
 * assessment against each goal and success criterion; below the anonymity threshold only the count.
 */
export function ClosingAnswers({ summary, headingId }: { summary: ClosingSummaryDto; headingId: string }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={400}>
        {t('tab.closing.summary')}
      </Text>
      {!summary.visible ? (
        <Text block className={styles.muted}>
          {t('tab.closing.withheld')}
        </Text>
      ) : (
        <>
          {summary.goals.length > 0 && (
            <>
              <Text as="h4" weight="semibold" block>
                {t('tab.closing.goals')}
              </Text>
              {summary.goals.map((g) => (
                <div key={g.goal}>
                  <Text block>{g.goal}</Text>
                  <ul className={styles.list}>
                    {g.answers.map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
          {summary.questions
            .filter((q) => q.answers.length > 0)
            .map((q) => (
              <div key={q.question}>
                <Text as="h4" weight="semibold" block>
                  {t(`closing.q.${q.question}`)}
                </Text>
                <ul className={styles.list}>
                  {q.answers.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
