import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { approveOrReject, decided, reasonInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The routing table's decider approves or rejects the recommended idea. */
export const decisionKind: KindSpec = {
  title: 'card.decision.title',
  command: 'decideIdea',
  ask: (n, c) => t(c.locale, 'card.decision.ask', { by: esc(n.recommendation?.by.name ?? '') }),
  inputs: (_n, c) => [reasonInput(c)],
  actions: (n, c) => approveOrReject(c, Verbs.decideIdea),
  done: (n, c) => decided(n.decision, n.decision?.outcome === 'approve' ? 'approved' : 'rejected', c),
  ballot: 'idea',
};
