import type { AuditEvent, Decided } from '../domain/outcome';
import type {
  CommandRecord,
  LoadOptions,
  NetworkRepository,
  NetworkSnapshot,
  NetworkSummary,
  ReflectionAnswer,
} from '../domain/repository';
import type { EntityProperties } from './entity-limits';
import { decodeKeyPart, KEY_SEPARATOR, NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } from './keys';
import { fingerprint, networkToRows, rowsToNetwork, summaryFromMainRow } from './network-rows';
import { MAX_KEY_RANGES, type PartitionStore, type RowWrite, type StoredRow } from './partition-store';
import type { OutboxMessage } from '../domain/outbox';
import { outboxRows } from './row-outbox';
import { updateLinkIndex } from './row-links';
import { AUDIT_ROW, CLOSING_ROW, COMMAND_ROW, REFLECTION_ROW } from './network-row-kinds';
import type { RowKind } from './stored-row';
import { hasComment, type MeetingReflection, reflectionOf } from '../domain/meeting-tally';
import { ConcurrencyError } from './storage-errors';
import { answerWrites, type AnswerRow, guardingKeys, type SideRows, tallyBaseWrite } from './answer-writes';
import { ALL_TALLIES, foldTallies, tallyPrefix } from './meeting-tally-rows';

/** Retries of an answer's write after another answer moved the same tally shard, before the caller retries. */
const MAX_TALLY_ATTEMPTS = 10;
/** Answer keys read one by one with the network (the rest of the query's key ranges are the aggregate's two and
 * the tally's): more (a shared read for many people at once) read every answer of the meeting instead. */
const MAX_OWN_KEYS_WITH_NETWORK = MAX_KEY_RANGES - 3;

/**
 * The key ranges of a meeting's side rows: its tally, and its answers (all, or those under the given keys:
 * a range per key, as a filter cannot ask for a row key equal to one of several).
 */
function sideRanges(meetingId: string, answerKeys?: readonly string[]): (readonly [string, string])[] {
  const answers = answerKeys
    ? answerKeys.map((k) => rowKey(NETWORK_ROWS.reflection, meetingId, k))
    : [rowKey(NETWORK_ROWS.reflection, meetingId, '')];
  const tally = tallyPrefix(meetingId);
  return [...answers.map((a) => [a, prefixUpperBound(a)] as const), [tally, prefixUpperBound(tally)]];
}

/** The meeting's side rows among those read: its tally rows, and its answers (only those keys, if given). */
function sideOf(meetingId: string, rows: readonly StoredRow[], answerKeys?: readonly string[]): SideRows {
  const answers = rowKey(NETWORK_ROWS.reflection, meetingId, '');
  const own = answerKeys && new Set(answerKeys.map((k) => rowKey(NETWORK_ROWS.reflection, meetingId, k)));
  const tally = tallyPrefix(meetingId);
  const wanted = (key: string) => key.startsWith(tally) || (key.startsWith(answers) && (!own || own.has(key)));
  return new Map(rows.filter((r) => wanted(r.rowKey)).map((r) => [r.rowKey, r]));
}

/**
 * The aggregate's key ranges: contract~ < meeting~ < network < [outbox~] < participant~. The outbox rows between
 * them are skipped: they are not part of the aggregate, and a network's sent messages (one per answer that
 * updated a card) would otherwise be read, and grow, with every action on it.
 */
const AGGREGATE_RANGES: readonly (readonly [string, string])[] = [
  [NETWORK_ROWS.contract, NETWORK_ROWS.outbox],
  [NETWORK_ROWS.participant, prefixUpperBound(NETWORK_ROWS.participant)],
];

/** The row kinds that make up the aggregate itself. */
const AGGREGATE_PREFIXES = [NETWORK_ROWS.main, NETWORK_ROWS.contract, NETWORK_ROWS.meeting, NETWORK_ROWS.participant];

/** A stored answer row (older versions upgraded on read) with its key within the meeting. */
function toAnswer(row: { rowKey: string; properties: EntityProperties }, prefix: string): ReflectionAnswer {
  return {
    ...REFLECTION_ROW.read(row.properties, row.rowKey),
    answerKey: decodeKeyPart(row.rowKey.slice(prefix.length)),
  };
}

/**
 * Networks in a PartitionStore: a network's rows share its partition (PartitionKey = network id), so one read
 * returns it and one transaction changes it. The main row's ETag guards every read-modify-write.
 */
export class RowNetworkRepository implements NetworkRepository {
  constructor(private readonly store: PartitionStore) {}

  /**
   * The answer and tally rows each snapshot was read with, per meeting, for the save that follows: kept beside
   * the snapshot (not in it), so the domain's snapshot type knows nothing of rows and ETags.
   */
  private readonly sideRows = new WeakMap<NetworkSnapshot, Map<string, SideRows>>();

