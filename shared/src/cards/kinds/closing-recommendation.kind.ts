import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { recommendationText, storyFacts, yesNoInput } from './closing-helpers';
import { textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The network's recommendation: continue or not, in the same form, with the same participants. */
export const closingRecommendationKind: KindSpec = {
  title: 'closing.recommendation.title',
  command: 'submitClosingRecommendation',
  ask: (_n, c) => t(c.locale, 'closing.recommendation.ask'),
  inputs: (_n, c) => [
    yesNoInput(c, 'continueNetwork', t(c.locale, 'closing.q.continue')),
    yesNoInput(c, 'sameForm', t(c.locale, 'closing.q.sameForm')),
    yesNoInput(c, 'sameParticipants', t(c.locale, 'closing.q.sameParticipants')),
    textInput(c, 'reasoning', t(c.locale, 'closing.q.reasoning')),
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.recommendation.send'),
      verb: Verbs.submitClosingRecommendation,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) => {
    const r = recommendationText(n, c);
    return r ? { text: r, tone: 'good' } : null;
  },
  facts: (n) => storyFacts(n),
};
