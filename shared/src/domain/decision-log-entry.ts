import type { DecidingBody } from './anchoring';
import type { Vote } from './network';
import type { Body, PersonRef } from './types';

export const DECISION_LOG_KINDS = [
  'recommendation',
  'decision',
  'dispensation',
  'leader',
  'endorsement',
  'extension',
  'continuation',
  'publication',
  'anchoringOutcome',
] as const;
export type DecisionLogKind = (typeof DECISION_LOG_KINDS)[number];

/** Who decided: a body of the routing table, or the deciding body an anchoring recommendation went to. */
export type DecisionLogBody = Body | DecidingBody;

/** One decision or dispensation on a network, with its reason: what the history shows and the record keeps. */
export interface DecisionLogEntry {
  kind: DecisionLogKind;
  outcome: string;
  by: PersonRef;
  at: string;
  reason: string | null;
  /** The body that decided, and under the meeting rule the date of its meeting. */
  body: DecisionLogBody | null;
  meetingDate: string | null;
  /** What was decided on when the kind alone does not say: the nominee, the anchoring recommendation's text. */
  subject: string | null;
  votes: Vote[];
}

/** A decision as the log takes it in: the state's record, or one rebuilt from an audit event. */
export interface LoggedDecision {
  outcome: string;
  by: PersonRef;
  at: string;
  reason?: string | undefined;
  body?: DecisionLogBody | undefined;
  meetingDate?: string | undefined;
  subject?: string | undefined;
  votes?: Vote[] | undefined;
}

/** A log entry from a decision: empty reasons and subjects become null, a missing body or date null. */
export function logEntry(kind: DecisionLogKind, r: LoggedDecision): DecisionLogEntry {
  return {
    kind,
    outcome: r.outcome,
    by: r.by,
    at: r.at,
    reason: r.reason?.trim() ? r.reason : null,
    body: r.body ?? null,
    meetingDate: r.meetingDate ?? null,
    subject: r.subject?.trim() ? r.subject : null,
    votes: r.votes ?? [],
  };
}
