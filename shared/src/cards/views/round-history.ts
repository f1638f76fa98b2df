import type { Locale } from '../../domain/errors';
import type { Network, Stamp } from '../../domain/network';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { eventName } from '../../i18n/event-names';
import { t } from '../../i18n/messages';
import { escapeMarkdown } from '../escape-markdown';

const entry = (what: string, stamp: Stamp, locale: Locale) => ({
  at: stamp.at,
  text: t(locale, 'history.entry', {
    what,
    who: escapeMarkdown(stamp.by.name.slice(0, 120)),
    when: formatDateTime(stamp.at, locale),
  }),
});

/**
 * The card history's lines for the network's closing loop, earlier rounds included: the recommendation, the
 * director's recommendation and each extension (issue 13, point 4: an extension no longer wipes them).
 */
export function roundHistory(network: Network, locale: Locale): { at: string; text: string }[] {
  const out: { at: string; text: string }[] = [];
  const closings = [
    ...(network.rounds ?? []).map((r) => ({ n: r.round, closing: r.closing, extension: r.extension })),
    ...(network.closing ? [{ n: (network.rounds?.length ?? 0) + 1, closing: network.closing, extension: null }] : []),
  ];
  // Once the network has been extended, every line says its round: right after an extension only round 1's
  // closing is left, and unlabelled it would read as the current round's.
  const round = (n: number) => (network.rounds?.length ? `${t(locale, 'closingRounds.round', { n })}: ` : '');
  for (const { n, closing, extension } of closings) {
    if (closing.recommendation)
      out.push(
        entry(round(n) + eventName('closingRecommendationSubmitted', locale), closing.recommendation.by, locale),
      );
    if (closing.directorEndorsement)
      out.push(
        entry(round(n) + eventName('closingRecommendationEndorsed', locale), closing.directorEndorsement, locale),
      );
    if (extension)
      out.push(
        entry(
          t(locale, 'history.round.closed', { n, date: formatDate(extension.newEndDate, locale) }),
          extension.decision,
          locale,
        ),
      );
  }
  return out;
}
