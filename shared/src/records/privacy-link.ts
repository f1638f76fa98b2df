import type { Locale } from '../domain/errors';
import { t } from '../i18n/messages';

/**
 * The line every reflection card ends with: a link to the privacy page (what is stored, how anonymity works, how
 * to ask for one's data), in the card's language. A Markdown link, which Teams renders in a TextBlock.
 */
export function privacyLinkMessage(privacyUrl: string, locale: Locale): { text: string } {
  const url = new URL(privacyUrl);
  url.searchParams.set('lang', locale);
  return { text: `[${t(locale, 'card.privacyLink')}](${url.href})` };
}
