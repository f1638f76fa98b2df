import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { bodyName, routedBody } from '../views/common';
import { decided, reasonInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The routing table's recommender recommends the idea (or not) to the decider. */
export const recommendationKind: KindSpec = {
  title: 'card.recommendation.title',
  command: 'recommendIdea',
  ask: (n, c) =>
    t(c.locale, 'card.recommendation.ask', { decider: bodyName(routedBody(n, 'decider') ?? 'director', c.locale) }),
  inputs: (_n, c) => [reasonInput(c)],
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.recommend'),
      verb: Verbs.recommendIdea,
      data: { outcome: 'recommend' },
      style: 'positive',
    },
    {
      title: t(c.locale, 'action.notRecommend'),
      verb: Verbs.recommendIdea,
      data: { outcome: 'reject' },
      style: 'destructive',
    },
  ],
  done: (n, c) =>
    decided(n.recommendation, n.recommendation?.outcome === 'recommend' ? 'recommended' : 'notRecommended', c),
  ballot: 'recommendation',
};
