import type { Network, Vote } from './network';
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
] as const;
export type DecisionLogKind = (typeof DECISION_LOG_KINDS)[number];

/** One decision or dispensation on a network, with its reason: what the history shows and the record keeps. */
export interface DecisionLogEntry {
  kind: DecisionLogKind;
  outcome: string;
  by: PersonRef;
  at: string;
  reason: string | null;
  /** The body that decided, and under the meeting rule the date of its meeting. */
  body: Body | null;
  meetingDate: string | null;
  votes: Vote[];
}

/**
 * Every decision and dispensation taken on the network, oldest first, each with its reason (DESIGN.md §4: the
 * director's reason for letting a leader lead a third network is logged). One source for cards and the tab.
 */
export function decisionLog(n: Network): DecisionLogEntry[] {
  const out: DecisionLogEntry[] = [];
  const add = (
    kind: DecisionLogKind,
    r:
      | {
          outcome: string;
          by: PersonRef;
          at: string;
          reason?: string;
          body?: Body;
          meetingDate?: string;
          votes?: Vote[];
        }
      | null
      | undefined,
  ) => {
    if (!r) return;
    out.push({
      kind,
      outcome: r.outcome,
      by: r.by,
      at: r.at,
      reason: r.reason?.trim() ? r.reason : null,
      body: r.body ?? null,
      meetingDate: r.meetingDate ?? null,
      votes: r.votes ?? [],
    });
  };
  add('recommendation', n.recommendation);
  add('decision', n.decision);
  const override = n.nomination?.override;
  if (n.nomination && override)
    add('dispensation', { outcome: 'override', by: n.nomination.by, at: n.nomination.at, reason: override.reason });
  add('leader', n.leaderDecision);
  const endorsement = n.closing?.directorEndorsement;
  if (endorsement)
    add('endorsement', {
      outcome: 'endorsed',
      by: endorsement.by,
      at: endorsement.at,
      reason: endorsement.comment,
      ...(endorsement.decider ? { body: endorsement.decider } : {}),
    });
  for (const e of n.extensions)
    add('extension', { ...e.decision, reason: e.decision.reason ?? e.evaluation.adjustments });
  add('continuation', n.continuationDecision);
  if (n.publication) add('publication', { outcome: 'published', by: n.publication.by, at: n.publication.at });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
