import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { labelOr } from '../app/labels';
import { useText } from '../app/tab-context';
import { ClosingRound } from './closing-round';
import { EmptyView } from './empty-view';

const useStyles = makeStyles({
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * The closing loop: the current round's reflection, stories and recommendations, every earlier round's (an
 * extension keeps them), and the anchoring recommendations with their paths and outcomes.
 */
export function ClosingSection({ view }: { view: NetworkViewDto }) {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useText();
  const c = view.closing;
  if (!c && !view.anchoring && view.rounds.length === 0) return <EmptyView>{t('tab.closing.none')}</EmptyView>;
  return (
    <div className={styles.section}>
      {c && (
        <>
          {view.rounds.length > 0 && (
            <Text as="h3" weight="semibold" size={500}>
              {t('tab.closing.round', { n: c.round })}
            </Text>
          )}
          <ClosingRound c={c} />
        </>
      )}
      {view.anchoring && (
        <section aria-labelledby="anchoring-title">
          <Text as="h3" id="anchoring-title" weight="semibold" size={400}>
            {t('tab.closing.anchoring')}
          </Text>
          <Text block>{view.anchoring.experiences}</Text>
          <ul className={styles.list}>
            {view.anchoring.recommendations.map((r) => (
              <li key={r.id}>
                {r.text} ({labelOr('tab.path', r.path, locale)}
                {r.approved === null ? '' : ` · ${t(r.approved ? 'tab.closing.approved' : 'tab.closing.notApproved')}`}
                {r.followUp === undefined
                  ? ''
                  : ` · ${
                      r.followUp?.meetingDate
                        ? t('tab.closing.followUp.recordedInMeeting', {
                            outcome: r.followUp.outcome,
                            by: r.followUp.by,
                            date: date(r.followUp.meetingDate),
                          })
                        : r.followUp
                          ? t('tab.closing.followUp.recorded', {
                              outcome: r.followUp.outcome,
                              by: r.followUp.by,
                              at: dateTime(r.followUp.at),
                            })
                          : t('tab.closing.followUp.waiting')
                    }`}
                )
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.rounds.length > 0 && (
        <section aria-labelledby="rounds-title">
          <Text as="h3" id="rounds-title" weight="semibold" size={500}>
            {t('tab.rounds.title')}
          </Text>
          {[...view.rounds].reverse().map((r) => (
            <section key={r.round} aria-labelledby={`round-${r.round}-title`}>
              <Text as="h3" id={`round-${r.round}-title`} weight="semibold" size={400}>
                {t('tab.closing.round', { n: r.round })}
              </Text>
              <Text block className={styles.muted}>
                {t('tab.rounds.extended', {
                  from: date(r.extension.previousEndDate),
                  to: date(r.extension.newEndDate),
                  by: r.extension.by,
                  at: dateTime(r.extension.at),
                })}
              </Text>
              <Text block>{t('tab.rounds.adjustments', { text: r.extension.evaluation.adjustments })}</Text>
              <ClosingRound c={r.closing} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
