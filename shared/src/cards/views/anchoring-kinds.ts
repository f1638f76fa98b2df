import type { AnchoringRecommendation, Network } from '../../domain/network';
import { openFollowUps } from '../../domain/anchoring';
import { formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { InputSpec } from '../app.card';
import { Verbs } from '../verbs';
import { esc } from './common';
import type { KindSpec, NetworkViewContext } from './network-card.view';

const pathName = (r: AnchoringRecommendation, c: NetworkViewContext) =>
  t(c.locale, `closing.path.${r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body}`);

/** Where a recommendation stands: published or not, and for a deciding body's path, its outcome or the wait. */
function stateOf(r: AnchoringRecommendation, c: NetworkViewContext): string {
  const parts = [pathName(r, c)];
  if (r.approved !== undefined)
    parts.push(t(c.locale, r.approved ? 'closingRounds.anchoring.published' : 'closingRounds.anchoring.notPublished'));
  if (r.path.kind === 'decidingBody')
    parts.push(
      r.followUp
        ? t(c.locale, 'closingRounds.followUp.recorded', {
            outcome: esc(r.followUp.outcome, 400),
            who: esc(r.followUp.by.name),
            when: formatDateTime(r.followUp.at, c.locale),
          })
        : t(c.locale, 'closingRounds.followUp.waiting'),
    );
  return parts.join(' · ');
}

const allFacts = (n: Network, c: NetworkViewContext) =>
  (n.anchoring?.recommendations ?? []).map((r) => ({ title: esc(r.text, 300), value: stateOf(r, c) }));

/**
 * The anchoring cards (issue 13, point 6): the heads' forum sees every recommendation, published on the site or
 * not; the director records what a deciding body decided on each recommendation that went to one.
 */
export const ANCHORING_KINDS = {
  anchoring: {
    title: 'closing.anchoring.title',
    ask: (_n, c) => t(c.locale, 'closingRounds.anchoring.body'),
    facts: allFacts,
  },
  anchoringFollowUp: {
    title: 'closingRounds.followUp.title',
    command: 'recordAnchoringOutcome',
    ask: (n, c) => (openFollowUps(n).length > 0 ? t(c.locale, 'closingRounds.followUp.ask') : ''),
    inputs: (n, c) =>
      openFollowUps(n).map((r): InputSpec => ({
        kind: 'text',
        id: `outcome_${r.id}`,
        label: t(c.locale, 'closingRounds.followUp.outcome', { text: esc(r.text, 120) }),
        multiline: true,
        value: c.values?.[`outcome_${r.id}`] ?? '',
        ...(c.fieldErrors?.[`outcome_${r.id}`] ? { error: c.fieldErrors[`outcome_${r.id}`] } : {}),
      })),
    actions: (n, c) =>
      openFollowUps(n).map((r) => ({
        title: `${t(c.locale, 'closingRounds.followUp.record')}: ${esc(r.text, 40)}`,
        verb: Verbs.recordAnchoringOutcome,
        data: { networkId: n.id, kind: 'anchoringFollowUp', recommendationId: r.id },
      })),
    waitingFor: () => 'director',
    facts: (n, c) => allFacts(n, c).filter((_, i) => n.anchoring?.recommendations[i]?.path.kind === 'decidingBody'),
  },
} satisfies Record<string, KindSpec>;
