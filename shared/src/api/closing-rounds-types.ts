import type { ClosingSummary } from '../domain/closing-summary';

/**
 * One round's closing reflection as a reader may see it: the count always, the rest above the threshold. The
 * domain's summary is already what may be shown (`summariseClosingReflection`), so the API sends it as it is.
 */
export type ClosingSummaryDto = ClosingSummary;

/** A finished round, kept after an extension: its closing records and the decision that extended it. */
export interface RoundDto<Closing> {
  round: number;
  closing: Closing;
  extension: {
    previousEndDate: string;
    newEndDate: string;
    by: string;
    at: string;
    evaluation: {
      stillMakesSense: string;
      achievingGoals: string;
      rightParticipants: string;
      resourcesUsedWell: string;
      adjustments: string;
    };
  };
}

/** What became of an anchoring recommendation that needed a decision elsewhere. */
export interface AnchoringFollowUpDto {
  outcome: string;
  by: string;
  at: string;
  /** The deciding body's meeting where it decided (null for outcomes recorded before the date was asked for). */
  meetingDate: string | null;
}
