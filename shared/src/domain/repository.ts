import type { MeetingReflection } from './meeting-tally';
import type { Network } from './network';
import type { OutboxMessage } from './outbox';
import type { AuditEvent, Decided } from './outcome';
import type { ConfigAuditEntry } from './config-audit';
import type { OrgConfig } from './types';

/** A network as read, with the ETag its next write must match. */
export interface NetworkSnapshot {
  network: Network;
  etag: string;
  /** Opaque to callers: what each row held when read, so a save writes only what changed. */
  rows: ReadonlyMap<string, string>;
  /** The answers to the meeting asked for with `load(id, { answersOf })`, read in the same round trip. */
  answers?: ReflectionAnswer[];
  /** With `answersOf`: how many have answered that meeting (its tally), however few of the answers were read. */
  answerCount?: number;
}

/** What `load` reads besides the network. */
export interface LoadOptions {
  /** A meeting whose reflection answers (and count) come in the same round trip. */
  answersOf?: string;
  /**
   * With `answersOf`: only the answers stored under these keys (a person's own, by each key it may have), not
   * every answer; the count comes from the meeting's tally. What an answer needs, whatever the meeting's size.
   */
  answerKeys?: readonly string[];
}

/** A command already applied: a replay of it changes nothing. */
export interface CommandRecord {
  commandId: string;
  type: string;
  at: string;
}

/** One stored per-meeting reflection answer. `person` is null for anonymous meetings. */
export interface ReflectionAnswer {
  /** The row's key within the meeting: a person key, or for anonymous meetings a keyed hash. Never shown. */
  answerKey: string;
  meetingId: string;
  value: number;
  valueComment: string;
  workingWell: number;
  workingWellComment: string;
  changeForm: boolean;
  suggestion: string;
  answeredAt: string;
  person: { tenantId: string; objectId: string; name: string } | null;
}

/**
 * The network's main row only: enough for lists and the overview, without contract or participants, but with
 * the person keys of its accepted internal participants (to list "my networks") and their count.
 */
export type NetworkSummary = Omit<Network, 'contract' | 'participants' | 'meetings'> & {
  memberKeys: string[];
  participantCount: number;
  meetingCount: number;
};

/**
 * Persistence of networks, as the domain needs it. Implemented over a PartitionStore (Table Storage or in
 * memory); both pass one contract suite.
 */
export interface NetworkRepository {
  /** The network; with `answersOf`, also that meeting's reflection answers, in the same storage round trip. */
  load(networkId: string, options?: LoadOptions): Promise<NetworkSnapshot | null>;
  /**
   * Writes what a command decided, atomically: the network's changed rows, the side rows (answers), the audit
   * events, the command's id and the outbox messages the change causes. `expected` is the snapshot the command was decided on (null for a new
   * network). Throws ConcurrencyError if the network changed since, or the command id is already recorded.
   */
  save(
    decided: Decided,
    expected: NetworkSnapshot | null,
    commandType: string,
    outbox?: OutboxMessage[],
  ): Promise<void>;
  findCommand(networkId: string, commandId: string): Promise<CommandRecord | null>;
  reflectionAnswers(networkId: string, meetingId: string): Promise<ReflectionAnswer[]>;
  /**
   * Per meeting: its tally (kept up to date as answers are written) and, with `comments` (the default), the
   * answers that carry a comment. A bounded number of queries however many answers there are: the tab's views.
   */
  meetingReflections(
    networkId: string,
    meetingIds: readonly string[],
    options?: { comments: boolean },
  ): Promise<Map<string, MeetingReflection>>;
  closingAnswers(networkId: string): Promise<Record<string, unknown>[]>;
  auditTrail(networkId: string): Promise<AuditEvent[]>;
  list(): Promise<NetworkSummary[]>;
}

/** The organisation's configuration, guarded by an ETag like everything else. */
export interface ConfigRepository {
  load(): Promise<{ config: OrgConfig; etag: string | null }>;
  /** Saves the configuration; with `audit`, records the change in the same transaction (issue 13, point 8). */
  save(config: OrgConfig, etag: string | null, audit?: ConfigAuditEntry): Promise<void>;
  /** The recorded configuration changes, oldest first. */
  auditTrail(): Promise<ConfigAuditEntry[]>;
}

/**
 * Which networks each leader leads, across partitions, to enforce the at-most-two rule. The network is reserved
 * on the leader's row before the network is saved, guarded by that row's ETag, so two appointments of one
 * leader racing in two networks can't both pass the check.
 */
export interface LeaderIndex {
  read(leaderKey: string): Promise<{ networkIds: string[]; etag: string | null }>;
  /**
   * Adds the network if the leader's row is unchanged since `etag` was read; throws ConcurrencyError otherwise.
   * Resolves true when this call added it (and so must release it if the network's save then fails).
   */
  reserve(leaderKey: string, networkId: string, etag: string | null): Promise<boolean>;
  release(leaderKey: string, networkId: string): Promise<void>;
}

/**
 * Which network a Teams meeting or channel belongs to. Read-only for callers: the links follow the network's own
 * events (a meeting linked, a channel set in the settings) and are written by the repository's save of that
 * change, so no caller writes a link beside (and possibly without) the change.
 */
export interface MeetingLinks {
  networkForMeeting(meetingId: string): Promise<string | null>;
  networkForChannel(channelId: string): Promise<string | null>;
}

/** A named lease held by one instance at a time (the scheduler's), until it runs out. */
export interface Lease {
  acquire(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;
}
