import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import { reflectorKeys } from '@netvaerk/shared/domain/reflectors';
import { personKey } from '@netvaerk/shared/domain/types';
import type { AttendanceDto } from '@netvaerk/shared/api/api-types';

/** Display names of the network's people by person key: the leader and the internal participants. */
function namesOf(network: Network): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of network.participants) if (p.kind === 'internal') names.set(personKey(p.person), p.person.name);
  if (network.leader) names.set(personKey(network.leader), network.leader.name);
  return names;
}

/**
 * Who of the network attended a meeting (from Teams' participant events), sorted by name, and who of those asked
 * to reflect did not. Null when no participant event arrived: the app then does not know who was there.
 */
export function attendanceView(network: Network, meeting: Meeting): AttendanceDto | null {
  if (!meeting.attendance?.length) return null;
  const names = namesOf(network);
  const present = new Set(meeting.attendance.map((a) => a.personKey));
  const byName = (a: string, b: string) => a.localeCompare(b, 'da');
  return {
    present: meeting.attendance
      .flatMap((a) => {
        const name = names.get(a.personKey);
        return name ? [{ name, joinedAt: a.joinedAt, leftAt: a.leftAt ?? null }] : [];
      })
      .sort((a, b) => byName(a.name, b.name)),
    absent: reflectorKeys(network)
      .filter((k) => !present.has(k))
      .flatMap((k) => names.get(k) ?? [])
      .sort(byName),
  };
}
