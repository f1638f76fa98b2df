import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { closingGoals } from './closing-helpers';
import { textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The closing reflection's questions, one per goal and success criterion set at the start (DESIGN.md §6). */
export const closingReflectionKind: KindSpec = {
  title: 'closing.reflection.title',
  command: 'answerClosingReflection',
  ask: (_n, c) => t(c.locale, 'closing.reflection.ask'),
  inputs: (n, c) => [
    textInput(c, 'howWeWorked', t(c.locale, 'closing.q.howWeWorked')),
    {
      kind: 'choice',
      id: 'satisfaction',
      label: t(c.locale, 'closing.q.satisfaction'),
      expanded: true,
      required: true,
      value: c.values?.satisfaction ?? '',
      choices: [1, 2, 3, 4, 5].map((v) => ({ title: String(v), value: String(v) })),
    },
    textInput(c, 'ownContribution', t(c.locale, 'closing.q.ownContribution')),
    ...closingGoals(n).map((goal, i) =>
      textInput(c, `progress${i}`, t(c.locale, 'closing.q.progress', { goal: goal.slice(0, 120) })),
    ),
    textInput(c, 'whatBecameDifferent', t(c.locale, 'closing.q.whatBecameDifferent')),
    textInput(c, 'howItWasCreated', t(c.locale, 'closing.q.howItWasCreated')),
    textInput(c, 'whereItCanBeSeen', t(c.locale, 'closing.q.whereItCanBeSeen')),
    textInput(c, 'successAssessment', t(c.locale, 'closing.q.successAssessment')),
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.send'),
      verb: Verbs.answerClosingReflection,
      data: {},
      style: 'positive',
    },
  ],
};
