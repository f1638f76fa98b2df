import { domainError } from '../errors';
import type { AnchoringRecommendation, ClosingRecommendation, DecisionRecord, Network, Stamp } from '../network';
import { rolesOf } from '../roles';
import { defaultContinuationBody, isContinuationBody } from '../routing';
import { closingAnonymous, currentRound, startNextRound } from '../rounds';
import { type Handler, ok, stampOf, today } from '../outcome';
import { addMonths, MAX_PERIOD_MONTHS } from '../period';
import { personKey } from '../types';
import { runBallot } from './ballot';
import { canReflect } from './meeting.handlers';

export const MIN_STORIES = 2;
export const MAX_STORIES = 3;

export const startClosingReflection: Handler<'startClosingReflection'> = (network, _c, ctx) =>
  ok(
    {
      ...network,
      phase: 'closingReflection',
      closing: {
        started: stampOf(ctx),
        stories: [],
        recommendation: null,
        directorEndorsement: null,
        // Fixed now: lowering the network's anonymity later must not reveal this reflection's answers.
        anonymous: network.settings.anonymousReflections,
      },
    },
    { type: 'closingReflectionStarted' },
  );

export const answerClosingReflection: Handler<'answerClosingReflection'> = (network, command, ctx) => {
  if (!canReflect(network, ctx)) return domainError('REFLECTION.NOT_PARTICIPANT');
  const anonymous = closingAnonymous(network);
  const round = currentRound(network);
  // The first round keeps the hash context it always had, so an answer given before rounds existed is replaced.
  const context = round === 1 ? `${network.id}/closing` : `${network.id}/closing/${round}`;
  const key = anonymous ? ctx.pseudonymise(context, personKey(ctx.actor)) : personKey(ctx.actor);
  const { type: _type, commandId: _cid, networkId: _nid, ...answer } = command;
  return ok(network, {
    type: 'closingReflectionAnswered',
    data: { round },
    row: {
      kind: 'closingReflection',
      // Keyed by round: a later round's answers never overwrite an earlier round's.
      keyParts: [String(round), key],
      // An anonymous answer keeps only its day: an exact time could be matched against other rows.
      value: {
        ...answer,
        round,
        answeredAt: anonymous ? today(ctx) : stampOf(ctx).at,
        person: anonymous ? null : stampOf(ctx).by,
      },
    },
    anonymous,
  });
};

export const addStory: Handler<'addStory'> = (network, command, ctx) => {
  const closing = network.closing;
  if (!closing) return domainError('NETWORK.WRONG_PHASE', { phase: network.phase });
  if (closing.stories.length >= MAX_STORIES) {
    return domainError('CLOSING.STORIES_COUNT', { count: String(closing.stories.length + 1) });
  }
  const story = {
    id: ctx.ids.next(),
    title: command.title,
    value: command.value,
    forWhom: command.forWhom,
    by: stampOf(ctx),
  };
  return ok(
    { ...network, closing: { ...closing, stories: [...closing.stories, story] } },
    { type: 'storyAdded', data: { storyId: story.id, title: story.title } },
  );
};

/**
 * A save of the joint draft. The leader and the director both write it ("Afslutning og evaluering"); each save
 * after the first keeps the first author and adds who edited it, so the card can say who changed it last.
 */
export const submitClosingRecommendation: Handler<'submitClosingRecommendation'> = (network, command, ctx) => {
  const closing = network.closing;
  if (!closing) return domainError('NETWORK.WRONG_PHASE', { phase: network.phase });
  const count = closing.stories.length;
  if (count < MIN_STORIES || count > MAX_STORIES) return domainError('CLOSING.STORIES_COUNT', { count: String(count) });
  const previous = closing.recommendation;
  const stamp = stampOf(ctx);
  const recommendation: ClosingRecommendation = {
    continueNetwork: command.continueNetwork,
    sameForm: command.sameForm,
    sameParticipants: command.sameParticipants,
    reasoning: command.reasoning,
    by: previous?.by ?? stamp,
    ...(previous ? { editedBy: [...(previous.editedBy ?? []), stamp] } : {}),
  };
  // A director who also leads the network edits as the director: she is the one who submits.
  const editor = rolesOf(ctx.actor, ctx.config, network).bodies.has('director') ? 'director' : 'leader';
  return ok(
    { ...network, phase: 'closingWithDirector', closing: { ...closing, recommendation } },
    {
      type: 'closingRecommendationSubmitted',
      data: { continueNetwork: command.continueNetwork, editor, first: previous === null },
    },
  );
};

/** Who edited the draft last (the first author when nobody has edited it since). */
export function lastEditOf(recommendation: ClosingRecommendation): Stamp {
  return recommendation.editedBy?.at(-1) ?? recommendation.by;
}

