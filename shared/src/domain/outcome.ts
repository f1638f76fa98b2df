import type { CommandOf, CommandType } from './commands';
import type { DomainError } from './errors';
import type { EventType } from './event-types';
import type { Network, Stamp } from './network';
import type { Clock, IdGenerator, Pseudonymiser } from './ports';
import type { Actor, OrgConfig, PersonRef, Surface } from './types';

/** Everything `decide` needs besides the network and the command; all of it injected. */
export interface DecideContext {
  actor: Actor;
  config: OrgConfig;
  clock: Clock;
  ids: IdGenerator;
  pseudonymise: Pseudonymiser;
  /**
   * How many other networks the person named by the command (a nominee, or the nominated leader being decided
   * on) leads now. Looked up by the caller from the leader index, since it spans networks.
   */
  leaderLoad?: number;
}

/** What a command changed, before `decide` stamps it with who, when and from where. */
export interface EventDraft {
  type: EventType;
  data?: Record<string, unknown>;
  /** Rows stored beside the network (reflection answers): they carry their own key. */
  row?: { kind: 'reflection' | 'closingReflection'; keyParts: string[]; value: Record<string, unknown> };
  /** When set, the audit trail records no person for this event (anonymous reflections). */
  anonymous?: boolean;
}

/** An event in the audit trail: who, when, what and from which surface. */
export interface DomainEvent extends EventDraft {
  id: string;
  networkId: string;
  commandId: string;
  at: string;
  actor: PersonRef | null;
  surface: Surface;
}

export interface Decided {
  kind: 'ok';
  network: Network;
  events: DomainEvent[];
  /** False when only side rows were written (a reflection answer): the network entity is untouched. */
  networkChanged: boolean;
}

export type HandlerResult = DomainError | { network: Network; events: EventDraft[] };
export type Handler<T extends CommandType> = (
  network: Network,
  command: CommandOf<T>,
  ctx: DecideContext,
) => HandlerResult;

export function actorRef(actor: Actor): PersonRef {
  return { tenantId: actor.tenantId, objectId: actor.objectId, name: actor.name };
}

export function stampOf(ctx: DecideContext): Stamp {
  return { by: actorRef(ctx.actor), at: ctx.clock.now().toISOString() };
}

export function today(ctx: DecideContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

export function ok(network: Network, ...events: EventDraft[]): HandlerResult {
  return { network, events };
}
