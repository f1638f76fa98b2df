import type { Command } from '../domain/commands';
import { decide } from '../domain/decide';
import { answerKeysOf } from '../domain/handlers/meeting.handlers';
import { type DomainError, domainError, isDomainError } from '../domain/errors';
import { LEADING_PHASES } from '../domain/lifecycle';
import type { Network } from '../domain/network';
import type { Clock, IdGenerator, Pseudonymiser } from '../domain/ports';
import type { DomainEvent } from '../domain/outcome';
import { parseCommand } from '../domain/parse-command';
import type {
  ConfigRepository,
  LeaderIndex,
  NetworkRepository,
  NetworkSnapshot,
  ReflectionAnswer,
} from '../domain/repository';
import { type Actor, type PersonRef, personKey } from '../domain/types';
import { ConcurrencyError } from '../domain/concurrency-error';
import type { OutboxMessage, OutboxView } from '../domain/outbox';
import { notificationsFor, withIds } from './notifications';

export interface NetworkServiceDeps {
  networks: NetworkRepository;
  config: ConfigRepository;
  leaders: LeaderIndex;
  clock: Clock;
  ids: IdGenerator;
  pseudonymise: Pseudonymiser;
  /** Attempts before a command that keeps losing races is refused with STORAGE.CONFLICT. */
  maxAttempts?: number;
  /** False to record changes without notifying anyone (loading demo history). Default true. */
  notifications?: boolean;
  /** Called after a change is stored with outbox messages, so the dispatcher can send them at once. */
  onOutbox?: (networkId: string) => void;
}

/** The card an action was taken on, to update in place for everyone once the change is stored. */
export interface SourceCard {
  conversationId: string;
  activityId: string;
  view: OutboxView;
}

export interface Executed {
  kind: 'ok';
  command: Command;
  network: Network;
  events: DomainEvent[];
  /** True when the command had already been applied (a redelivery or double click): nothing changed. */
  replayed: boolean;
  /**
   * For a reflection answer: the answer read with the network under the person's own keys, this one folded in
   * (the person's own answer, for their card).
   */
  answers?: ReflectionAnswer[];
  /** For a reflection answer: how many have answered the meeting, this one included (from its tally). */
  answerCount?: number;
}

/**
 * Runs a command the way every surface (bot, tab API, schedulers) must: validate → (replay?) → read → decide →
 * write, retried from a fresh read when another write got there first. Authorisation is inside `decide`, from
 * the actor the caller authenticated, never from the input.
 */
