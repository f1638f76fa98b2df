import { t } from '../../i18n/messages';
import { recommendationStateFacts } from './anchoring-helpers';
import type { KindSpec } from './kind-spec';

/**
 * The heads' forum's overview of a closed network's anchoring recommendations: every one of them, published on
 * the site or not, with its path and, for a deciding body's path, its outcome or that it waits.
 */
export const anchoringKind: KindSpec = {
  title: 'closing.anchoring.title',
  ask: (_n, c) => t(c.locale, 'closingRounds.anchoring.body'),
  facts: (n, c) => recommendationStateFacts(n, c),
};
