import type { Network } from '@netvaerk/shared/domain/network';
import type { AuditEvent } from '@netvaerk/shared/domain/outcome';
import type { MeetingReflection } from '@netvaerk/shared/domain/meeting-tally';
import type { OutboxEntry } from '@netvaerk/shared/domain/outbox';
import type { Services } from '../composition';

export type ApiServices = Pick<
  Services,
  'networks' | 'config' | 'directory' | 'outbox' | 'service' | 'links' | 'records' | 'pseudonymise'
>;

/** Everything the tab shows of one network, read from its partition. */
export interface NetworkBundle {
  network: Network;
  /** Per meeting whose reflection has opened: its tally and its commented answers. */
  reflections: Map<string, MeetingReflection>;
  closingAnswers: Record<string, unknown>[];
  audit: AuditEvent[];
  outbox: OutboxEntry[];
}

/**
 * The reflections of every meeting whose reflection has opened, from the tallies kept on write: the storage
 * round trips do not grow with the answers (issue 16). Without `comments` (the overview) no answer is read.
 */
export function reflectionsOf(
  services: ApiServices,
  network: Network,
  comments = true,
): Promise<Map<string, MeetingReflection>> {
  const opened = network.meetings.filter((m) => m.status !== 'scheduled').map((m) => m.id);
  return services.networks.meetingReflections(network.id, opened, { comments });
}

export async function loadBundle(services: ApiServices, network: Network, withOutbox: boolean): Promise<NetworkBundle> {
  const [reflections, closingAnswers, audit, outbox] = await Promise.all([
    reflectionsOf(services, network),
    network.closing || network.rounds?.length ? services.networks.closingAnswers(network.id) : Promise.resolve([]),
    services.networks.auditTrail(network.id),
    withOutbox ? services.outbox.forNetwork(network.id) : Promise.resolve([]),
  ]);
  return { network, reflections, closingAnswers, audit, outbox };
}
