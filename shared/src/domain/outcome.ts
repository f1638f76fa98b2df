import type { CommandOf, CommandType } from './commands';
import type { DomainError } from './errors';
import type { EventDraft, EventDraftOf } from './event-data';
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

export type { EventDraft, EventDraftOf, EventDataOf, EventRow } from './event-data';
import type { PurgedEventFields } from './event-data';

/** The stamp `decide` puts on every event: who, when and from which surface. */
export interface EventStamp {
  id: string;
  networkId: string;
  commandId: string;
  at: string;
  actor: PersonRef | null;
  surface: Surface;
}

/** An event in the audit trail: one variant per event type, with its typed data, stamped. */
export type DomainEvent = EventDraft & EventStamp;

/** One event type's stamped event, for readers that handle that type alone. */
export type DomainEventOf<T extends EventType> = EventDraftOf<T> & EventStamp;

/** An event as the audit trail keeps it: whole (without its side row), or purged after the retention period. */
export type AuditEvent = WholeAuditEvent | (PurgedEventFields & EventStamp);

/** A stamped event without its side row, still one variant per type (a plain `Omit` would merge the variants). */
export type WholeAuditEvent = DomainEvent extends infer E ? (E extends unknown ? Omit<E, 'row'> : never) : never;

/** True for an audit event that still has its data (every decision event, and any event not yet purged). */
export function isWhole(event: AuditEvent): event is WholeAuditEvent {
  return !('purged' in event && event.purged);
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

// The municipality's own calendar day: a meeting "today" is today in Denmark, which is already tomorrow in UTC
// for an hour or two after midnight (the whole of issue 13's meeting dates are Danish calendar dates).
const DANISH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Denmark (YYYY-MM-DD): the latest date a meeting that took place can have. */
export function danishToday(ctx: DecideContext): string {
  return DANISH_DAY.format(ctx.clock.now());
}

export function ok(network: Network, ...events: EventDraft[]): HandlerResult {
  return { network, events };
}
