import type { AuditEvent } from '../domain/outcome';
import type { RetentionPurgeResult } from '../records/records-ports';
import { purgeAuditEvent, purgeClosingAnswer, purgeNetwork, purgeReflectionAnswer } from '../records/retention-purge';
import { decodeKeyPart, KEY_SEPARATOR, NETWORK_ROWS, rowKey } from './keys';
import { fingerprint, networkToRows, rowsToNetwork } from './network-rows';
import type { RowWrite, StoredRow } from './partition-store';

const AGGREGATE = [NETWORK_ROWS.contract, NETWORK_ROWS.meeting, NETWORK_ROWS.participant];
const hasPrefix = (key: string, prefix: string) => key.startsWith(`${prefix}${KEY_SEPARATOR}`);
const parse = (row: StoredRow) => JSON.parse(String(row.properties.data)) as Record<string, unknown>;
const json = (value: unknown) => ({ data: JSON.stringify(value) });

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
      const value = purgeReflectionAnswer(parse(row));
      if (key !== row.rowKey || JSON.stringify(value) !== row.properties.data) {
        if (key !== row.rowKey) writes.push({ kind: 'delete', rowKey: row.rowKey });
        writes.push({ kind: 'upsert', rowKey: key, properties: json(value) });
        counts.answersPurged += 1;
      }
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.closingReflection)) {
      const i = answerIndex.get('\u0000closing') ?? 0;
      answerIndex.set('\u0000closing', i + 1);
      const key = rowKey(NETWORK_ROWS.closingReflection, `retained-${i}`);
      const value = purgeClosingAnswer(parse(row));
      if (key !== row.rowKey || JSON.stringify(value) !== row.properties.data) {
        if (key !== row.rowKey) writes.push({ kind: 'delete', rowKey: row.rowKey });
        writes.push({ kind: 'upsert', rowKey: key, properties: json(value) });
        counts.closingAnswersPurged += 1;
      }
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.outbox)) {
      writes.push({ kind: 'delete', rowKey: row.rowKey });
      counts.messagesDeleted += 1;
    } else if (hasPrefix(row.rowKey, NETWORK_ROWS.audit)) {
      const event = parse(row) as unknown as AuditEvent;
      const purged = purgeAuditEvent(event);
      if (purged !== event) {
        writes.push({ kind: 'upsert', rowKey: row.rowKey, properties: json(purged) });
        counts.auditEventsPurged += 1;
      }
    }
  }
  return { writes, counts };
}
