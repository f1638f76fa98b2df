import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { readerFacts, recommendationFact, storyFacts } from './closing-helpers';
import { doneBy, textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The director endorses the network's recommendation with her comment before it goes to the decider. */
export const closingEndorsementKind: KindSpec = {
  title: 'closing.endorsement.title',
  command: 'endorseClosingRecommendation',
  ask: (_n, c) => t(c.locale, 'closing.endorsement.ask'),
  inputs: (_n, c) => [textInput(c, 'comment', t(c.locale, 'closing.endorsement.comment'))],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.endorsement.send'),
      verb: Verbs.endorseClosingRecommendation,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) => {
    const e = n.closing?.directorEndorsement;
    return e ? { text: doneBy(esc(e.comment, 600), e, c), tone: 'good' } : null;
  },
  facts: (n, c) => [recommendationFact(n, c), ...storyFacts(n), ...readerFacts(n, c)],
  readsClosingAnswers: true,
};
