import type { CommandOf } from '../commands';
import { domainError } from '../errors';
import { type DecisionRecord, DEFAULT_NETWORK_SETTINGS, type Network, UNTOUCHED_NETWORK_STATE } from '../network';
import { type Handler, ok, stampOf } from '../outcome';
import { runBallot } from './ballot';

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

/**
 * The recommender's recommendation on the idea, by its decision rule: a person (the director, the originator)
 * recommends alone; the directors' forum (the political track) votes until its quorum agrees, or records its
 * meeting's outcome (body-decision.ts).
 */
export const recommendIdea: Handler<'recommendIdea'> = (network, command, ctx) => {
  const ballot = runBallot(network, 'recommendation', command, ['recommend', 'reject'], ctx);
  if ('result' in ballot) return ballot.result;
  const record: DecisionRecord = ballot.decided;
  const phase = command.outcome === 'recommend' ? 'recommended' : 'rejected';
  return ok(
    { ...network, phase, recommendation: record, ended: phase === 'rejected' ? record : null, pendingVotes: [] },
    {
      type: command.outcome === 'recommend' ? 'ideaRecommended' : 'ideaNotRecommended',
      data: { reason: command.reason ?? '' },
    },
  );
};

/**
 * The deciding body's decision on the idea, by its decision rule (body-decision.ts): a vote until the quorum
 * agrees, or the outcome of its meeting recorded by a secretary.
 */
export const decideIdea: Handler<'decideIdea'> = (network, command, ctx) => {
  const ballot = runBallot(network, 'idea', command, ['approve', 'reject'], ctx);
  if ('result' in ballot) return ballot.result;
  const decision = ballot.decided;
  const approved = decision.outcome === 'approve';
  return ok(
    {
      ...network,
      phase: approved ? 'approved' : 'rejected',
      decision,
      pendingVotes: [],
      ended: approved ? null : decision,
    },
    {
      type: approved ? 'ideaApproved' : 'ideaRejected',
      data: { reason: command.reason ?? '', votes: decision.votes?.length ?? 0 },
    },
  );
};

export const briefHeadsForum: Handler<'briefHeadsForum'> = (network, _command, ctx) =>
  ok({ ...network, briefing: stampOf(ctx) }, { type: 'headsForumBriefed' });
