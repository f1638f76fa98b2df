import { AsyncLocalStorage } from 'node:async_hooks';

/** The storage calls made while one incoming request was handled, by operation and table. */
export interface RoundTrips {
  total: number;
  calls: string[];
}

const scope = new AsyncLocalStorage<RoundTrips>();

/** Counts a storage call against the request being handled (nothing outside a request). */
export function countRoundTrip(operation: string, table: string): void {
  const current = scope.getStore();
  if (!current) return;
  current.total += 1;
  current.calls.push(`${operation}:${table}`);
}

/** Runs a request's work and tells how many storage round trips it made. */
export async function measuringRoundTrips<T>(work: () => Promise<T>): Promise<{ value: T; roundTrips: RoundTrips }> {
  const roundTrips: RoundTrips = { total: 0, calls: [] };
  const value = await scope.run(roundTrips, work);
  return { value, roundTrips };
}

/** Background work started by a request (the outbox's sends) is not part of what the request waited for. */
export function outsideRequest<T>(work: () => T): T {
  return scope.exit(work);
}
