import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { draftValues, lastEditedText, recommendationText, storyFacts, yesNoInput } from './closing-helpers';
import { textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/**
 * The network's recommendation: continue or not, in the same form, with the same participants. A joint draft of
 * the leader and the director: either saves it ("Gem udkast"); the director submits it on the endorsement card.
 */
export const closingRecommendationKind: KindSpec = {
  title: 'closing.recommendation.title',
  command: 'submitClosingRecommendation',
  ask: (_n, c) => t(c.locale, 'closing.recommendation.askDraft'),
  inputs: (n, ctx) => {
    const c = draftValues(n, ctx);
    return [
      yesNoInput(c, 'continueNetwork', t(c.locale, 'closing.q.continue')),
      yesNoInput(c, 'sameForm', t(c.locale, 'closing.q.sameForm')),
      yesNoInput(c, 'sameParticipants', t(c.locale, 'closing.q.sameParticipants')),
      textInput(c, 'reasoning', t(c.locale, 'closing.q.reasoning')),
    ];
  },
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.recommendation.saveDraft'),
      verb: Verbs.submitClosingRecommendation,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) => {
    const r = recommendationText(n, c);
    if (!r) return null;
    // Still a draft until the director submits it: no "done" tone before then.
    const submitted = Boolean(n.closing?.directorEndorsement);
    return { text: `${r}\n\n${lastEditedText(n, c) ?? ''}`, ...(submitted ? { tone: 'good' as const } : {}) };
  },
  facts: (n) => storyFacts(n),
};
