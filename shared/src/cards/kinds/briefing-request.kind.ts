import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { doneBy } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The routing table's briefer is asked to brief the heads' forum about the approved network. */
export const briefingRequestKind: KindSpec = {
  title: 'card.briefing.request.title',
  command: 'briefHeadsForum',
  ask: (_n, c) => t(c.locale, 'card.briefing.request.ask'),
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.brief'),
      verb: Verbs.briefHeadsForum,
      data: {},
      style: 'positive',
    },
  ],
  done: (n, c) => (n.briefing ? { text: doneBy(t(c.locale, 'action.brief'), n.briefing, c), tone: 'good' } : null),
};
