import { summariseClosingReflection } from '../../domain/closing-summary';
import type { Network } from '../../domain/network';
import { closingAnonymous, currentRound } from '../../domain/rounds';
import { formatNumber } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { esc } from './common';
import type { NetworkViewContext } from '../kinds/kind-spec';

/**
 * The closing reflection's answers on the cards that carry the recommendation to the decider: the count, and
 * above the anonymity threshold the average satisfaction, the self-assessment against each goal and success
 * criterion, and what became different. Only for readers of the reflection (the caller checks).
 */
export function closingSummaryFacts(n: Network, c: NetworkViewContext): { title: string; value: string }[] {
  if (!n.closing || !c.closingAnswers) return [];
  const s = summariseClosingReflection(c.closingAnswers, closingAnonymous(n), currentRound(n));
  const facts = [{ title: t(c.locale, 'closingRounds.summary.count', { count: s.answered }), value: '' }];
  if (!s.visible) return [...facts, { title: t(c.locale, 'closingRounds.summary.withheld'), value: '' }];
  if (s.satisfactionAverage !== null)
    facts.push({
      title: t(c.locale, 'closingRounds.summary.satisfaction', {
        value: formatNumber(s.satisfactionAverage, c.locale),
      }),
      value: '',
    });
  const joined = (xs: string[]) =>
    xs.length ? xs.map((x) => `• ${esc(x, 300)}`).join('\n') : t(c.locale, 'closingRounds.summary.noAnswer');
  for (const g of s.goals)
    facts.push({
      title: t(c.locale, 'closingRounds.summary.goal', { goal: esc(g.goal, 120) }),
      value: joined(g.answers),
    });
  for (const q of s.questions.filter((x) => x.question === 'successAssessment' || x.question === 'whatBecameDifferent'))
    facts.push({ title: t(c.locale, `closing.q.${q.question}`), value: joined(q.answers) });
  return facts;
}
