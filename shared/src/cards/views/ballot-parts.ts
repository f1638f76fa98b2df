import { type BodyDecision, ballotState, bodyRuleOf, deciderOf, recommendersOf } from '../../domain/body-decision';
import type { Locale } from '../../domain/errors';
import type { DecisionRecord, Network } from '../../domain/network';
import { FORUMS, type OrgConfig, type PersonRef, samePerson } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { InputSpec, MessageSpec } from '../app.card';
import { bodyName, esc } from './common';
import { voteWord } from './vote-word';

const OUTCOMES: Record<BodyDecision, readonly string[]> = {
  recommendation: ['recommend', 'reject'],
  idea: ['approve', 'reject'],
  leader: ['approve', 'reject'],
  continuation: ['extend', 'close'],
};

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The decision rule of the body a card asks, and whether it is the meeting rule. */
export function ruleOf(n: Network, decision: BodyDecision, config: OrgConfig) {
  const body = deciderOf(n, decision);
  return body ? bodyRuleOf(body, config, n) : null;
}

/** The meeting date a secretary records with the outcome (only under the meeting rule). */
export function ballotInputs(
  n: Network,
  decision: BodyDecision,
  c: { locale: Locale; config: OrgConfig; values?: Record<string, string>; fieldErrors?: Record<string, string> },
): InputSpec[] {
  if (ruleOf(n, decision, c.config)?.rule !== 'meeting') return [];
  return [
    {
      kind: 'date',
      id: 'meetingDate',
      label: t(c.locale, 'field.meetingDate'),
      value: c.values?.meetingDate ?? '',
      ...(c.fieldErrors?.meetingDate ? { error: c.fieldErrors.meetingDate } : {}),
    },
  ];
}

/** The question above the buttons: under the meeting rule it says the secretary records the meeting's outcome. */
export function ballotAsk(n: Network, decision: BodyDecision, config: OrgConfig, locale: Locale): string | null {
  const rule = ruleOf(n, decision, config);
  return rule?.rule === 'meeting'
    ? t(locale, 'ballot.meetingAsk', { body: capital(bodyName(rule.body, locale)) })
    : null;
}

/**
 * What everyone sees of a pending ballot: the rule, each vote with who cast it, how far it is from the quorum, and
 * a deadlock when no outcome can be reached any more; the recommender is told why they have no buttons.
 */
export function ballotMessages(
  n: Network,
  decision: BodyDecision,
  c: { locale: Locale; config: OrgConfig; viewer: PersonRef | null },
): { facts: { title: string; value: string }[]; messages: MessageSpec[] } {
  const rule = ruleOf(n, decision, c.config);
  if (!rule) return { facts: [], messages: [] };
  // A person who recommends alone (the director, the originator) has no ballot to show; a forum does.
  if (decision === 'recommendation' && !(FORUMS as readonly string[]).includes(rule.body))
    return { facts: [], messages: [] };
  const recommenders = recommendersOf(n, decision);
  const state = ballotState(rule, n.pendingVotes, recommenders, OUTCOMES[decision]);
  const facts = [{ title: t(c.locale, 'ballot.rule'), value: t(c.locale, `rule.${rule.rule}`) }];
  const messages: MessageSpec[] = [];
  if (rule.rule === 'votes' && (rule.quorum > 1 || n.pendingVotes.length > 0)) {
    const agree = Math.max(0, ...OUTCOMES[decision].map((o) => n.pendingVotes.filter((v) => v.outcome === o).length));
    facts.push({
      title: t(c.locale, 'ballot.votes'),
      value: t(c.locale, 'ballot.progress', { agree, quorum: state.quorum, eligible: state.eligible }),
    });
    for (const v of n.pendingVotes)
      facts.push({
        title: esc(v.by.name),
        value: t(c.locale, 'ballot.vote', {
          outcome: voteWord(v.outcome, c.locale),
          when: formatDateTime(v.at, c.locale),
        }),
      });
    if (state.deadlocked) messages.push({ text: t(c.locale, 'ballot.deadlocked'), tone: 'warning' });
  }
  const viewer = c.viewer;
  if (viewer && recommenders.some((p) => samePerson(p, viewer)) && rule.members.some((m) => samePerson(m, viewer)))
    messages.push({ text: t(c.locale, 'ballot.ownRecommendation'), tone: 'accent' });
  return { facts, messages };
}

/** A meeting's date as the record reads it: "12.11.2026" in Danish, the locale's date in English. */
export function meetingDateText(isoDate: string, locale: Locale): string {
  if (locale === 'en') return formatDate(isoDate, locale);
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** A decision taken in a body's meeting, as the record reads: "…: Chefforum besluttede på mødet 12.11.2026 · …". */
export function meetingRecordText(record: DecisionRecord, what: string, locale: Locale): string | null {
  if (!record.meetingDate || !record.body) return null;
  return t(locale, 'ballot.meetingRecord', {
    what,
    body: capital(bodyName(record.body, locale)),
    date: meetingDateText(record.meetingDate, locale),
    who: esc(record.by.name),
  });
}
