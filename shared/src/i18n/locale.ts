import type { Locale } from '../domain/errors';

/** Danish by default; English when the user's Teams locale is English (DESIGN.md §7). */
export function localeFrom(teamsLocale: string | undefined | null): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** The BCP 47 tag `Intl` formats with for each of our locales: Danish as in Denmark, English as in Britain. */
export const INTL_TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

// Creating an Intl formatter is costly; cards format many dates, so make each one once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}/${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = INTL_TAGS[locale];
    f =
      kind === 'dateTime'
        ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' })
        : new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** A date and time as the user reads it (Copenhagen time, the user's language). */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, 'dateTime').format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as the user reads it. */
export function formatDate(isoDate: string, locale: Locale): string {
  return formatter(locale, 'date').format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}/${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAGS[locale], { style, maximumFractionDigits: 1 });
    numberFormats.set(key, f);
  }
  return f;
}

/** A number as the user reads it: "4,5" in Danish, "4.5" in English; at most one decimal. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, 'decimal').format(value);
}

/** A share (0–1) as a percentage: "67 %" in Danish, "67%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  return numberFormat(locale, 'percent').format(Math.round(share * 100) / 100);
}
