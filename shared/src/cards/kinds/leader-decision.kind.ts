import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { approveOrReject, decided, reasonInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The heads' forum approves or rejects the nominated leader. */
export const leaderDecisionKind: KindSpec = {
  title: 'card.leaderDecision.title',
  command: 'decideLeader',
  ask: (n, c) => t(c.locale, 'card.leaderDecision.ask', { nominee: esc(n.nomination?.person.name ?? '') }),
  inputs: (_n, c) => [reasonInput(c)],
  actions: (n, c) => approveOrReject(c, Verbs.decideLeader),
  done: (n, c) => decided(n.leaderDecision, n.leaderDecision?.outcome === 'approve' ? 'approved' : 'rejected', c),
  facts: (n, c) =>
    n.nomination?.override ? [{ title: t(c.locale, 'fact.override'), value: esc(n.nomination.override.reason) }] : [],
  ballot: 'leader',
};
