import { t } from '../../i18n/messages';
import { esc } from '../views/common';
import type { KindSpec } from './kind-spec';

/** The heads' forum's list of the approved anchoring recommendations and their paths. */
export const anchoringKind: KindSpec = {
  title: 'closing.anchoring.title',
  ask: (_n, c) => t(c.locale, 'closing.anchoring.body'),
  facts: (n, c) =>
    (n.anchoring?.recommendations ?? [])
      .filter((r) => r.approved)
      .map((r) => ({
        title: esc(r.text, 300),
        value: t(c.locale, `closing.path.${r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body}`),
      })),
};
