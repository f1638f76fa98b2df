import { InvalidKeyError } from './storage-errors';

/** Every table the app uses, in one place. Tests prefix them to stay apart on one emulator. */
export const TABLES = {
  networks: 'networks',
  config: 'config',
  leaders: 'leaders',
  directory: 'directory',
  leases: 'leases',
  records: 'records',
} as const;
export type TableName = keyof typeof TABLES;

/** Separates the parts of a row key; it never appears inside an encoded part. */
export const KEY_SEPARATOR = '~';

const SAFE = /[A-Za-z0-9._:@=+-]/;

/**
 * Encodes any text so it can be part of a key: characters outside a safe set (including `/ \ # ?`, control
 * characters, quotes and our separator) become `!xx` per UTF-8 byte. Reversible and order-preserving enough for
 * prefix queries.
 */
export function encodeKeyPart(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SAFE.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `!${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

export function decodeKeyPart(encoded: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === '!') {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(encoded.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

// Control characters are exactly what this pattern exists to catch.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_KEYS = /[/\\#?\u0000-\u001f\u007f-\u009f]/;
const MAX_KEY_BYTES = 1024;

/** Last line of defence: a key Table Storage would reject is a bug, caught before the request. */
export function assertValidKey(key: string, what: string): string {
  if (key.length === 0 || FORBIDDEN_IN_KEYS.test(key) || Buffer.byteLength(key, 'utf16le') > MAX_KEY_BYTES) {
    throw new InvalidKeyError(`invalid ${what}: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}

/** Builds a row key from parts, each encoded. */
export function rowKey(...parts: (string | number)[]): string {
  return assertValidKey(parts.map((p) => encodeKeyPart(String(p))).join(KEY_SEPARATOR), 'row key');
}

export function partitionKey(id: string): string {
  return assertValidKey(encodeKeyPart(id), 'partition key');
}

/** Row key prefixes of a network's partition: what is read together lives together (DESIGN.md §8). */
export const NETWORK_ROWS = {
  main: 'network',
  contract: 'contract',
  participant: 'participant',
  meeting: 'meeting',
  reflection: 'reflection',
  /** Per-meeting tallies, kept with each answer (meeting-tally-rows.ts). */
  tally: 'tally',
  closingReflection: 'closing',
  audit: 'audit',
  command: 'command',
  outbox: 'outbox',
  /** One per card the outbox posted (by conversation and activity id): what an update may overwrite. */
  postedCard: 'posted',
} as const;

/** The smallest string greater than every key with this prefix, for range queries. */
export function prefixUpperBound(prefix: string): string {
  // Encoded keys use only printable ASCII below DEL, so DEL sorts after every key with this prefix.
  return prefix + '\u007f';
}
