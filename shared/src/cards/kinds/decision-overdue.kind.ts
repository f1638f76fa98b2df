import { escalatedDecisions } from '../../domain/decision-deadlines';
import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { bodyName } from '../views/common';
import type { KindSpec } from './kind-spec';

/**
 * To the director and the consultants when a body lets a decision pass its deadline: which decision, whose, and
 * since when, so they can follow up (the body was reminded before the deadline). One line per decision escalated
 * and still pending: a contract's phase 1 can be overdue with two bodies, or beside the leader decision. It asks
 * for no command: the decision stays the body's; once it is taken, the card says so.
 */
export const decisionOverdueKind: KindSpec = {
  title: 'deadline.overdue.title',
  ask: (n, c) => {
    const overdue = escalatedDecisions(n, c.config);
    if (overdue.length === 0) return t(c.locale, 'deadline.overdue.settled');
    return overdue
      .map((pending) =>
        t(c.locale, 'deadline.overdue.ask', {
          decision: t(c.locale, `deadline.decision.${pending.decision}`),
          body: bodyName(pending.body, c.locale),
          since: formatDate(pending.since, c.locale),
          due: formatDate(pending.dueOn, c.locale),
        }),
      )
      .join('\n\n');
  },
};
