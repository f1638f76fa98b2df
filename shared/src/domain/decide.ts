import type { Command, CommandType } from './commands';
import { type DomainError, domainError, isDomainError } from './errors';
import { HANDLERS } from './handlers/registry';
import { newNetworkFromIdea } from './handlers/idea.handlers';
import { PHASE_SPECS, PHASE_NAMES } from './lifecycle';
import type { DecisionRecord, Network } from './network';
import { anonymousTime } from './privacy';
import { actorRef, type Decided, type DecideContext, type EventDraft, type HandlerResult, stampOf } from './outcome';
import { isAllowed, type Permission, permissionFor } from './permissions';
import { rolesOf } from './roles';
import { BODY_NAMES, GROUP_NAMES } from './routing';

/** Decisions that can be taken once: a second attempt names who decided and when. */
const DECISIONS: Partial<Record<CommandType, (n: Network) => DecisionRecord | null>> = {
  recommendIdea: (n) => n.recommendation,
  decideIdea: (n) => n.decision,
  decideLeader: (n) => (n.phase === 'leaderNominated' ? null : n.leaderDecision),
  decideContinuation: (n) => n.continuationDecision,
};

function forbidden(permission: Permission | null): DomainError {
  if (!permission) return domainError('NETWORK.TRACK_REQUIRED');
  const names = (locale: 'da' | 'en') => {
    const parts = permission.bodies.map((b) => BODY_NAMES[b][locale]);
    if (permission.consultant) parts.push(GROUP_NAMES.consultants[locale]);
    if (permission.participant) parts.push(GROUP_NAMES.participants[locale]);
    return parts.join(GROUP_NAMES.or[locale]);
  };
  return domainError('NETWORK.FORBIDDEN', { who_da: names('da'), who_en: names('en') });
}

function wrongPhase(network: Network): DomainError {
  return domainError('NETWORK.WRONG_PHASE', {
    phase_da: PHASE_NAMES[network.phase].da,
    phase_en: PHASE_NAMES[network.phase].en,
  });
}

/**
 * The lifecycle in one pure function: given the network (null for a new idea), a validated command and the
 * context, returns the new network and the events to record, or a domain error. Never mutates its input.
 * Order: phase → authorisation → the command's own rules.
 */
export function decide(network: Network | null, command: Command, ctx: DecideContext): Decided | DomainError {
  if (command.type === 'submitIdea') {
    if (network) return wrongPhase(network);
    const created = newNetworkFromIdea(command, stampOf(ctx));
    return finish(
      null,
      { network: created, events: [{ type: 'ideaSubmitted', data: { name: created.name, type: created.type } }] },
      command,
      ctx,
    );
  }
  if (!network) return domainError('NETWORK.NOT_FOUND');
  if (!PHASE_SPECS[network.phase].commands.includes(command.type)) {
    const taken = DECISIONS[command.type]?.(network);
    if (taken) return domainError('NETWORK.ALREADY_DECIDED', { by: taken.by.name, at: taken.at });
    return wrongPhase(network);
  }
  const permission = permissionFor(network, command);
  if (!permission || !isAllowed(permission, rolesOf(ctx.actor, ctx.config, network))) return forbidden(permission);
  const handler = HANDLERS[command.type] as (n: Network, c: Command, x: DecideContext) => HandlerResult;
  return finish(network, handler(network, command, ctx), command, ctx);
}

function finish(
  before: Network | null,
  result: HandlerResult,
  command: Command,
  ctx: DecideContext,
): Decided | DomainError {
  if (isDomainError(result)) return result;
  const networkChanged = before === null || result.network !== before;
  const network = networkChanged ? { ...result.network, version: (before?.version ?? 0) + 1 } : result.network;
  // An anonymous answer's records (its audit event, command row and the messages it causes) keep only the day:
  // an exact time could be matched against a row that names its author (issue 13, point 8).
  const at = result.events.some((e) => e.anonymous) ? anonymousTime(ctx) : ctx.clock.now().toISOString();
  const events = result.events.map((draft: EventDraft) => ({
    ...draft,
    id: ctx.ids.next(),
    networkId: network.id,
    commandId: command.commandId,
    at,
    actor: draft.anonymous ? null : actorRef(ctx.actor),
    surface: ctx.actor.surface,
  }));
  return { kind: 'ok', network, events, networkChanged };
}
