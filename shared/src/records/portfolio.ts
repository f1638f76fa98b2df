import type { Network } from '../domain/network';
import { closedAtOf } from './case-record-parts';

/**
 * Whether a network belongs to a period's export: it existed at some time in [from, to] (ISO dates, both
 * included), i.e. it was proposed by the end of the period and had not ended before it began.
 */
export function activeInPeriod(
  network: Pick<Network, 'createdAt' | 'phase' | 'ended'>,
  from: string,
  to: string,
): boolean {
  const created = network.createdAt.slice(0, 10);
  const closed = closedAtOf(network as Network)?.slice(0, 10) ?? null;
  return created <= to && (closed === null || closed >= from);
}
