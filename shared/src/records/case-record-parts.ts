import { type AuditEvent, type DomainEventOf, isWhole } from '../domain/outcome';
import type { DecisionRecord, Network } from '../domain/network';
import { isTerminal } from '../domain/lifecycle';
import type { EventType } from '../domain/event-types';
import { membersOf, quorumOf } from '../domain/roles';
import { continuationDeciderOf, routeFor } from '../domain/routing';
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

type DecisionSpec<T extends EventType> = {
  kind: RecordDecision['kind'];
  section: RecordDecision['section'];
  body: (network: Network) => Body | null;
  outcome: (event: DomainEventOf<T>) => string;
  /** The state record holding votes and reasons, matched to the event by its time. */
  state?: (network: Network) => DecisionRecord[];
  subject?: (event: DomainEventOf<T>, network: Network) => string;
};

/** The reason or motivation an event's data carries, for the events that carry one. */
function textsOf(event: AuditEvent): string[] {
  const data = isWhole(event) ? event.data : undefined;
  if (!data) return [];
  return [
    'reason' in data && typeof data.reason === 'string' ? data.reason : '',
    'motivation' in data && typeof data.motivation === 'string' ? data.motivation : '',
  ];
}
const recommender = (n: Network) => routeFor(n)?.recommender ?? null;
const decider = (n: Network) => routeFor(n)?.decider ?? null;
/** The body that decided on continuing: the one the joint recommendation named (recorded on the decision). */
const continuationBody = (n: Network): Body =>
  n.continuationDecision?.body ?? n.extensions.at(-1)?.decision.body ?? continuationDeciderOf(n);

/** Which audit events are decisions (or formal acts of the record), and how each reads. */
export const DECISION_EVENTS: { [T in EventType]?: DecisionSpec<T> } = {
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
    subject: (e) => e.data.person.name,
  },
  leaderAppointed: {
    kind: 'leaderDecision',
    section: 'leader',
    body: () => 'headsForum',
    outcome: () => 'approve',
    state: (n) => (n.leaderDecision ? [n.leaderDecision] : []),
    subject: (e) => e.data.person.name,
  },
  leaderRejected: {
    kind: 'leaderDecision',
    section: 'leader',
    body: () => 'headsForum',
    outcome: () => 'reject',
    subject: (e) => e.data.person.name,
  },
  compositionInformed: {
    kind: 'compositionBriefing',
    section: 'participants',
    body: () => 'headsForum',
    outcome: () => 'informed',
    subject: (e) => `${e.data.accepted} deltagere`,
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
    body: continuationBody,
    outcome: () => 'extend',
    state: (n) => n.extensions.map((x) => x.decision),
    subject: (e) => `${e.data.previousEndDate} → ${e.data.newEndDate}`,
  },
  networkToBeClosed: {
    kind: 'continuationDecision',
    section: 'closing',
    body: continuationBody,
    outcome: () => 'close',
    state: (n) => (n.continuationDecision ? [n.continuationDecision] : []),
  },
  publicationApproved: {
    kind: 'publication',
    section: 'anchoring',
    body: () => 'director',
    outcome: () => 'approved',
    subject: (e) => `${e.data.approved} anbefalinger godkendt til offentliggørelse`,
  },
  // The deciding body (the municipal council, a forum) decided on an anchoring recommendation; the director records it.
  anchoringOutcomeRecorded: {
    kind: 'anchoringOutcome',
    section: 'anchoring',
    body: () => 'director',
    outcome: (e) => e.data.outcome,
    subject: (e, n) => {
      const r = n.anchoring?.recommendations.find((x) => x.id === e.data.recommendationId);
      return `${e.data.body}: ${r?.text ?? ''}`;
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
export function decisionsOf(network: Network, audit: AuditEvent[], config: OrgConfig): RecordDecision[] {
  return [...audit]
    .sort((a, b) => a.at.localeCompare(b.at))
    .flatMap((event) => {
      // TypeScript cannot correlate the event's type with its spec's (a "correlated union"): the spec looked up by
      // `event.type` is the one for this event's type, so the widening is safe.
      const spec = DECISION_EVENTS[event.type] as DecisionSpec<EventType> | undefined;
      if (!spec || !isWhole(event)) return [];
      const record = matchingRecord(spec.state?.(network) ?? [], event.at);
      const body = spec.body(network);
      const [reason = '', motivation = ''] = textsOf(event);
      const reasons = [reason, record?.reason ?? '', motivation]
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
        outcome: spec.outcome(event as DomainEventOf<EventType>),
        reasons,
        votes: (record?.votes ?? []).map((v) => ({
          by: recordPerson(v.by),
          at: v.at,
          outcome: v.outcome as RecordDecision['votes'][number]['outcome'],
          reason: v.reason ?? '',
        })),
        subject: spec.subject?.(event as DomainEventOf<EventType>, network) ?? '',
      };
      return [decision];
    });
}

/** When the case ended (closed, rejected or withdrawn), or null while it is open. */
export function closedAtOf(network: Network): string | null {
  return isTerminal(network.phase) ? (network.ended?.at ?? null) : null;
}

/** How a case ended, in the case record's words: the terminal phases (`isTerminal`; lifecycle.spec pins them). */
export type CaseEnd = 'closed' | 'rejected' | 'withdrawn';

export function caseStatusOf(network: Network): 'open' | CaseEnd {
  return isTerminal(network.phase) ? (network.phase as CaseEnd) : 'open';
}
