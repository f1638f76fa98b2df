import type { Locale } from '../domain/errors';

/** Danish by default; English when the user's Teams locale is English (DESIGN.md §7). */
export function localeFrom(teamsLocale: string | undefined | null): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** A date and time as the user reads it (Copenhagen time, the user's language). */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}