  async load(networkId: string, options: LoadOptions = {}): Promise<NetworkSnapshot | null> {
    const pk = partitionKey(networkId);
    const { answersOf: meetingId } = options;
    const answerKeys =
      options.answerKeys && options.answerKeys.length <= MAX_OWN_KEYS_WITH_NETWORK ? options.answerKeys : undefined;
    // A meeting's answers and tally, when asked for, come in the same query (more key ranges): one round trip.
    const read = await this.store.ranges('networks', pk, [
      ...AGGREGATE_RANGES,
      ...(meetingId === undefined ? [] : sideRanges(meetingId, answerKeys)),
    ]);
    const rows = read.filter((r) => AGGREGATE_PREFIXES.some((p) => r.rowKey === p || r.rowKey.startsWith(`${p}~`)));
    const network = rowsToNetwork(rows);
    const main = rows.find((r) => r.rowKey === NETWORK_ROWS.main);
    if (!network || !main) return null;
    const fingerprints = new Map(rows.map((r) => [r.rowKey, fingerprint(r.properties)]));
    if (meetingId === undefined) return { network, etag: main.etag, rows: fingerprints };
    let side = sideOf(meetingId, read, answerKeys);
    const prefix = rowKey(NETWORK_ROWS.reflection, meetingId, '');
    const answersIn = (rows: SideRows) =>
      [...rows.values()].filter((r) => r.rowKey.startsWith(prefix)).map((r) => toAnswer(r, prefix));
    const tally = foldTallies([...side.values()]).get(meetingId);
    // A meeting linked before tallies were kept is counted from its answers: all of them, in one more query.
    if (!tally && answerKeys) side = await this.readSide(pk, meetingId);
    const answers = answersIn(side);
    const snapshot: NetworkSnapshot = {
      network,
      etag: main.etag,
      rows: fingerprints,
      answers,
      answerCount: tally?.count ?? answers.length,
    };
    this.sideRows.set(snapshot, new Map([[meetingId, side]]));
    return snapshot;
  }

  /** A meeting's answer and tally rows, read fresh (a save without them, or a retry after a tally conflict). */
  private async readSide(pk: string, meetingId: string, keys?: readonly string[]): Promise<SideRows> {
    // One range is the tally's; more keys than the rest allows read every answer.
    const answerKeys = keys && keys.length < MAX_KEY_RANGES ? keys : undefined;
    return sideOf(meetingId, await this.store.ranges('networks', pk, sideRanges(meetingId, answerKeys)), answerKeys);
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
    const answers: AnswerRow[] = [];
    for (const event of decided.events) {
      const { row, ...audit } = event;
      if (row?.kind === 'reflection') {
        answers.push({ meetingId: row.keyParts[0]!, answerKey: row.keyParts[1]!, value: row.value });
      } else if (row) {
        const key = rowKey(NETWORK_ROWS.closingReflection, ...row.keyParts);
        writes.push({ kind: 'upsert', rowKey: key, properties: CLOSING_ROW.write(row.value) });
      }
      // A meeting linked from now on is tallied from its first answer.
      if (event.type === 'meetingLinked' && typeof event.data?.meetingId === 'string') {
        writes.push(tallyBaseWrite(event.data.meetingId));
      }
      // Time, then the network's version: events of one instant (or a frozen test clock) keep their order.
      const version = String(decided.network.version).padStart(8, '0');
      writes.push({
        kind: 'create',
        rowKey: rowKey(NETWORK_ROWS.audit, event.at, version, event.id),
        properties: AUDIT_ROW.write(audit),
      });
    }
    if (commandId) {
      const record: CommandRecord = { commandId, type: commandType, at: first.at };
      // Creating the command's row makes a replay (or a concurrent duplicate) fail as a whole.
      writes.push({
        kind: 'create',
        rowKey: rowKey(NETWORK_ROWS.command, commandId),
        properties: COMMAND_ROW.write(record),
      });
    }
    // Messages this change causes go in the same transaction: both happen, or neither.
    const at = first?.at ?? new Date(0).toISOString();
    for (const row of outboxRows(decided.network.id, outbox, at)) writes.push({ kind: 'create', ...row });
    if (writes.length === 0 && answers.length === 0) return;
    await this.transact(partitionKey(decided.network.id), writes, answers, expected);
    try {
      await updateLinkIndex(this.store, decided.network, decided.events, expected);
    } catch {
      // The change is stored, links included (the network's meeting rows and channel column): a lookup that
      // misses the index finds them there and writes the index row again, so this write may fail without loss.
    }
  }

