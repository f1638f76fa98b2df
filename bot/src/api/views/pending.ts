import { pendingDecision } from '@netvaerk/shared/domain/decision-deadlines';
import { missingParties } from '@netvaerk/shared/domain/contract-parties';
import { currentContractVersion, type Network } from '@netvaerk/shared/domain/network';
import { openFollowUps } from '@netvaerk/shared/domain/anchoring';
import { membersOf } from '@netvaerk/shared/domain/roles';
import { continuationDeciderOf, routeFor } from '@netvaerk/shared/domain/routing';
import type { Body, OrgConfig } from '@netvaerk/shared/domain/types';
import type { PendingDto, PendingKind } from '@netvaerk/shared/api/api-types';
import { phaseReachedAt } from './timeline';

/**
 * What a network waits for and from whom, so decisions don't get stuck unseen (DESIGN.md §10): the step its
 * phase asks for (the routing table names the body) and any contract version still missing a signature.
 */
export function pendingOf(n: Network, config: OrgConfig): PendingDto[] {
  const route = routeFor(n);
  const since = phaseReachedAt(n)[n.phase];
  const out: PendingDto[] = [];
  const add = (kind: PendingKind, bodies: (Body | null | undefined)[], at = since, extra: Partial<PendingDto> = {}) => {
    const waitingFor = bodies.filter((b): b is Body => Boolean(b));
    const names = waitingFor.flatMap((b) => membersOf(b, config, n).map((p) => p.name));
    out.push({ kind, waitingFor, waitingForNames: [...new Set(names)], since: at, ...extra });
  };
  switch (n.phase) {
    case 'idea':
      if (!route) add('track', ['director']);
      else add('recommendation', [route.recommender]);
      break;
    case 'recommended':
      add('decision', [route?.decider]);
      break;
    case 'approved':
      add('nomination', ['director']);
      break;
    case 'leaderNominated':
      add('leaderDecision', ['headsForum']);
      break;
    case 'leaderAppointed':
      add('composition', ['leader']);
      break;
    case 'participantsRecruited':
      add('kickoff', ['leader']);
      break;
    case 'kickoffHeld':
      add('contractPhase3', ['leader']);
      break;
    case 'closingReflection':
      add('closingRecommendation', ['leader']);
      break;
    case 'closingWithDirector':
      add('endorsement', ['director']);
      break;
    case 'awaitingContinuationDecision':
      add('continuation', [continuationDeciderOf(n)]);
      break;
    case 'closingMeeting':
      add('closingMeeting', ['leader']);
      break;
    case 'awaitingPublication':
      add('publication', ['director']);
      break;
    default:
      break;
  }
  // A body's decision carries its deadline.
  const due = pendingDecision(n, config);
  if (due) for (const p of out) if (DECISION_KINDS.includes(p.kind)) p.dueOn = due.dueOn;
  // A recommendation that went to a deciding body waits for its outcome, in the director's list, closed or not.
  for (const r of openFollowUps(n))
    add('anchoringOutcome', ['director'], n.anchoring?.by.at ?? since, { subject: r.text.slice(0, 200) });
  for (const phase of [1, 2, 3] as const) {
    const current = currentContractVersion(n, phase);
    if (!current || current.locked) continue;
    add('contractSignature', missingParties(n, phase, config), current.editedBy.at, { contractPhase: phase });
  }
  // Oldest first: what has waited longest is what most needs a push.
  return out.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
}

/** The pending steps that are a body's decision with a deadline. */
const DECISION_KINDS: readonly PendingKind[] = ['recommendation', 'decision', 'leaderDecision', 'continuation'];
