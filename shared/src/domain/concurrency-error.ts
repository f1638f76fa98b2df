/**
 * A stale write: someone else wrote first. Part of every repository's contract (the stores throw it), so callers
 * in the app can retry from a fresh read or refuse, without knowing which store is behind the interface.
 */
export class ConcurrencyError extends Error {
  readonly code = 'STORAGE.CONCURRENCY';
  constructor(message: string) {
    super(message);
    this.name = 'ConcurrencyError';
  }
}
