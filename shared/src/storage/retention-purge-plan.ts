import type { ReflectionAnswer } from '../domain/repository';
import type { EntityProperties } from './entity-limits';
import { AUDIT_ROW, CLOSING_ROW, REFLECTION_ROW } from './network-row-kinds';
import type { RetentionPurgeResult } from '../records/records-ports';
import { purgeAuditEvent, purgeClosingAnswer, purgeNetwork, purgeReflectionAnswer } from '../records/retention-purge';
import { decodeKeyPart, KEY_SEPARATOR, NETWORK_ROWS, rowKey } from './keys';
import { fingerprint, networkToRows, rowsToNetwork } from './network-rows';
import type { RowWrite, StoredRow } from './partition-store';

const AGGREGATE = [NETWORK_ROWS.contract, NETWORK_ROWS.meeting, NETWORK_ROWS.participant];
const hasPrefix = (key: string, prefix: string) => key.startsWith(`${prefix}${KEY_SEPARATOR}`);
/** Whether a row's properties would change (its version included: an old row is rewritten in the new shape). */
const changed = (row: StoredRow, properties: EntityProperties) =>
  fingerprint(row.properties) !== fingerprint(properties);

/**
 * The writes that delete a closed network's personal data from its partition (retention), and what they
 * delete. Answers are re-keyed (their keys named who answered) and keep their scores; decision events stay.
 */
export function planRetentionPurge(rows: StoredRow[]): { writes: RowWrite[]; counts: RetentionPurgeResult } {
  const counts: RetentionPurgeResult = {
    answersPurged: 0,
    closingAnswersPurged: 0,
    participantsPurged: 0,
    messagesDeleted: 0,
    auditEventsPurged: 0,
  };
  const writes: RowWrite[] = [];
  const main = rows.find((r) => r.rowKey === NETWORK_ROWS.main);
  if (!main) return { writes, counts };
  const aggregate = rows.filter((r) => r.rowKey === NETWORK_ROWS.main || AGGREGATE.some((p) => hasPrefix(r.rowKey, p)));
  const network = rowsToNetwork(aggregate);
  if (network) {
    const purged = networkToRows(purgeNetwork(network));
    counts.participantsPurged = network.participants.length;
    writes.push({
      kind: 'update',
      rowKey: NETWORK_ROWS.main,
      etag: main.etag,
      properties: purged.get(NETWORK_ROWS.main)!,
    });
    for (const [key, properties] of purged) {
      const before = aggregate.find((r) => r.rowKey === key);
      if (key !== NETWORK_ROWS.main && (!before || fingerprint(before.properties) !== fingerprint(properties)))
        writes.push({ kind: 'upsert', rowKey: key, properties });
    }
  }
  const answerIndex = new Map<string, number>();
  for (const row of rows) {
    const parts = row.rowKey.split(KEY_SEPARATOR).map(decodeKeyPart);
    if (hasPrefix(row.rowKey, NETWORK_ROWS.reflection)) {
      const meetingId = parts[1] ?? '';
      const i = answerIndex.get(meetingId) ?? 0;
      answerIndex.set(meetingId, i + 1);
      const key = rowKey(NETWORK_ROWS.reflection, meetingId, `retained-${i}`);
      const properties = REFLECTION_ROW.write(
        purgeReflectionAnswer(REFLECTION_ROW.read(row.properties, row.rowKey)) as Omit<ReflectionAnswer, 'answerKey'>,
      );
      if (key !== row.rowKey || changed(row, properties)) {
        if (key !== row.rowKey) writes.push({ kind: 'delete', rowKey: row.rowKey });
        writes.push({ kind: 'upsert', rowKey: key, properties });
        counts.answersPurged += 1;
      }
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.closingReflection)) {
      const i = answerIndex.get('\u0000closing') ?? 0;
      answerIndex.set('\u0000closing', i + 1);
      const key = rowKey(NETWORK_ROWS.closingReflection, `retained-${i}`);
      const properties = CLOSING_ROW.write(purgeClosingAnswer(CLOSING_ROW.read(row.properties, row.rowKey)));
      if (key !== row.rowKey || changed(row, properties)) {
        if (key !== row.rowKey) writes.push({ kind: 'delete', rowKey: row.rowKey });
        writes.push({ kind: 'upsert', rowKey: key, properties });
        counts.closingAnswersPurged += 1;
      }
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.outbox)) {
      writes.push({ kind: 'delete', rowKey: row.rowKey });
      counts.messagesDeleted += 1;
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.postedCard)) {
      // A posted card's mark names its conversation: it goes with the message it marks.
      writes.push({ kind: 'delete', rowKey: row.rowKey });
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.audit)) {
      const event = AUDIT_ROW.read(row.properties, row.rowKey);
      const purged = purgeAuditEvent(event);
      if (purged !== event) {
        writes.push({ kind: 'upsert', rowKey: row.rowKey, properties: AUDIT_ROW.write(purged) });
        counts.auditEventsPurged += 1;
      }
    }
  }
  return { writes, counts };
}
