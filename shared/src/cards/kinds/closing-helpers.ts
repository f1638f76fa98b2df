import { currentContractVersion, type ContractFieldsByPhase, type Network } from '../../domain/network';
import { t } from '../../i18n/messages';
import type { InputSpec } from '../app.card';
import { mayReadClosingReflection } from '../../domain/closing-summary';
import { closingSummaryFacts } from '../views/closing-summary-facts';
import { esc } from '../views/common';
import { lastEditOf } from '../../domain/handlers/closing.handlers';
import { formatDateTime } from '../../i18n/locale';
import type { NetworkViewContext } from './kind-spec';

/** The goals and success criteria set at the start, which the closing reflection answers against. */
export function closingGoals(n: Network): string[] {
  const p2 = currentContractVersion(n, 2)?.fields as ContractFieldsByPhase[2] | undefined;
  const p3 = currentContractVersion(n, 3)?.fields as ContractFieldsByPhase[3] | undefined;
  return [p3?.goal, p2?.processCriteria, p2?.productCriteria]
    .filter((g): g is string => Boolean(g?.trim()))
    .slice(0, 5);
}

/** A required yes/no question of the closing steps. */
export const yesNoInput = (c: NetworkViewContext, id: string, label: string): InputSpec => ({
  kind: 'choice',
  id,
  label,
  expanded: true,
  required: true,
  value: c.values?.[id] ?? '',
  choices: [
    { title: t(c.locale, 'reflection.yes'), value: 'true' },
    { title: t(c.locale, 'reflection.no'), value: 'false' },
  ],
});

const yes = (v: boolean, c: NetworkViewContext) => t(c.locale, v ? 'reflection.yes' : 'reflection.no').toLowerCase();

/** The network's recommendation on continuing, in one sentence, once it is given. */
export function recommendationText(n: Network, c: NetworkViewContext): string | null {
  const r = n.closing?.recommendation;
  if (!r) return null;
  return t(c.locale, 'closing.recommendation.summary', {
    continue: yes(r.continueNetwork, c),
    form: yes(r.sameForm, c),
    people: yes(r.sameParticipants, c),
    reasoning: esc(r.reasoning, 800),
  });
}

/** The recommendation as a fact, for the cards that pass it on. */
export const recommendationFact = (n: Network, c: NetworkViewContext) => ({
  title: t(c.locale, 'closing.recommendation.title', { name: '' }).replace(/:\s*$/, ''),
  value: recommendationText(n, c) ?? '',
});

/** The stories of value told so far, one fact each. */
export const storyFacts = (n: Network) =>
  (n.closing?.stories ?? []).map((s) => ({
    title: esc(s.title, 120),
    value: `${esc(s.value, 400)} (${esc(s.forWhom, 120)})`,
  }));

/** The closing reflection's answers, for the shared card of the deciding body and for those who may read them. */
export const readerFacts = (n: Network, c: NetworkViewContext) =>
  c.viewer === null || mayReadClosingReflection(n, c.viewer, c.config) ? closingSummaryFacts(n, c) : [];

/** "Senest redigeret af …" for the joint draft (the leader and the director both edit it), or null before it. */
export function lastEditedText(n: Network, c: NetworkViewContext): string | null {
  const r = n.closing?.recommendation;
  if (!r) return null;
  const last = lastEditOf(r);
  return t(c.locale, 'closing.recommendation.lastEdited', {
    who: esc(last.by.name),
    when: formatDateTime(last.at, c.locale),
  });
}

/** The draft's answers as form values, so an editor starts from the current draft (a refused submit wins). */
export function draftValues(n: Network, c: NetworkViewContext): NetworkViewContext {
  const r = n.closing?.recommendation;
  if (!r) return c;
  const draft = {
    continueNetwork: String(r.continueNetwork),
    sameForm: String(r.sameForm),
    sameParticipants: String(r.sameParticipants),
    reasoning: r.reasoning,
  };
  return { ...c, values: { ...draft, ...c.values } };
}
