import { z } from 'zod';
import { addTallies, EMPTY_TALLY, type MeetingTally } from '../domain/meeting-tally';
import { decodeKeyPart, KEY_SEPARATOR, NETWORK_ROWS, prefixUpperBound, rowKey } from './keys';
import type { StoredRow } from './partition-store';
import { rowKind } from './stored-row';

/**
 * A meeting's tally is split over this many rows, each answer counted in the one its key hashes to: answers to
 * one meeting written at the same moment mostly update different rows, so they rarely wait on one another's
 * ETag, and the tab still reads a network's tallies in one query (at most 1 + 8 rows per meeting).
 */
export const TALLY_SHARDS = 8;

const count = z.number().int().nonnegative();
/** One tally row; version 1 is the first. The `base` row of a meeting is all zeros: it marks a tallied meeting. */
export const TALLY_ROW = rowKind<MeetingTally>({
  table: 'networks',
  kind: 'meeting tally',
  version: 1,
  schema: z.object({
    count,
    valueSum: count,
    workingWellSum: count,
    changeFormVotes: count,
    commented: count,
  }),
});

/** FNV-1a: a cheap, stable spread of answer keys over the shards (not a secret; the key is already stored). */
export function shardOf(answerKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < answerKey.length; i++) {
    hash ^= answerKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TALLY_SHARDS;
}

export const tallyPrefix = (meetingId: string) => rowKey(NETWORK_ROWS.tally, meetingId, '');
/** The row that marks a meeting as tallied since its link (meetings linked before tallies existed have none). */
export const tallyBaseKey = (meetingId: string) => rowKey(NETWORK_ROWS.tally, meetingId, 'base');
export const tallyShardKey = (meetingId: string, answerKey: string) =>
  rowKey(NETWORK_ROWS.tally, meetingId, `s${shardOf(answerKey)}`);
/** Every tally row of a network: one key range. */
export const ALL_TALLIES = [rowKey(NETWORK_ROWS.tally, ''), prefixUpperBound(rowKey(NETWORK_ROWS.tally, ''))] as const;

/** The tallies of the tallied meetings among these rows (a meeting without its base row is not among them). */
export function foldTallies(rows: readonly StoredRow[]): Map<string, MeetingTally> {
  const sums = new Map<string, MeetingTally>();
  const based = new Set<string>();
  for (const row of rows) {
    const [prefix, meeting, part] = row.rowKey.split(KEY_SEPARATOR);
    if (prefix !== NETWORK_ROWS.tally || meeting === undefined || part === undefined) continue;
    const meetingId = decodeKeyPart(meeting);
    if (part === 'base') based.add(meetingId);
    sums.set(meetingId, addTallies(sums.get(meetingId) ?? EMPTY_TALLY, TALLY_ROW.read(row.properties, row.rowKey)));
  }
  return new Map([...sums].filter(([meetingId]) => based.has(meetingId)));
}
