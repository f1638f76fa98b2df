import type { DomainEvent } from '../domain/outcome';
import type { DecisionRecord, Network } from '../domain/network';
import type { EventType } from '../domain/event-types';
import { membersOf, quorumOf } from '../domain/roles';
import { routeFor } from '../domain/routing';
import type { Body, OrgConfig, PersonRef } from '../domain/types';
import type { RecordDecision, RecordPerson } from './case-record-schema';
import { isTombstone } from './tombstone';

/**
 * Small accessors from the stored network to the case record's parts. Each reads one thing, so a field the
 * governance model adds later (a body's decision rule, decision rounds, named contract parties) changes one of
 * these and nothing else.
 */

export function recordPerson(p: PersonRef): RecordPerson {
  return { name: p.name, tenantId: p.tenantId, objectId: p.objectId, erased: isTombstone(p) };
}

/** The body's decision rule as configured at the time of the export (the model keeps no history of rules yet). */
export function ruleOf(body: Body, config: OrgConfig, network: Network): RecordDecision['rule'] {
  const members = membersOf(body, config, network).length;
  const quorum = quorumOf(body, config);
  return members > 1 || quorum > 1 ? { kind: 'quorum', quorum, members } : { kind: 'person' };
}

type DecisionSpec = {
  kind: RecordDecision['kind'];
  section: RecordDecision['section'];
  body: (network: Network) => Body | null;
  outcome: (event: DomainEvent) => string;
  /** The state record holding votes and reasons, matched to the event by its time. */
  state?: (network: Network) => DecisionRecord[];
  subject?: (event: DomainEvent, network: Network) => string;
};

const dataText = (event: DomainEvent, key: string): string => {
  const value = event.data?.[key];
  return typeof value === 'string' ? value : '';
};
const dataPersonName = (event: DomainEvent): string => {
  const person = event.data?.person as PersonRef | undefined;
  return person?.name ?? '';
};
const recommender = (n: Network) => routeFor(n)?.recommender ?? null;
const decider = (n: Network) => routeFor(n)?.decider ?? null;

/** Which audit events are decisions (or formal acts of the record), and how each reads. */
export const DECISION_EVENTS: Partial<Record<EventType, DecisionSpec>> = {
  ideaWithdrawn: { kind: 'withdrawal', section: 'idea', body: () => 'originator', outcome: () => 'withdrawn' },
  ideaRecommended: {
    kind: 'recommendation',
    section: 'idea',
    body: recommender,
    outcome: () => 'recommend',
    state: (n) => (n.recommendation ? [n.recommendation] : []),
  },
  ideaNotRecommended: {
    kind: 'recommendation',
    section: 'idea',
    body: recommender,
    outcome: () => 'reject',
    state: (n) => (n.recommendation ? [n.recommendation] : []),
  },
  ideaApproved: {
    kind: 'decision',
    section: 'decision',
    body: decider,
    outcome: () => 'approve',
    state: (n) => (n.decision ? [n.decision] : []),
  },
  ideaRejected: {
    kind: 'decision',
    section: 'decision',
    body: decider,
    outcome: () => 'reject',
    state: (n) => (n.decision ? [n.decision] : []),
  },
  headsForumBriefed: {
    kind: 'briefing',
    section: 'decision',
    body: (n) => routeFor(n)?.briefer ?? null,
    outcome: () => 'briefed',
  },
  leaderNominated: {
    kind: 'leaderNomination',
    section: 'leader',
    body: () => 'director',
    outcome: () => 'nominated',
    subject: (e) => dataPersonName(e),
  },
  leaderAppointed: {
    kind: 'leaderDecision',
    section: 'leader',
    body: () => 'headsForum',
    outcome: () => 'approve',
    state: (n) => (n.leaderDecision ? [n.leaderDecision] : []),
    subject: (e) => dataPersonName(e),
  },
  leaderRejected: {
    kind: 'leaderDecision',
    section: 'leader',
    body: () => 'headsForum',
    outcome: () => 'reject',
    subject: (e) => dataPersonName(e),
  },
  compositionInformed: {
    kind: 'compositionBriefing',
    section: 'participants',
    body: () => 'headsForum',
    outcome: () => 'informed',
    subject: (e) => `${String(e.data?.accepted ?? 0)} deltagere`,
  },
  closingRecommendationEndorsed: {
    kind: 'closingEndorsement',
    section: 'closing',
    body: () => 'director',
    outcome: () => 'endorsed',
    state: (n) =>
      n.closing?.directorEndorsement
        ? [{ ...n.closing.directorEndorsement, outcome: 'endorsed', reason: n.closing.directorEndorsement.comment }]
        : [],
  },
  networkExtended: {
    kind: 'continuationDecision',
    section: 'closing',
    body: decider,
    outcome: () => 'extend',
    state: (n) => n.extensions.map((x) => x.decision),
    subject: (e) => `${dataText(e, 'previousEndDate')} → ${dataText(e, 'newEndDate')}`,
  },
  networkToBeClosed: {
    kind: 'continuationDecision',
    section: 'closing',
    body: decider,
    outcome: () => 'close',
    state: (n) => (n.continuationDecision ? [n.continuationDecision] : []),
  },
  publicationApproved: {
    kind: 'publication',
    section: 'anchoring',
    body: () => 'director',
    outcome: () => 'approved',
    subject: (e) => `${String(e.data?.approved ?? 0)} anbefalinger godkendt til offentliggørelse`,
  },
  // The deciding body (the municipal council, a forum) decided on an anchoring recommendation; the director records it.
  anchoringOutcomeRecorded: {
    kind: 'anchoringOutcome',
    section: 'anchoring',
    body: () => 'director',
    outcome: (e) => dataText(e, 'outcome'),
    subject: (e, n) => {
      const r = n.anchoring?.recommendations.find((x) => x.id === dataText(e, 'recommendationId'));
      return `${dataText(e, 'body')}: ${r?.text ?? ''}`;
    },
  },
};

