import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ClosingDto } from '@netvaerk/shared/api/api-types';
import { bodyLabel } from '../app/labels';
import { useText } from '../app/tab-context';
import { ClosingAnswers } from './closing-answers';
import { EmptyView } from './empty-view';

const useStyles = makeStyles({
  round: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  stories: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** One round's closing: the answers (for their readers), stories, the network's and the director's recommendation. */
export function ClosingRound({ c }: { c: ClosingDto }) {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useText();
  const id = (name: string) => `${name}-${c.round}`;
  const yesNo = (v: boolean, yes: Parameters<typeof t>[0], no: Parameters<typeof t>[0]) => t(v ? yes : no);
  return (
    <div className={styles.round}>
      <Text className={styles.muted}>
        {t('tab.closing.started', { date: date(c.startedAt) })} ·{' '}
        {t('tab.closing.responses', { count: c.reflectionResponses })}
        {c.satisfactionAverage !== null ? ` · ${t('tab.closing.satisfaction', { value: c.satisfactionAverage })}` : ''}
      </Text>
      {c.summary && <ClosingAnswers summary={c.summary} headingId={id('answers-title')} />}
      <section aria-labelledby={id('stories-title')}>
        <Text as="h3" id={id('stories-title')} weight="semibold" size={400}>
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
        <section aria-labelledby={id('recommendation-title')}>
          <Text as="h3" id={id('recommendation-title')} weight="semibold" size={400}>
            {t('tab.closing.recommendation')}
          </Text>
          <ul className={styles.list}>
            <li>{yesNo(c.recommendation.continueNetwork, 'tab.closing.continue', 'tab.closing.stop')}</li>
            <li>{yesNo(c.recommendation.sameForm, 'tab.closing.sameForm', 'tab.closing.newForm')}</li>
            <li>
              {yesNo(c.recommendation.sameParticipants, 'tab.closing.sameParticipants', 'tab.closing.newParticipants')}
            </li>
          </ul>
          <Text>{c.recommendation.reasoning}</Text>
          <Text className={styles.muted} block>
            {c.recommendation.by}, {dateTime(c.recommendation.at)}
          </Text>
          {c.recommendation.lastEdit && (
            <Text className={styles.muted} block>
              {t('tab.closing.lastEdit', {
                who: c.recommendation.lastEdit.by,
                when: dateTime(c.recommendation.lastEdit.at),
              })}
            </Text>
          )}
        </section>
      )}
      {c.directorEndorsement && (
        <section aria-labelledby={id('endorsement-title')}>
          <Text as="h3" id={id('endorsement-title')} weight="semibold" size={400}>
            {t('tab.closing.endorsement')}
          </Text>
          <Text block>{c.directorEndorsement.comment}</Text>
          <Text block>{t('tab.closing.sentTo', { body: bodyLabel(c.directorEndorsement.decider, locale) })}</Text>
          <Text className={styles.muted}>
            {c.directorEndorsement.by}, {dateTime(c.directorEndorsement.at)}
          </Text>
        </section>
      )}
      {c.valueSeen && (
        <section aria-labelledby={id('value-seen-title')}>
          <Text as="h3" id={id('value-seen-title')} weight="semibold" size={400}>
            {t('tab.closing.valueSeen')}
          </Text>
          <Text block>{c.valueSeen.text}</Text>
          <Text className={styles.muted}>
            {c.valueSeen.by}, {dateTime(c.valueSeen.at)}
          </Text>
        </section>
      )}
    </div>
  );
}
