import { LEADING_PHASES } from '@netvaerk/shared/domain/lifecycle';
import { acceptedParticipants } from '@netvaerk/shared/domain/members';
import type { Network } from '@netvaerk/shared/domain/network';
import type { MeetingReflection } from '@netvaerk/shared/domain/meeting-tally';
import { type OrgConfig, personKey } from '@netvaerk/shared/domain/types';
import type { NetworkSummaryDto } from '@netvaerk/shared/api/api-types';
import { meetingView, responseRate } from './meeting-view';
import { daysLeft, personDto } from './network-view';
import { pendingOf } from './pending';

/** How many networks each leader leads now, from the list of all networks. */
export function leaderLoads(all: Pick<Network, 'leader' | 'phase'>[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const n of all) {
    if (n.leader && LEADING_PHASES.has(n.phase))
      loads.set(personKey(n.leader), (loads.get(personKey(n.leader)) ?? 0) + 1);
  }
  return loads;
}

/** One row of the overview. */
export function summaryView(
  n: Network,
  reflections: Map<string, MeetingReflection>,
  config: OrgConfig,
  loads: Map<string, number>,
  today: string,
): NetworkSummaryDto {
  const meetings = n.meetings.map((m) => meetingView(n, m, reflections.get(m.id)));
  return {
    id: n.id,
    name: n.name,
    type: n.type,
    track: n.track,
    phase: n.phase,
    leader: n.leader ? personDto(n.leader) : null,
    period: n.period,
    daysLeft: daysLeft(n, today),
    leaderLoad: n.leader ? (loads.get(personKey(n.leader)) ?? 0) : null,
    pending: pendingOf(n, config),
    participantCount: acceptedParticipants(n).length,
    meetingCount: n.meetings.length,
    responseRate: responseRate(meetings),
  };
}
