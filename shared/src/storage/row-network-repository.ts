import type { AuditEvent, Decided } from '../domain/outcome';
import type {
  CommandRecord,
  NetworkRepository,
  NetworkSnapshot,
  NetworkSummary,
  ReflectionAnswer,
} from '../domain/repository';
import type { EntityProperties } from './entity-limits';
import { decodeKeyPart, NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } from './keys';
import { fingerprint, networkToRows, rowsToNetwork, summaryFromMainRow } from './network-rows';
import type { PartitionStore, RowWrite } from './partition-store';
import type { OutboxMessage } from '../domain/outbox';
import { outboxRows } from './row-outbox';

/** The row kinds that make up the aggregate itself. */
const AGGREGATE_PREFIXES = [NETWORK_ROWS.main, NETWORK_ROWS.contract, NETWORK_ROWS.meeting, NETWORK_ROWS.participant];

const json = (value: unknown): EntityProperties => ({ data: JSON.stringify(value) });
const parse = <T>(p: EntityProperties): T => JSON.parse(String(p.data)) as T;

/** A stored answer row (older rows included: the shape has not changed) with its key within the meeting. */
function toAnswer(row: { rowKey: string; properties: EntityProperties }, prefix: string): ReflectionAnswer {
  return {
    ...parse<Omit<ReflectionAnswer, 'answerKey'>>(row.properties),
    answerKey: decodeKeyPart(row.rowKey.slice(prefix.length)),
  };
}

/**
 * Networks in a PartitionStore: a network's rows share its partition (PartitionKey = network id), so one read
 * returns it and one transaction changes it. The main row's ETag guards every read-modify-write.
 */
export class RowNetworkRepository implements NetworkRepository {
  constructor(private readonly store: PartitionStore) {}

  async load(networkId: string, options: { answersOf?: string } = {}): Promise<NetworkSnapshot | null> {
    const pk = partitionKey(networkId);
    // contract~ < meeting~ < network < (outbox~) < participant~: one range query reads the aggregate's rows;
    // other rows in that range (the outbox) are not part of it and must never be rewritten or deleted by a save.
    const aggregate = [NETWORK_ROWS.contract, prefixUpperBound(NETWORK_ROWS.participant)] as const;
    const answers = options.answersOf === undefined ? null : rowKey(NETWORK_ROWS.reflection, options.answersOf, '');
    // A meeting's answers, when asked for, come in the same query (a second key range): one round trip.
    const read = answers
      ? await this.store.ranges('networks', pk, [aggregate, [answers, prefixUpperBound(answers)]])
      : await this.store.range('networks', pk, ...aggregate);
    const rows = read.filter((r) => AGGREGATE_PREFIXES.some((p) => r.rowKey === p || r.rowKey.startsWith(`${p}~`)));
    const network = rowsToNetwork(rows);
    const main = rows.find((r) => r.rowKey === NETWORK_ROWS.main);
    if (!network || !main) return null;
    return {
      network,
      etag: main.etag,
      rows: new Map(rows.map((r) => [r.rowKey, fingerprint(r.properties)])),
      ...(answers
        ? { answers: read.filter((r) => r.rowKey.startsWith(answers)).map((r) => toAnswer(r, answers)) }
        : {}),
    };
  }

  async save(
    decided: Decided,
    expected: NetworkSnapshot | null,
    commandType: string,
    outbox: OutboxMessage[] = [],
  ): Promise<void> {
    const writes: RowWrite[] = [];
    const first = decided.events[0];
    const commandId = first?.commandId;
    if (decided.networkChanged) {
      const rows = networkToRows(decided.network);
      for (const [key, properties] of rows) {
        if (key === NETWORK_ROWS.main) {
          writes.push(
            expected
              ? { kind: 'update', rowKey: key, etag: expected.etag, properties }
              : { kind: 'create', rowKey: key, properties },
          );
        } else if (expected?.rows.get(key) !== fingerprint(properties)) {
          writes.push({ kind: 'upsert', rowKey: key, properties });
        }
      }
      for (const key of expected?.rows.keys() ?? []) {
        if (!rows.has(key)) writes.push({ kind: 'delete', rowKey: key });
      }
    }
    for (const event of decided.events) {
      const { row, ...audit } = event;
      if (row) {
        const kind = row.kind === 'reflection' ? NETWORK_ROWS.reflection : NETWORK_ROWS.closingReflection;
        writes.push({ kind: 'upsert', rowKey: rowKey(kind, ...row.keyParts), properties: json(row.value) });
      }
      // Time, then the network's version: events of one instant (or a frozen test clock) keep their order.
      const version = String(decided.network.version).padStart(8, '0');
      writes.push({
        kind: 'create',
        rowKey: rowKey(NETWORK_ROWS.audit, event.at, version, event.id),
        properties: json(audit),
      });
    }
    if (commandId) {
      const record: CommandRecord = { commandId, type: commandType, at: first.at };
      // Creating the command's row makes a replay (or a concurrent duplicate) fail as a whole.
      writes.push({ kind: 'create', rowKey: rowKey(NETWORK_ROWS.command, commandId), properties: json(record) });
    }
    // Messages this change causes go in the same transaction: both happen, or neither.
    const at = first?.at ?? new Date(0).toISOString();
    for (const row of outboxRows(decided.network.id, outbox, at)) writes.push({ kind: 'create', ...row });
    if (writes.length === 0) return;
    await this.store.transact('networks', partitionKey(decided.network.id), writes);
  }

  async findCommand(networkId: string, commandId: string): Promise<CommandRecord | null> {
    const row = await this.store.get('networks', partitionKey(networkId), rowKey(NETWORK_ROWS.command, commandId));
    return row ? parse<CommandRecord>(row.properties) : null;
  }

  private async rowsWithPrefix<T>(networkId: string, ...parts: string[]): Promise<T[]> {
    const prefix = rowKey(...parts, '');
    const rows = await this.store.range('networks', partitionKey(networkId), prefix, prefixUpperBound(prefix));
    return rows.map((r) => parse<T>(r.properties));
  }

  async reflectionAnswers(networkId: string, meetingId: string): Promise<ReflectionAnswer[]> {
    const prefix = rowKey(NETWORK_ROWS.reflection, meetingId, '');
    const rows = await this.store.range('networks', partitionKey(networkId), prefix, prefixUpperBound(prefix));
    return rows.map((r) => toAnswer(r, prefix));
  }

  closingAnswers(networkId: string): Promise<Record<string, unknown>[]> {
    return this.rowsWithPrefix(networkId, NETWORK_ROWS.closingReflection);
  }

  auditTrail(networkId: string): Promise<AuditEvent[]> {
    return this.rowsWithPrefix<AuditEvent>(networkId, NETWORK_ROWS.audit);
  }

  async list(): Promise<NetworkSummary[]> {
    const rows = await this.store.rowsWithKey('networks', NETWORK_ROWS.main);
    return rows.map((r) => summaryFromMainRow(r.properties));
  }
}
