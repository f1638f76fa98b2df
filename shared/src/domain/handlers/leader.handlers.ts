import { domainError } from '../errors';
import type { Network } from '../network';
import { type DecideContext, type Handler, ok, stampOf } from '../outcome';
import { runBallot } from './ballot';
import type { PersonRef } from '../types';
import { samePerson } from '../types';

/** A leader leads at most this many networks at once, unless the director overrides with a logged reason. */
export const MAX_NETWORKS_PER_LEADER = 2;

function loadError(person: PersonRef, ctx: DecideContext) {
  if (ctx.leaderLoad === undefined) throw new Error('decide: leaderLoad must be provided for leader commands');
  return ctx.leaderLoad >= MAX_NETWORKS_PER_LEADER
    ? domainError('LEADER.TOO_MANY_NETWORKS', { name: person.name, count: String(ctx.leaderLoad) })
    : null;
}

export const expressInterest: Handler<'expressInterest'> = (network, command, ctx) => {
  const stamp = stampOf(ctx);
  if (network.interested.some((p) => samePerson(p, stamp.by))) return ok(network);
  return ok(
    { ...network, interested: [...network.interested, stamp.by] },
    { type: 'interestExpressed', data: { motivation: command.motivation ?? '' } },
  );
};

export const nominateLeader: Handler<'nominateLeader'> = (network, command, ctx) => {
  const override = command.overrideReason?.trim();
  const tooMany = loadError(command.person, ctx);
  if (tooMany && !override) return tooMany;
  const nomination: NonNullable<Network['nomination']> = {
    ...stampOf(ctx),
    person: command.person,
    ...(tooMany && override ? { override: { reason: override } } : {}),
  };
  return ok(
    { ...network, phase: 'leaderNominated', nomination, leaderDecision: null, pendingVotes: [] },
    {
      type: 'leaderNominated',
      data: {
        person: command.person,
        ...(nomination.override ? { overrideReason: override, load: ctx.leaderLoad } : {}),
      },
    },
  );
};

/** The heads' forum decides on the nominee by its decision rule; the director who nominated does not take part. */
export const decideLeader: Handler<'decideLeader'> = (network, command, ctx) => {
  const nomination = network.nomination;
  if (!nomination) return domainError('LEADER.NOT_NOMINATED');
  // The load may have grown since the nomination; only a logged override lets a third network through.
  const tooMany = command.outcome === 'approve' ? loadError(nomination.person, ctx) : null;
  if (tooMany && !nomination.override) return tooMany;
  const ballot = runBallot(network, 'leader', command, ['approve', 'reject'], ctx);
  if ('result' in ballot) return ballot.result;
  const decision = ballot.decided;
  if (decision.outcome === 'reject') {
    // A rejected nominee sends the network back to the director for a new nomination.
    return ok(
      { ...network, phase: 'approved', nomination: null, leaderDecision: decision, pendingVotes: [] },
      { type: 'leaderRejected', data: { person: nomination.person, reason: command.reason ?? '' } },
    );
  }
  return ok(
    { ...network, phase: 'leaderAppointed', leader: nomination.person, leaderDecision: decision, pendingVotes: [] },
    { type: 'leaderAppointed', data: { person: nomination.person } },
  );
};
