import type { Locale } from '../../domain/errors';
import { PHASE_NAMES } from '../../domain/lifecycle';
import type { Network, Stamp } from '../../domain/network';
import { BODY_NAMES, routeFor } from '../../domain/routing';
import type { Body } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { eventName } from '../../i18n/event-names';
import { t } from '../../i18n/messages';
import { escapeMarkdown } from '../escape-markdown';
import { roundHistory } from './round-history';
import { voteWord } from './vote-word';

export const esc = escapeMarkdown;

export function typeLabel(network: Pick<Network, 'type' | 'track'>, locale: Locale): string {
  const type = t(locale, `type.${network.type}`);
  if (network.type !== 'innovation') return type;
  return `${type} · ${t(locale, network.track ? `track.${network.track}` : 'track.unknown')}`;
}

export function subtitle(network: Network, locale: Locale): string {
  return `${typeLabel(network, locale)} · ${PHASE_NAMES[network.phase][locale]}`;
}

export function bodyName(body: Body, locale: Locale): string {
  return BODY_NAMES[body][locale];
}

/** Who acts next, for a "waiting for" line: the body named by the routing table for the step. */
export function routedBody(network: Network, step: 'recommender' | 'decider' | 'briefer'): Body | null {
  return routeFor(network)?.[step] ?? null;
}

export function stampText(what: string, stamp: Stamp, locale: Locale): string {
  return t(locale, 'history.entry', { what, who: esc(stamp.by.name), when: formatDateTime(stamp.at, locale) });
}

/** The facts every network card shows. */
export function baseFacts(network: Network, locale: Locale): { title: string; value: string }[] {
  const facts = [
    {
      title: t(locale, 'fact.originator'),
      value: esc(`${network.originator.name}${network.originatorGroup ? ` (${network.originatorGroup})` : ''}`),
    },
    { title: t(locale, 'fact.purpose'), value: esc(network.purpose, 600) },
    { title: t(locale, 'fact.background'), value: esc(network.background, 600) },
  ];
  if (network.leader) facts.push({ title: t(locale, 'fact.leader'), value: esc(network.leader.name) });
  if (network.period) {
    facts.push({
      title: t(locale, 'fact.period'),
      value: `${formatDate(network.period.startDate, locale)} – ${formatDate(network.period.endDate, locale)}`,
    });
  }
  return facts;
}

const reasonText = (r: { reason?: string }, locale: Locale) =>
  r.reason?.trim() ? ` (${t(locale, 'history.reason', { reason: esc(r.reason, 300) })})` : '';

/** Who did what and when, from the network's own records, oldest first (cards show the last few). */
export function networkHistory(network: Network, locale: Locale, limit = 6): string[] {
  const entries: { at: string; text: string }[] = [];
  const add = (what: string, stamp: Stamp | null | undefined) => {
    if (stamp) entries.push({ at: stamp.at, text: stampText(what, stamp, locale) });
  };
  const ev = (type: string) => eventName(type, locale);
  add(ev('ideaSubmitted'), { by: network.originator, at: network.createdAt });
  if (network.recommendation)
    add(
      ev(network.recommendation.outcome === 'recommend' ? 'ideaRecommended' : 'ideaNotRecommended'),
      network.recommendation,
    );
  // Each vote by the member's own stance (the ballot's words), not as if it were the body's approval.
  for (const vote of network.pendingVotes) add(`${ev('decisionVoteCast')}: ${voteWord(vote.outcome, locale)}`, vote);
  if (network.decision)
    add(
      ev(network.decision.outcome === 'approve' ? 'ideaApproved' : 'ideaRejected') +
        reasonText(network.decision, locale),
      network.decision,
    );
  add(ev('headsForumBriefed'), network.briefing);
  // A dispensation is logged with its reason (DESIGN.md §2: the director may override, with a reason that is logged).
  if (network.nomination)
    add(
      `${ev('leaderNominated')}: ${esc(network.nomination.person.name)}${
        network.nomination.override
          ? ` (${t(locale, 'history.dispensation', { reason: esc(network.nomination.override.reason, 300) })})`
          : ''
      }`,
      network.nomination,
    );
  if (network.leaderDecision)
    add(
      ev(network.leaderDecision.outcome === 'approve' ? 'leaderAppointed' : 'leaderRejected') +
        reasonText(network.leaderDecision, locale),
      network.leaderDecision,
    );
  for (const x of network.extensions) add(ev('networkExtended') + reasonText(x.decision, locale), x.decision);
  if (network.continuationDecision)
    add(ev('networkToBeClosed') + reasonText(network.continuationDecision, locale), network.continuationDecision);
  for (const c of network.contract) {
    for (const s of c.signatures)
      add(
        t(locale, 'history.contractPhase', { event: ev('contractPhaseCoSigned'), phase: c.phase, version: c.version }),
        s,
      );
  }
  add(ev('compositionInformed'), network.compositionInformed);
  add(ev('kickoffHeld'), network.kickoff);
  entries.push(...roundHistory(network, locale));
  // What a deciding body decided on an anchoring recommendation, as the director recorded it (issue 13, point 6).
  for (const r of network.anchoring?.recommendations ?? [])
    if (r.followUp) add(`${ev('anchoringOutcomeRecorded')}: ${esc(r.followUp.outcome, 200)}`, r.followUp);
  return entries
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-limit)
    .map((e) => e.text);
}
