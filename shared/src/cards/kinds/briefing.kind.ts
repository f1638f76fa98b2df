import { t } from '../../i18n/messages';
import { esc } from '../views/common';
import type { KindSpec } from './kind-spec';

/** The heads' forum's briefing about a new network. */
export const briefingKind: KindSpec = {
  title: 'card.briefing.title',
  ask: () => '',
  done: (n, c) => (n.briefing ? { text: t(c.locale, 'card.briefing.body', { by: esc(n.briefing.by.name) }) } : null),
};
