import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { MessageSpec } from '../app.card';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { readerFacts, recommendationFact, storyFacts } from './closing-helpers';
import { doneBy, textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/**
 * The decider extends the network (answering the evaluation questions, with a new end date) or closes it. Who
 * decides is the command's permission (the body the recommendation names, else the routing table's default):
 * the card names no body of its own.
 */
export const continuationDecisionKind: KindSpec = {
  title: 'closing.decision.title',
  command: 'decideContinuation',
  ask: (_n, c) => t(c.locale, 'closing.decision.ask'),
  inputs: (_n, c) => [
    {
      kind: 'date',
      id: 'newEndDate',
      label: t(c.locale, 'closing.q.newEndDate'),
      value: c.values?.newEndDate ?? '',
      ...(c.fieldErrors?.newEndDate ? { error: c.fieldErrors.newEndDate } : {}),
    },
    // Not required on the card: only an extension needs them, and closing sends no inputs.
    ...(['stillMakesSense', 'achievingGoals', 'rightParticipants', 'resourcesUsedWell', 'adjustments'] as const).map(
      (q) => textInput(c, q, t(c.locale, `closing.q.${q}`), true, false),
    ),
    textInput(c, 'valueSeen', t(c.locale, 'closingRounds.valueSeen'), true, false),
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.extend'),
      verb: Verbs.decideContinuation,
      data: { outcome: 'extend' },
      style: 'positive',
    },
    {
      title: t(c.locale, 'closing.close'),
      verb: Verbs.decideContinuation,
      // Sends the inputs too (none is required for closing): the value the decider sees created, and a
      // secretary's meeting date, go with a closure.
      data: { outcome: 'close' },
    },
  ],
  done: (n, c): MessageSpec | null => {
    const d = n.continuationDecision;
    if (d) return { text: doneBy(t(c.locale, 'closing.closed'), d, c), tone: 'attention', bold: true };
    const ext = n.extensions.at(-1);
    return ext && n.phase === 'active'
      ? {
          text: doneBy(
            t(c.locale, 'closing.extended', { date: formatDate(ext.newEndDate, c.locale) }),
            ext.decision,
            c,
          ),
          tone: 'good',
          bold: true,
        }
      : null;
  },
  facts: (n, c) => [
    recommendationFact(n, c),
    {
      title: t(c.locale, 'closing.endorsement.comment'),
      value: esc(n.closing?.directorEndorsement?.comment ?? '', 800),
    },
    ...storyFacts(n),
    ...readerFacts(n, c),
    ...(n.closing?.valueSeen
      ? [{ title: t(c.locale, 'closingRounds.valueSeen.recorded'), value: esc(n.closing.valueSeen.text, 800) }]
      : []),
  ],
  ballot: 'continuation',
  readsClosingAnswers: true,
};
