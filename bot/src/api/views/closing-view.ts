import type { ClosingDto } from '@netvaerk/shared/api/api-types';
import type { RoundDto } from '@netvaerk/shared/api/closing-rounds-types';
import { summariseClosingReflection } from '@netvaerk/shared/domain/closing-summary';
import type { ClosingRecommendation, Network } from '@netvaerk/shared/domain/network';
import { continuationDeciderOf } from '@netvaerk/shared/domain/routing';
import { closingAnonymous, currentRound } from '@netvaerk/shared/domain/rounds';

type Closing = NonNullable<Network['closing']>;

/**
 * One round's closing as the tab shows it. The answers' summary (the domain's rule, the meetings' threshold) is
 * given only to those who may read it; everyone who sees the network sees the stories and recommendations.
 */
export function closingView(
  n: Pick<Network, 'type' | 'track'>,
  c: Closing,
  answers: Record<string, unknown>[],
  round: number,
  anonymous: boolean,
  mayRead: boolean,
): ClosingDto {
  const summary = summariseClosingReflection(answers, anonymous, round);
  return {
    startedAt: c.started.at,
    stories: c.stories.map((s) => ({
      id: s.id,
      title: s.title,
      value: s.value,
      forWhom: s.forWhom,
      by: s.by.by.name,
      at: s.by.at,
    })),
    recommendation: c.recommendation ? recommendationDto(c.recommendation) : null,
    directorEndorsement: c.directorEndorsement
      ? {
          comment: c.directorEndorsement.comment,
          by: c.directorEndorsement.by.name,
          at: c.directorEndorsement.at,
          decider: continuationDeciderOf({ ...n, closing: c }),
        }
      : null,
    reflectionResponses: summary.answered,
    satisfactionAverage: summary.satisfactionAverage,
    round,
    summary: mayRead ? summary : null,
    valueSeen: c.valueSeen ? { text: c.valueSeen.text, by: c.valueSeen.by.name, at: c.valueSeen.at } : null,
  };
}

/** The current round's closing, if one has started. */
export function currentClosingView(
  n: Network,
  answers: Record<string, unknown>[],
  mayRead: boolean,
): ClosingDto | null {
  return n.closing ? closingView(n, n.closing, answers, currentRound(n), closingAnonymous(n), mayRead) : null;
}

/** Every earlier round, oldest first, with its own answers (kept per round). */
export function roundsView(n: Network, answers: Record<string, unknown>[], mayRead: boolean): RoundDto<ClosingDto>[] {
  return (n.rounds ?? []).map((r) => ({
    round: r.round,
    closing: closingView(
      n,
      r.closing,
      answers,
      r.round,
      r.closing.anonymous ?? n.settings.anonymousReflections,
      mayRead,
    ),
    extension: {
      previousEndDate: r.extension.previousEndDate,
      newEndDate: r.extension.newEndDate,
      by: r.extension.decision.by.name,
      at: r.extension.decision.at,
      evaluation: r.extension.evaluation,
    },
  }));
}

/** The joint draft as the tab shows it: names and times only (the stamps carry person ids). */
function recommendationDto(r: ClosingRecommendation): NonNullable<ClosingDto['recommendation']> {
  const last = r.editedBy?.at(-1);
  return {
    continueNetwork: r.continueNetwork,
    sameForm: r.sameForm,
    sameParticipants: r.sameParticipants,
    reasoning: r.reasoning,
    by: r.by.by.name,
    at: r.by.at,
    lastEdit: last ? { by: last.by.name, at: last.at } : null,
  };
}
