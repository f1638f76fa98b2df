import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { labelOr } from '../app/labels';
import { useText } from '../app/tab-context';
import { EmptyView } from './empty-view';

const useStyles = makeStyles({
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  stories: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The closing reflection: stories of value, the network's recommendation, the director's word, anchoring. */
export function ClosingSection({ view }: { view: NetworkViewDto }) {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useText();
  const c = view.closing;
  if (!c && !view.anchoring) return <EmptyView>{t('tab.closing.none')}</EmptyView>;
  const yesNo = (v: boolean, yes: Parameters<typeof t>[0], no: Parameters<typeof t>[0]) => t(v ? yes : no);
  return (
    <div className={styles.section}>
      {c && (
        <>
          <Text className={styles.muted}>
            {t('tab.closing.started', { date: date(c.startedAt) })} ·{' '}
            {t('tab.closing.responses', { count: c.reflectionResponses })}
            {c.satisfactionAverage !== null
              ? ` · ${t('tab.closing.satisfaction', { value: c.satisfactionAverage })}`
              : ''}
          </Text>
          <section aria-labelledby="stories-title">
            <Text as="h3" id="stories-title" weight="semibold" size={400}>
              {t('tab.closing.stories')}
            </Text>
            {c.stories.length === 0 ? (
              <EmptyView>{t('tab.closing.noStories')}</EmptyView>
            ) : (
              <div className={styles.stories}>
                {c.stories.map((s) => (
                  <Card key={s.id}>
                    <Text as="h4" weight="semibold">
                      {s.title}
                    </Text>
                    <Text>{s.value}</Text>
                    <Text className={styles.muted}>
                      {t('tab.closing.forWhom', { who: s.forWhom })} · {s.by}
                    </Text>
                  </Card>
                ))}
              </div>
            )}
          </section>
          {c.recommendation && (
            <section aria-labelledby="recommendation-title">
              <Text as="h3" id="recommendation-title" weight="semibold" size={400}>
                {t('tab.closing.recommendation')}
              </Text>
              <ul className={styles.list}>
                <li>{yesNo(c.recommendation.continueNetwork, 'tab.closing.continue', 'tab.closing.stop')}</li>
                <li>{yesNo(c.recommendation.sameForm, 'tab.closing.sameForm', 'tab.closing.newForm')}</li>
                <li>
                  {yesNo(
                    c.recommendation.sameParticipants,
                    'tab.closing.sameParticipants',
                    'tab.closing.newParticipants',
                  )}
                </li>
              </ul>
              <Text>{c.recommendation.reasoning}</Text>
              <Text className={styles.muted} block>
                {c.recommendation.by}, {dateTime(c.recommendation.at)}
              </Text>
            </section>
          )}
          {c.directorEndorsement && (
            <section aria-labelledby="endorsement-title">
              <Text as="h3" id="endorsement-title" weight="semibold" size={400}>
                {t('tab.closing.endorsement')}
              </Text>
              <Text block>{c.directorEndorsement.comment}</Text>
              <Text className={styles.muted}>
                {c.directorEndorsement.by}, {dateTime(c.directorEndorsement.at)}
              </Text>
            </section>
          )}
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
                {r.approved === null ? '' : ` · ${t(r.approved ? 'tab.closing.approved' : 'tab.closing.notApproved')}`})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
