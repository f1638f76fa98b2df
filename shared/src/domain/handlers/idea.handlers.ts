import type { CommandOf } from '../commands';
import { domainError } from '../errors';
import {
  type DecisionRecord,
  DEFAULT_NETWORK_SETTINGS,
  type Network,
  UNTOUCHED_NETWORK_STATE,
  type Vote,
} from '../network';
import { type Handler, ok, stampOf } from '../outcome';
import { quorumOf } from '../roles';
import { BODY_NAMES, routeFor } from '../routing';
import { samePerson } from '../types';

/** Builds the network from an idea; the id is the command's, so a replayed submission lands on the same row. */
export function newNetworkFromIdea(
  command: CommandOf<'submitIdea'>,
  stamp: { by: Network['originator']; at: string },
): Network {
  return {
    id: command.networkId,
    version: 0,
    name: command.name,
    type: command.networkType,
    track: command.networkType === 'innovation' ? (command.track ?? null) : null,
    phase: 'idea',
    purpose: command.purpose,
    background: command.background,
    originator: stamp.by,
    originatorGroup: command.originatorGroup,
    createdAt: stamp.at,
    settings: { ...DEFAULT_NETWORK_SETTINGS },
    ...UNTOUCHED_NETWORK_STATE,
    contract: [],
    participants: [],
    meetings: [],
  };
}

export const withdrawIdea: Handler<'withdrawIdea'> = (network, command, ctx) => {
  const stamp = stampOf(ctx);
  return ok(
    { ...network, phase: 'withdrawn', ended: { ...stamp, ...(command.reason ? { reason: command.reason } : {}) } },
    { type: 'ideaWithdrawn', data: { reason: command.reason ?? '' } },
  );
};

export const assignTrack: Handler<'assignTrack'> = (network, command) => {
  if (network.type !== 'innovation') return domainError('NETWORK.TRACK_NOT_APPLICABLE');
  return ok({ ...network, track: command.track }, { type: 'trackAssigned', data: { track: command.track } });
};

export const recommendIdea: Handler<'recommendIdea'> = (network, command, ctx) => {
  const record: DecisionRecord = {
    ...stampOf(ctx),
    outcome: command.outcome,
    ...(command.reason ? { reason: command.reason } : {}),
  };
  const phase = command.outcome === 'recommend' ? 'recommended' : 'rejected';
  return ok(
    { ...network, phase, recommendation: record, ended: phase === 'rejected' ? record : null },
    {
      type: command.outcome === 'recommend' ? 'ideaRecommended' : 'ideaNotRecommended',
      data: { reason: command.reason ?? '' },
    },
  );
};

/**
 * Records a vote of the deciding body; the decision is taken when the body's quorum agrees (default: one member
 * decides on behalf of a forum). A member votes once.
 */
export const decideIdea: Handler<'decideIdea'> = (network, command, ctx) => {
  const route = routeFor(network);
  if (!route) return domainError('NETWORK.TRACK_REQUIRED');
  const stamp = stampOf(ctx);
  const previous = network.pendingVotes.find((v) => samePerson(v.by, stamp.by));
  if (previous) return domainError('NETWORK.ALREADY_VOTED', { at: previous.at });
  const vote: Vote = { ...stamp, outcome: command.outcome, ...(command.reason ? { reason: command.reason } : {}) };
  const votes = [...network.pendingVotes, vote];
  const quorum = quorumOf(route.decider, ctx.config);
  const agreeing = votes.filter((v) => v.outcome === command.outcome).length;
  if (agreeing < quorum) {
    return ok(
      { ...network, pendingVotes: votes },
      {
        type: 'decisionVoteCast',
        data: { outcome: command.outcome, votes: votes.length, quorum, body: BODY_NAMES[route.decider].da },
      },
    );
  }
  const decision: DecisionRecord = { ...vote, votes };
  const approved = command.outcome === 'approve';
  return ok(
    {
      ...network,
      phase: approved ? 'approved' : 'rejected',
      decision,
      pendingVotes: [],
      ended: approved ? null : decision,
    },
    { type: approved ? 'ideaApproved' : 'ideaRejected', data: { reason: command.reason ?? '', votes: votes.length } },
  );
};

export const briefHeadsForum: Handler<'briefHeadsForum'> = (network, _command, ctx) =>
  ok({ ...network, briefing: stampOf(ctx) }, { type: 'headsForumBriefed' });