export class NetworkService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  async execute(input: unknown, actor: Actor, source?: SourceCard): Promise<Executed | DomainError> {
    const command = parseCommand(input);
    if (isDomainError(command)) return command;
    const attempts = this.deps.maxAttempts ?? 25;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const outcome = await this.attempt(command, actor, attempt > 1, source);
      if (outcome !== 'retry') return outcome;
      // A lost race is ordinary (25 people accepting one network's invitations at once): the server retries it,
      // with exponential backoff and full jitter so the racing writers spread out instead of colliding again.
      // 25 attempts with the cap at 400 ms give up after about 5 s at most, well inside Teams' 15 s.
      const cap = Math.min(400, 10 * 2 ** (attempt - 1));
      await new Promise((r) => setTimeout(r, Math.random() * cap));
    }
    return domainError('STORAGE.CONFLICT');
  }

  /** The command's earlier outcome if it was applied before: the network as it is now, nothing changed. */
  private async replayOf(command: Command): Promise<Executed | DomainError | null> {
    const { networks } = this.deps;
    if (!(await networks.findCommand(command.networkId, command.commandId))) return null;
    const snapshot = await networks.load(command.networkId);
    if (!snapshot) return domainError('NETWORK.NOT_FOUND');
    return { kind: 'ok', command, network: snapshot.network, events: [], replayed: true };
  }

  /**
   * One read-decide-write. Whether the command is a replay is asked only when it matters, not up front (a round
   * trip on every action): a replay that would change something fails on the command row's create and comes
   * back here as a lost race (`checkReplay`); one that is refused or changes nothing is checked before answering.
   */
  private async attempt(
    command: Command,
    actor: Actor,
    checkReplay: boolean,
    source?: SourceCard,
  ): Promise<Executed | DomainError | 'retry'> {
    const { networks } = this.deps;
    if (checkReplay) {
      const replay = await this.replayOf(command);
      if (replay) return replay;
    }
    // An answer's card shows the meeting's count and the person's own answer: the tally and their answer's row
    // come with the network, in the same round trip (never every answer: the read stays the same size).
    const snapshot = await networks.load(
      command.networkId,
      command.type === 'answerReflection'
        ? {
            answersOf: command.meetingId,
            answerKeys: answerKeysOf(command.networkId, command.meetingId, actor, this.deps.pseudonymise),
          }
        : undefined,
    );
    const { config } = await this.deps.config.load();
    const leaderCandidate = candidateLeader(command, snapshot);
    const leaderState = leaderCandidate ? await this.deps.leaders.read(personKey(leaderCandidate)) : null;
    const decided = decide(snapshot?.network ?? null, command, {
      actor,
      config,
      clock: this.deps.clock,
      ids: this.deps.ids,
      pseudonymise: this.deps.pseudonymise,
      leaderLoad: leaderState?.networkIds.filter((id) => id !== command.networkId).length ?? 0,
    });
    if (isDomainError(decided) || decided.events.length === 0) {
      const replay = checkReplay ? null : await this.replayOf(command);
      if (replay) return replay;
      if (isDomainError(decided)) return decided;
    }

    const before = snapshot?.network.leader ?? null;
    const after = LEADING_PHASES.has(decided.network.phase) ? decided.network.leader : null;
    const reserve = after && (!before || personKey(before) !== personKey(after)) ? after : null;
    let reserved = false;
    let outbox: OutboxMessage[] = [];
    try {
      if (reserve)
        reserved = await this.deps.leaders.reserve(personKey(reserve), decided.network.id, leaderState?.etag ?? null);
      const drafts = this.deps.notifications === false ? [] : notificationsFor(decided.events, decided.network, config);
      // The card acted on is updated for everyone when anything happened (an answer changes its count too).
      if (source && decided.events.length > 0) {
        drafts.push({
          target: { kind: 'conversation', conversationId: source.conversationId },
          view: source.view,
          mode: 'update',
          activityId: source.activityId,
        });
      }
      outbox = withIds(drafts, this.deps.ids);
      await networks.save(decided, snapshot, command.type, outbox);
    } catch (error) {
      // Only undo a reservation this attempt made: another request may hold the same network's reservation.
      // Undone on every failure, not only a lost race: a storage error must not leave the leader counted
      // for a network she does not lead (she would be refused a second network for good).
      if (reserve && reserved) {
        try {
          await this.deps.leaders.release(personKey(reserve), decided.network.id);
        } catch {
          // Storage is failing: the original error is the one to report (the reservation then stays, as before).
        }
      }
      if (!(error instanceof ConcurrencyError)) throw error;
      return 'retry';
    }
    if (before && !after) await this.deps.leaders.release(personKey(before), decided.network.id);
    if (outbox.length > 0) this.deps.onOutbox?.(decided.network.id);
    const answers = snapshot?.answers ? withOwnAnswers(snapshot.answers, decided.events) : undefined;
    const answerCount =
      snapshot?.answerCount === undefined
        ? undefined
        : snapshot.answerCount + newAnswers(snapshot.answers ?? [], decided.events);
    return {
      kind: 'ok',
      command,
      network: decided.network,
      events: decided.events,
      replayed: false,
      ...(answers ? { answers } : {}),
      ...(answerCount !== undefined ? { answerCount } : {}),
    };
  }
}

/** The answers read before the write, with the ones this command wrote in their place. */
function withOwnAnswers(read: ReflectionAnswer[], events: DomainEvent[]): ReflectionAnswer[] {
  const written = new Map<string, ReflectionAnswer>();
  for (const e of events)
    if (e.row?.kind === 'reflection') {
      const answerKey = e.row.keyParts[1]!;
      written.set(answerKey, { ...(e.row.value as Omit<ReflectionAnswer, 'answerKey'>), answerKey });
    }
  return [...read.filter((a) => !written.has(a.answerKey)), ...written.values()];
}

/** How many of the answers this command wrote are new (not replacing one read before): the count's growth. */
function newAnswers(read: ReflectionAnswer[], events: DomainEvent[]): number {
  const known = new Set(read.map((a) => a.answerKey));
  return events.filter((e) => e.row?.kind === 'reflection' && !known.has(e.row.keyParts[1]!)).length;
}

/** The person whose leader load a command needs: a nominee, or the nominee being decided on. */
function candidateLeader(command: Command, snapshot: NetworkSnapshot | null): PersonRef | null {
  if (command.type === 'nominateLeader') return command.person;
  if (command.type === 'decideLeader') return snapshot?.network.nomination?.person ?? null;
  return null;
}
