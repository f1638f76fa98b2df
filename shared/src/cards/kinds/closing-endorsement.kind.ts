import { CONTINUATION_BODIES, continuationDeciderOf, defaultContinuationBody } from '../../domain/routing';
import { t } from '../../i18n/messages';
import type { InputSpec } from '../app.card';
import { Verbs } from '../verbs';
import type { Network } from '../../domain/network';
import { bodyName, esc } from '../views/common';
import { lastEditedText, readerFacts, recommendationFact, storyFacts } from './closing-helpers';
import { doneBy, textInput } from './kind-helpers';
import type { KindSpec, NetworkViewContext } from './kind-spec';

/** The body the recommendation goes to: the idea's decider preselected, the director herself never a choice. */
const deciderInput = (n: Network, c: NetworkViewContext): InputSpec => ({
  kind: 'choice',
  id: 'decider',
  label: t(c.locale, 'closing.endorsement.decider'),
  required: true,
  value: c.values?.decider ?? defaultContinuationBody(n),
  choices: CONTINUATION_BODIES.map((b) => ({ title: bodyName(b, c.locale), value: b })),
  ...(c.fieldErrors?.decider ? { error: c.fieldErrors.decider } : {}),
});

/** The director submits the joint recommendation with her comment to the body she chooses. */
export const closingEndorsementKind: KindSpec = {
  title: 'closing.endorsement.title',
  command: 'endorseClosingRecommendation',
  ask: (_n, c) => t(c.locale, 'closing.endorsement.askCodraft'),
  inputs: (n, c) => [textInput(c, 'comment', t(c.locale, 'closing.endorsement.comment')), deciderInput(n, c)],
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
    if (!e) return null;
    const sentTo = t(c.locale, 'closing.endorsement.sentTo', { body: bodyName(continuationDeciderOf(n), c.locale) });
    return { text: `${doneBy(esc(e.comment, 600), e, c)}\n\n${sentTo}`, tone: 'good' };
  },
  facts: (n, c) => {
    const edited = lastEditedText(n, c);
    const lastEdit = edited ? [{ title: t(c.locale, 'closing.recommendation.lastEditedTitle'), value: edited }] : [];
    return [recommendationFact(n, c), ...lastEdit, ...storyFacts(n), ...readerFacts(n, c)];
  },
  readsClosingAnswers: true,
};
