import { personKey } from '../../domain/types';
import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';

import type { KindSpec } from './kind-spec';

/** Anyone may say they would like to lead the new network. */
export const interestKind: KindSpec = {
  title: 'card.interest.title',
  command: 'expressInterest',
  ask: (_n, c) => t(c.locale, 'card.interest.body'),
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.interest'),
      verb: Verbs.expressInterest,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) =>
    c.viewer && n.interested.some((p) => personKey(p) === personKey(c.viewer!))
      ? { text: t(c.locale, 'card.interest.thanks'), tone: 'good' }
      : null,
  facts: (n, c) =>
    n.interested.length ? [{ title: t(c.locale, 'fact.interested'), value: String(n.interested.length) }] : [],
};
