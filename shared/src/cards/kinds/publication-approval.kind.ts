import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { doneBy } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** The director chooses which anchoring recommendations are published on the network site. */
export const publicationApprovalKind: KindSpec = {
  title: 'closing.publication.title',
  command: 'approvePublication',
  ask: (_n, c) => t(c.locale, 'closing.publication.ask'),
  inputs: (n, c) => [
    {
      kind: 'choice',
      id: 'approved',
      label: t(c.locale, 'closing.publication.title', { name: '' }).replace(/:\s*$/, ''),
      multiSelect: true,
      expanded: true,
      value: (n.anchoring?.recommendations ?? []).map((r) => r.id).join(','),
      choices: (n.anchoring?.recommendations ?? []).map((r) => ({ title: r.text.slice(0, 200), value: r.id })),
    },
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.publication.approve'),
      verb: Verbs.approvePublication,
      data: {},
      style: 'positive',
    },
  ],
  facts: (n, c) => [{ title: t(c.locale, 'closing.q.experiences'), value: esc(n.anchoring?.experiences ?? '', 800) }],
  done: (n, c) =>
    n.publication ? { text: doneBy(t(c.locale, 'closing.publication.approve'), n.publication, c), tone: 'good' } : null,
};