/** The state record taken with the event: the same instant, else the latest one before it (clocks read twice). */
function matchingRecord(records: DecisionRecord[], at: string): DecisionRecord | undefined {
  return (
    records.find((r) => r.at === at) ?? records.filter((r) => r.at <= at).sort((a, b) => b.at.localeCompare(a.at))[0]
  );
}

/** Every decision of the network, oldest first, from its audit trail; votes and reasons from the state records. */
export function decisionsOf(network: Network, audit: DomainEvent[], config: OrgConfig): RecordDecision[] {
  return [...audit]
    .sort((a, b) => a.at.localeCompare(b.at))
    .flatMap((event) => {
      const spec = DECISION_EVENTS[event.type];
      if (!spec) return [];
      const record = matchingRecord(spec.state?.(network) ?? [], event.at);
      const body = spec.body(network);
      const reasons = [dataText(event, 'reason'), record?.reason ?? '', dataText(event, 'motivation')]
        .map((r) => r.trim())
        .filter((r, i, all) => r && all.indexOf(r) === i);
      const decision: RecordDecision = {
        id: `${network.id}/${event.id}`,
        kind: spec.kind,
        section: spec.section,
        body,
        rule: body ? ruleOf(body, config, network) : null,
        recordedBy: event.actor ? recordPerson(event.actor) : null,
        at: event.at,
        outcome: spec.outcome(event),
        reasons,
        votes: (record?.votes ?? []).map((v) => ({
          by: recordPerson(v.by),
          at: v.at,
          outcome: v.outcome,
          reason: v.reason ?? '',
        })),
        subject: spec.subject?.(event, network) ?? '',
      };
      return [decision];
    });
}

/** When the case ended (closed, rejected or withdrawn), or null while it is open. */
export function closedAtOf(network: Network): string | null {
  return ['closed', 'rejected', 'withdrawn'].includes(network.phase) ? (network.ended?.at ?? null) : null;
}

export function caseStatusOf(network: Network): 'open' | 'closed' | 'rejected' | 'withdrawn' {
  return network.phase === 'closed' || network.phase === 'rejected' || network.phase === 'withdrawn'
    ? network.phase
    : 'open';
}