/** The director submits the joint draft with her comment to the body she chooses (never herself). */
export const endorseClosingRecommendation: Handler<'endorseClosingRecommendation'> = (network, command, ctx) => {
  const closing = network.closing;
  if (!closing?.recommendation) return domainError('CLOSING.NO_RECOMMENDATION');
  const decider = command.decider ?? defaultContinuationBody(network);
  if (!isContinuationBody(decider)) return domainError('CLOSING.DECIDER_INVALID', { decider });
  return ok(
    {
      ...network,
      phase: 'awaitingContinuationDecision',
      closing: { ...closing, directorEndorsement: { ...stampOf(ctx), comment: command.comment, decider } },
    },
    { type: 'closingRecommendationEndorsed' },
  );
};

/**
 * Extend (the evaluation questions answered, a new end date at most a year ahead, back to active) or close (on to
 * the last meeting), by the chosen body's decision rule. An extension is the only way past a year; when votes
 * decide, the deciding vote's end date and evaluation are the ones recorded.
 */
export const decideContinuation: Handler<'decideContinuation'> = (network, command, ctx) => {
  const currentEnd = network.period?.endDate ?? today(ctx);
  const newEnd = command.newEndDate;
  if (
    command.outcome === 'extend' &&
    (!command.evaluation || !newEnd || newEnd <= currentEnd || newEnd > addMonths(today(ctx), MAX_PERIOD_MONTHS))
  ) {
    return domainError('CLOSING.EXTENSION_INVALID');
  }
  const ballot = runBallot(network, 'continuation', command, ['extend', 'close'], ctx);
  if ('result' in ballot) return ballot.result;
  const decision: DecisionRecord = ballot.decided;
  const stamp = stampOf(ctx);
  // Recorded with the deciding vote (a vote that does not decide yet keeps nothing of the round's record).
  const decidedOn: Network = { ...withValueSeen(network, command.valueSeen, stamp), pendingVotes: [] };
  if (command.outcome === 'close') {
    return ok({ ...decidedOn, phase: 'closingMeeting', continuationDecision: decision }, { type: 'networkToBeClosed' });
  }
  const extension = { previousEndDate: currentEnd, newEndDate: newEnd!, evaluation: command.evaluation!, decision };
  // The round's closing records move to `rounds`; the contract gets a new phase-2 version with the new end date.
  const extended = startNextRound(
    { ...decidedOn, period: { startDate: network.period?.startDate ?? today(ctx), endDate: currentEnd } },
    extension,
    stamp,
  );
  return ok(extended, {
    type: 'networkExtended',
    data: { previousEndDate: currentEnd, newEndDate: newEnd!, round: currentRound(extended) },
  });
};

/** The value the deciding body sees created, recorded with its decision on the round's closing record. */
function withValueSeen(network: Network, text: string | undefined, stamp: Stamp): Network {
  if (!text || !network.closing) return network;
  return { ...network, closing: { ...network.closing, valueSeen: { ...stamp, text } } };
}

export const recordClosingMeeting: Handler<'recordClosingMeeting'> = (network, command, ctx) => {
  const recommendations: AnchoringRecommendation[] = command.recommendations.map((r) => ({
    id: ctx.ids.next(),
    text: r.text,
    path: r.path,
  }));
  return ok(
    {
      ...network,
      phase: 'awaitingPublication',
      anchoring: { experiences: command.experiences, recommendations, by: stampOf(ctx) },
    },
    {
      type: 'closingMeetingRecorded',
      data: { recommendations: recommendations.map((r) => ({ id: r.id, path: r.path.kind })) },
    },
  );
};

/** The director approves which anchoring recommendations are published; the network is then closed. */
export const approvePublication: Handler<'approvePublication'> = (network, command, ctx) => {
  const anchoring = network.anchoring;
  if (!anchoring) return domainError('CLOSING.NO_RECOMMENDATION');
  const approvedIds = new Set(command.approvedRecommendationIds);
  const unknown = [...approvedIds].filter((id) => !anchoring.recommendations.some((r) => r.id === id));
  if (unknown.length > 0) return domainError('INPUT.INVALID', { fields: 'approvedRecommendationIds' });
  const recommendations = anchoring.recommendations.map((r) => ({ ...r, approved: approvedIds.has(r.id) }));
  const stamp = stampOf(ctx);
  return ok(
    { ...network, phase: 'closed', anchoring: { ...anchoring, recommendations }, publication: stamp, ended: stamp },
    { type: 'publicationApproved', data: { approved: approvedIds.size } },
  );
};

export const recordEndReminder: Handler<'recordEndReminder'> = (network, command) => {
  if (network.endReminders.includes(command.daysBefore)) return ok(network);
  return ok(
    { ...network, endReminders: [...network.endReminders, command.daysBefore] },
    { type: 'endReminderSent', data: { daysBefore: command.daysBefore } },
  );
};
