import type { Locale } from '../../domain/errors';
import { t } from '../../i18n/messages';
import { escapeMarkdown } from '../escape-markdown';

/** Every outcome a member can vote for on a body's ballot (the decision commands' outcome enums). */
export const VOTE_OUTCOMES = ['recommend', 'approve', 'reject', 'extend', 'close'] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];

const isVoteOutcome = (o: string): o is VoteOutcome => (VOTE_OUTCOMES as readonly string[]).includes(o);

/**
 * The word for a vote's outcome, the same on the ballot and in the history ("indstil", "for", "imod",
 * "forlæng", "afslut"): a vote is a member's stance, not the body's decision. An outcome this version does not
 * know (a row from a newer one) reads as itself.
 */
export function voteWord(outcome: string, locale: Locale): string {
  return isVoteOutcome(outcome) ? t(locale, `vote.outcome.${outcome}`) : escapeMarkdown(outcome, 40);
}
