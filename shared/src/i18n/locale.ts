import type { Locale } from '../domain/errors';

/** Danish by default; English when the user's Teams locale is English (DESIGN.md §7). */
export function localeFrom(teamsLocale: string | undefined | null): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

// Creating an Intl formatter is costly; cards format many dates, so make each one once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}/${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = locale === 'da' ? 'da-DK' : 'en-GB';
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
