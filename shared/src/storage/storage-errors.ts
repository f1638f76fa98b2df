/**
 * Infrastructure failures that callers must handle. A concurrency error means someone else wrote first: retry
 * from a fresh read, or refuse with STORAGE.CONFLICT. Never swallowed into a last-writer-wins.
 */
export { ConcurrencyError } from '../domain/concurrency-error';

/** A write that would break Table Storage's limits; thrown before anything is written. */
export class EntityTooLargeError extends Error {
  readonly code = 'STORAGE.TOO_LARGE';
  constructor(
    message: string,
    readonly property: string,
  ) {
    super(message);
    this.name = 'EntityTooLargeError';
  }
}

/** A key that Table Storage would refuse. Keys are encoded, so this is a bug in a caller. */
export class InvalidKeyError extends Error {
  readonly code = 'STORAGE.INVALID_KEY';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidKeyError';
  }
}

/**
 * A stored row that does not match its kind's schema (corrupt, hand-edited, or written by a newer server): reading
 * it stops with the table, the row kind and the row's key, rather than casting it into a value it is not.
 */
export class StoredRowError extends Error {
  readonly code = 'STORAGE.BAD_ROW';
  constructor(
    readonly table: string,
    readonly rowKind: string,
    readonly rowKey: string,
    detail: string,
  ) {
    super(
      `stored ${rowKind} row${rowKey ? ` ${JSON.stringify(rowKey.slice(0, 120))}` : ''} in table ${table} ${detail}`,
    );
    this.name = 'StoredRowError';
  }
}
