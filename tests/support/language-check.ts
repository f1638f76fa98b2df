import { ERROR_CATALOGUE, type Locale } from '../../shared/src/domain/errors';
import { PHASE_NAMES } from '../../shared/src/domain/lifecycle';
import { BODY_NAMES } from '../../shared/src/domain/routing';
import { EVENT_NAMES } from '../../shared/src/i18n/event-names';
import { MESSAGES } from '../../shared/src/i18n/messages';

type Pair = { da: string; en: string };
const ENTRIES: Pair[] = [
  ...Object.values(MESSAGES),
  ...Object.values(ERROR_CATALOGUE),
  ...Object.values(PHASE_NAMES),
  ...Object.values(BODY_NAMES),
  ...Object.values(EVENT_NAMES),
];

/** The literal pieces of a template: the text between placeholders and markdown, trimmed. */
const piecesOf = (template: string) =>
  template
    .split(/\{\w+\}|\*\*|\n|[()«»“”"]/)
    .map((p) =>
      p
        .trim()
        .replace(/^[:.,;·–-]+|[:.,;·–-]+$/g, '')
        .trim(),
    )
    .filter((p) => p.length >= 10 || (p.length >= 6 && p.includes(' ')));

function fragmentsOnlyIn(locale: Locale): string[] {
  const other: Locale = locale === 'da' ? 'en' : 'da';
  const otherText = ENTRIES.map((e) => e[other]).join('\n');
  return [...new Set(ENTRIES.filter((e) => e.da !== e.en).flatMap((e) => piecesOf(e[locale])))].filter(
    (piece) => !otherText.includes(piece),
  );
}

const ONLY = { da: fragmentsOnlyIn('da'), en: fragmentsOnlyIn('en') };

/**
 * The pieces of the other language's catalogue (every message, error, phase, body and history event name) that
 * appear in a
 * text a user of `locale` sees: a card's or a page's text must have none.
 */
export function otherLanguageIn(text: string, locale: Locale): string[] {
  // A whole piece only: `participant` inside an id such as `tenant_participant` is data, not language.
  const edge = /[\p{L}\p{N}_-]/u;
  return ONLY[locale === 'da' ? 'en' : 'da'].filter((piece) => {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + piece.length] ?? ' ';
      if (!edge.test(before) && !edge.test(after)) return true;
    }
    return false;
  });
}
