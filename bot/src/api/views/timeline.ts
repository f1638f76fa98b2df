import { endsEarly, MAIN_LINE } from '@netvaerk/shared/domain/lifecycle';
import type { Network, Phase } from '@netvaerk/shared/domain/network';

const latest = (...dates: (string | null | undefined)[]): string | null =>
  dates.filter((d): d is string => Boolean(d)).sort((a, b) => (a < b ? 1 : -1))[0] ?? null;

/** When the network reached each phase, from the network's own stamps (the latest time after an extension). */
export function phaseReachedAt(n: Network): Record<Phase, string | null> {
  const phase3Locked = n.contract
    .filter((c) => c.phase === 3 && c.locked)
    .map((c) => latest(...c.signatures.map((s) => s.at)));
  // An early end is dated only in the phase the network ended in.
  const endedIn = (phase: Phase) => (endsEarly(phase) && n.phase === phase ? (n.ended?.at ?? null) : null);
  const ok = (record: { outcome: string; at: string } | null, outcome: string) =>
    record?.outcome === outcome ? record.at : null;
  return {
    idea: n.createdAt,
    recommended: ok(n.recommendation, 'recommend'),
    approved: ok(n.decision, 'approve'),
    leaderNominated: n.nomination?.at ?? n.leaderDecision?.at ?? null,
    leaderAppointed: ok(n.leaderDecision, 'approve'),
    participantsRecruited: n.compositionInformed?.at ?? null,
    kickoffHeld: n.kickoff?.at ?? null,
    active: latest(phase3Locked[0], ...n.extensions.map((e) => e.decision.at)),
    closingReflection: n.closing?.started.at ?? null,
    closingWithDirector: n.closing?.recommendation?.by.at ?? null,
    awaitingContinuationDecision: n.closing?.directorEndorsement?.at ?? null,
    closingMeeting: ok(n.continuationDecision, 'close'),
    awaitingPublication: n.anchoring?.by.at ?? null,
    closed: n.publication?.at ?? null,
    rejected: endedIn('rejected'),
    withdrawn: endedIn('withdrawn'),
  };
}

/** The main line with a date for every phase the network has passed or is in; later phases have none. */
export function timelineOf(n: Network): { phase: Phase; at: string | null }[] {
  const reached = phaseReachedAt(n);
  const current = MAIN_LINE.indexOf(n.phase);
  // A network that ended early (rejected, withdrawn) shows the main line up to the last phase it reached.
  const last = current >= 0 ? current : Math.max(...MAIN_LINE.map((p, i) => (reached[p] ? i : -1)));
  return MAIN_LINE.map((phase, i) => ({ phase, at: i <= last ? reached[phase] : null }));
}
