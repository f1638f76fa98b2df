import { addTallies, contributionOf, EMPTY_TALLY, type MeetingTally } from '../domain/meeting-tally';
import type { ReflectionAnswer } from '../domain/repository';
import { NETWORK_ROWS, rowKey } from './keys';
import { REFLECTION_ROW } from './network-row-kinds';
import type { RowWrite, StoredRow } from './partition-store';
import { TALLY_ROW, tallyBaseKey, tallyShardKey } from './meeting-tally-rows';

/** The answer and tally rows of a meeting as read before a save, by row key (with their ETags). */
export type SideRows = ReadonlyMap<string, StoredRow>;

export interface AnswerRow {
  meetingId: string;
  answerKey: string;
  value: Record<string, unknown>;
}

/**
 * The writes of a change's reflection answers. For a tallied meeting (one with its base tally row) each answer
 * also moves its tally shard by what it adds, less what the answer it replaces added; the answer row and the
 * shard are both written under the ETags they were read with, so the tally stays exact when the same person
 * answers twice at once (one write fails, and is retried from a fresh read). A meeting linked before tallies
 * existed has no base row: its answers are written as before and its tally is folded from them on read.
 */
export function answerWrites(answers: readonly AnswerRow[], side: SideRows): RowWrite[] {
  const writes: RowWrite[] = [];
  const shards = new Map<string, MeetingTally>();
  for (const { meetingId, answerKey, value } of answers) {
    const key = rowKey(NETWORK_ROWS.reflection, meetingId, answerKey);
    // The domain's value, checked by the row's schema as it is written (a bad value fails here, not on a read).
    const answer = REFLECTION_ROW.read(REFLECTION_ROW.write(value as Omit<ReflectionAnswer, 'answerKey'>), key);
    const properties = REFLECTION_ROW.write(answer);
    if (!side.has(tallyBaseKey(meetingId))) {
      writes.push({ kind: 'upsert', rowKey: key, properties });
      continue;
    }
    const before = side.get(key);
    const shardKey = tallyShardKey(meetingId, answerKey);
    const stored = side.get(shardKey);
    let tally = shards.get(shardKey) ?? (stored ? TALLY_ROW.read(stored.properties, shardKey) : EMPTY_TALLY);
    if (before) tally = addTallies(tally, contributionOf(REFLECTION_ROW.read(before.properties, key)), -1);
    shards.set(shardKey, addTallies(tally, contributionOf(answer)));
    writes.push(
      before
        ? { kind: 'update', rowKey: key, etag: before.etag, properties }
        : { kind: 'create', rowKey: key, properties },
    );
  }
  for (const [shardKey, tally] of shards) {
    const stored = side.get(shardKey);
    const properties = TALLY_ROW.write(tally);
    writes.push(
      stored
        ? { kind: 'update', rowKey: shardKey, etag: stored.etag, properties }
        : { kind: 'create', rowKey: shardKey, properties },
    );
  }
  return writes;
}

/** The rows whose ETags guard these answers' writes: if none changed since, a failed write was not theirs. */
export function guardingKeys(answers: readonly AnswerRow[]): string[] {
  return answers.flatMap((a) => [
    rowKey(NETWORK_ROWS.reflection, a.meetingId, a.answerKey),
    tallyShardKey(a.meetingId, a.answerKey),
  ]);
}

/** The base row a newly linked meeting gets, so its answers are tallied from the first. */
export function tallyBaseWrite(meetingId: string): RowWrite {
  return { kind: 'upsert', rowKey: tallyBaseKey(meetingId), properties: TALLY_ROW.write(EMPTY_TALLY) };
}
