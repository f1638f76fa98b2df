import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DecisionDto } from '@netvaerk/shared/api/api-types';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { bodyLabel, labelOr } from '../app/labels';
import { useText } from '../app/tab-context';
import { EmptyView } from './empty-view';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL } });

/**
 * What the decision was on, after its kind: the nominee, or an anchoring recommendation with where it went (an
 * earlier nominee's decision and each anchoring outcome are otherwise indistinguishable in the list).
 */
function aboutText(d: DecisionDto, locale: Locale): string {
  const where = d.kind === 'anchoringOutcome' && d.body ? labelOr('tab.path', d.body, locale) : null;
  const parts = [d.subject, where].filter((p): p is string => Boolean(p));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The decisions taken on the network: what, the outcome, by whom and when, with the reason given. */
export function DecisionsList({ decisions }: { decisions: DecisionDto[] }) {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useText();
  return (
    <section aria-labelledby="decisions-title">
      <Text as="h3" id="decisions-title" weight="semibold" size={400}>
        {t('tab.section.decisions')}
      </Text>
      {decisions.length === 0 ? (
        <EmptyView>{t('tab.decisions.none')}</EmptyView>
      ) : (
        <ul className={styles.list}>
          {decisions.map((d) => (
            <li key={`${d.kind}-${d.at}`}>
              <strong>
                {t(`tab.decision.${d.kind}`)}
                {aboutText(d, locale)}:
              </strong>{' '}
              {t('tab.decision.line', {
                outcome: labelOr('tab.outcome', d.outcome, locale),
                who: d.by,
                when: dateTime(d.at),
              })}
              {d.meetingDate && d.body
                ? ` – ${t('tab.decision.meeting', { body: bodyLabel(d.body, locale), date: date(d.meetingDate) })}`
                : ''}
              {d.votes.length > 1 ? ` – ${t('tab.decision.votes', { count: d.votes.length })}` : ''}
              {d.reason ? ` – ${d.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
