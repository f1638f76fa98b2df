import { personKey } from '../../domain/types';
import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';

import type { KindSpec } from './kind-spec';

/** The director nominates a leader, those who expressed interest first (★). */
export const nominationKind: KindSpec = {
  title: 'card.nomination.title',
  command: 'nominateLeader',
  choosesPeople: true,
  ask: (_n, c) => t(c.locale, 'card.nomination.ask'),
  inputs: (n, c) => {
    const interested = new Set(n.interested.map(personKey));
    const people = [...n.interested, ...(c.knownPeople ?? []).filter((p) => !interested.has(personKey(p)))];
    return [
      {
        kind: 'choice',
        id: 'person',
        label: t(c.locale, 'field.person'),
        required: true,
        value: c.values?.person ?? '',
        choices: people.map((p) => ({
          title: `${p.name}${interested.has(personKey(p)) ? ' ★' : ''}`,
          value: personKey(p),
        })),
        ...(c.fieldErrors?.person ? { error: c.fieldErrors.person } : {}),
      },
      {
        kind: 'text',
        id: 'overrideReason',
        label: t(c.locale, 'field.overrideReason'),
        multiline: true,
        value: c.values?.overrideReason ?? '',
      },
    ];
  },
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.nominate'),
      verb: Verbs.nominateLeader,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) =>
    n.nomination
      ? { text: `${t(c.locale, 'fact.nominee')}: ${esc(n.nomination.person.name)}`, tone: 'good', bold: true }
      : null,
  facts: (n, c) =>
    n.interested.length
      ? [{ title: t(c.locale, 'fact.interested'), value: esc(n.interested.map((p) => p.name).join(', ')) }]
      : [],
};
