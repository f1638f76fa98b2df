import { t } from '../../i18n/messages';
import { decided } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** How the idea ended: not recommended, rejected, or approved with what comes next. */
export const outcomeKind: KindSpec = {
  title: 'card.status.title',
  ask: () => '',
  done: (n, c) => {
    if (n.phase === 'rejected' && n.recommendation?.outcome === 'reject')
      return decided(n.recommendation, 'notRecommended', c);
    if (n.decision?.outcome === 'reject') return decided(n.decision, 'rejected', c);
    if (n.decision) {
      const approved = decided(n.decision, 'approved', c);
      return approved && { ...approved, text: `${approved.text}\n\n${t(c.locale, 'card.outcome.approved.next')}` };
    }
    return null;
  },
};
