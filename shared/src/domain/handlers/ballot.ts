import { type BodyDecision, bodyRuleOf, castBallot, deciderOf, recommendersOf } from '../body-decision';
import { domainError, isDomainError } from '../errors';
import type { DecisionRecord, Network } from '../network';
import { danishToday, type DecideContext, type HandlerResult, ok, stampOf } from '../outcome';
import { BODY_NAMES } from '../routing';

/** A decision card's press, as the command carries it. */
export interface BallotCommand {
  outcome: string;
  reason?: string | undefined;
  meetingDate?: string | undefined;
}

/**
 * Casts the actor's part in a body's decision on the network (body-decision.ts): either the decision falls
 * (`decided`, for the handler to apply) or the result is already final — a refusal, or a vote recorded while
 * the ballot waits for its quorum.
 */
export function runBallot(
  network: Network,
  decision: BodyDecision,
  command: BallotCommand,
  outcomes: readonly string[],
  ctx: DecideContext,
): { decided: DecisionRecord } | { result: HandlerResult } {
  const body = deciderOf(network, decision);
  if (!body) return { result: domainError('NETWORK.TRACK_REQUIRED') };
  const rule = bodyRuleOf(body, ctx.config, network);
  const stamp = stampOf(ctx);
  const cast = castBallot({
    rule,
    votes: network.pendingVotes,
    press: {
      ...stamp,
      outcome: command.outcome,
      ...(command.reason ? { reason: command.reason } : {}),
      ...(command.meetingDate ? { meetingDate: command.meetingDate } : {}),
    },
    recommenders: recommendersOf(network, decision),
    outcomes,
    today: danishToday(ctx),
  });
  if (isDomainError(cast)) return { result: cast };
  if (cast.kind === 'decided') return { decided: cast.record };
  return {
    result: ok(
      { ...network, pendingVotes: cast.votes },
      {
        type: 'decisionVoteCast',
        data: {
          decision,
          outcome: command.outcome,
          votes: cast.votes.length,
          quorum: cast.quorum,
          body: BODY_NAMES[body].da,
          deadlocked: cast.deadlocked,
        },
      },
    ),
  };
}
