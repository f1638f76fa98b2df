import type { Network } from '@netvaerk/shared/domain/network';
import type { DomainEvent } from '@netvaerk/shared/domain/outcome';
import type { ReflectionAnswer } from '@netvaerk/shared/domain/repository';
import type { OutboxEntry } from '@netvaerk/shared/domain/outbox';
import type { Services } from '../composition';

export type ApiServices = Pick<
  Services,
  'networks' | 'config' | 'directory' | 'outbox' | 'service' | 'links' | 'records'
>;

/** Everything the tab shows of one network, read from its partition. */
export interface NetworkBundle {
  network: Network;
  answersByMeeting: Map<string, ReflectionAnswer[]>;
  closingAnswers: Record<string, unknown>[];
  audit: DomainEvent[];
  outbox: OutboxEntry[];
}

/** The reflection answers of every meeting whose reflection has opened. */
export async function answersOf(services: ApiServices, network: Network): Promise<Map<string, ReflectionAnswer[]>> {
  const opened = network.meetings.filter((m) => m.status !== 'scheduled');
  const lists = await Promise.all(opened.map((m) => services.networks.reflectionAnswers(network.id, m.id)));
  return new Map(opened.map((m, i) => [m.id, lists[i]!]));
}

export async function loadBundle(services: ApiServices, network: Network, withOutbox: boolean): Promise<NetworkBundle> {
  const [answersByMeeting, closingAnswers, audit, outbox] = await Promise.all([
    answersOf(services, network),
    network.closing || network.rounds?.length ? services.networks.closingAnswers(network.id) : Promise.resolve([]),
    services.networks.auditTrail(network.id),
    withOutbox ? services.outbox.forNetwork(network.id) : Promise.resolve([]),
  ]);
  return { network, answersByMeeting, closingAnswers, audit, outbox };
}