  /**
   * The change's transaction, with its answers' writes computed from the answer and tally rows read. When one
   * of those rows changed meanwhile (another answer moved the same tally shard), only they are read again and
   * the transaction retried; the network is not decided again, since an answer does not depend on the others.
   */
  private async transact(
    pk: string,
    writes: RowWrite[],
    answers: AnswerRow[],
    expected: NetworkSnapshot | null,
  ): Promise<void> {
    if (answers.length === 0) {
      await this.store.transact('networks', pk, writes);
      return;
    }
    const meetings = [...new Set(answers.map((a) => a.meetingId))];
    let side = await this.sidesOf(pk, meetings, answers, expected ? this.sideRows.get(expected) : undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.transact('networks', pk, [...writes, ...answerWrites(answers, side)]);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_TALLY_ATTEMPTS) throw error;
        const fresh = await this.sidesOf(pk, meetings, answers);
        // Nothing guarding the answers changed: the conflict is someone else's (a replayed command): the caller's.
        if (guardingKeys(answers).every((k) => fresh.get(k)?.etag === side.get(k)?.etag)) throw error;
        side = fresh;
      }
    }
  }

  /** The side rows the answers' writes need: those read with the snapshot, or each answer's own and the tally. */
  private async sidesOf(
    pk: string,
    meetings: string[],
    answers: readonly AnswerRow[],
    known?: Map<string, SideRows>,
  ): Promise<SideRows> {
    const keysOf = (m: string) => answers.filter((a) => a.meetingId === m).map((a) => a.answerKey);
    const each = await Promise.all(meetings.map((m) => known?.get(m) ?? this.readSide(pk, m, keysOf(m))));
    return new Map(each.flatMap((side) => [...side]));
  }

  /**
   * Per meeting asked for: its tally and the answers that carry a comment. The tallies of all meetings are one
   * query; answers are read (in one more query) only for meetings with comments, when asked for, and for
   * meetings linked before tallies were kept, whose tally is folded from their answers.
   */
  async meetingReflections(
    networkId: string,
    meetingIds: readonly string[],
    options: { comments: boolean } = { comments: true },
  ): Promise<Map<string, MeetingReflection>> {
    const pk = partitionKey(networkId);
    const tallies = meetingIds.length ? foldTallies(await this.store.range('networks', pk, ...ALL_TALLIES)) : new Map();
    const needed = meetingIds.filter((id) => {
      const tally = tallies.get(id);
      return !tally || (options.comments && tally.commented > 0);
    });
    const answers = await this.answersOfMeetings(pk, needed);
    return new Map(
      meetingIds.map((id) => {
        const own = answers.get(id) ?? [];
        const tally = tallies.get(id);
        return [id, tally ? { tally, commented: own.filter(hasComment) } : reflectionOf(own)];
      }),
    );
  }

  /** The answers of several meetings in one query (one key range each, or the whole answer range for many). */
  private async answersOfMeetings(pk: string, meetingIds: string[]): Promise<Map<string, ReflectionAnswer[]>> {
    const byMeeting = new Map<string, ReflectionAnswer[]>();
    if (meetingIds.length === 0) return byMeeting;
    const prefixes = new Map(meetingIds.map((id) => [rowKey(NETWORK_ROWS.reflection, id, ''), id]));
    const all = rowKey(NETWORK_ROWS.reflection, '');
    const rows =
      prefixes.size <= MAX_KEY_RANGES
        ? await this.store.ranges(
            'networks',
            pk,
            [...prefixes.keys()].map((p) => [p, prefixUpperBound(p)] as const),
          )
        : await this.store.range('networks', pk, all, prefixUpperBound(all));
    for (const row of rows) {
      const prefix = row.rowKey.slice(0, row.rowKey.lastIndexOf(KEY_SEPARATOR) + 1);
      const meetingId = prefixes.get(prefix);
      if (meetingId === undefined) continue;
      byMeeting.set(meetingId, [...(byMeeting.get(meetingId) ?? []), toAnswer(row, prefix)]);
    }
    return byMeeting;
  }

  async findCommand(networkId: string, commandId: string): Promise<CommandRecord | null> {
    const row = await this.store.get('networks', partitionKey(networkId), rowKey(NETWORK_ROWS.command, commandId));
    return row ? COMMAND_ROW.read(row.properties, row.rowKey) : null;
  }

  private async rowsWithPrefix<T>(networkId: string, kind: RowKind<T>, ...parts: string[]): Promise<T[]> {
    const prefix = rowKey(...parts, '');
    const rows = await this.store.range('networks', partitionKey(networkId), prefix, prefixUpperBound(prefix));
    return rows.map((r) => kind.read(r.properties, r.rowKey));
  }

  async reflectionAnswers(networkId: string, meetingId: string): Promise<ReflectionAnswer[]> {
    const prefix = rowKey(NETWORK_ROWS.reflection, meetingId, '');
    const rows = await this.store.range('networks', partitionKey(networkId), prefix, prefixUpperBound(prefix));
    return rows.map((r) => toAnswer(r, prefix));
  }

  closingAnswers(networkId: string): Promise<Record<string, unknown>[]> {
    return this.rowsWithPrefix(networkId, CLOSING_ROW, NETWORK_ROWS.closingReflection);
  }

  auditTrail(networkId: string): Promise<AuditEvent[]> {
    return this.rowsWithPrefix(networkId, AUDIT_ROW, NETWORK_ROWS.audit);
  }

  async list(): Promise<NetworkSummary[]> {
    const rows = await this.store.rowsWithKey('networks', NETWORK_ROWS.main);
    return rows.map((r) => summaryFromMainRow(r.properties));
  }
}
