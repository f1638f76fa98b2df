import type { Locale } from '@netvaerk/shared/domain/errors';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { asTheme, type ThemeName } from './host';

const KEYS = { user: 'netvaerk.devUser', locale: 'netvaerk.devLocale', theme: 'netvaerk.devTheme' } as const;

export interface LocalDevPrefs {
  user: string | null;
  locale: Locale;
  theme: ThemeName;
}

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The local-dev choices: `?as=`, `?lang=`, `?theme=` first (links and tests), then what was chosen before. */
export function readPrefs(): LocalDevPrefs {
  const query = new URLSearchParams(window.location.search);
  // Danish unless the dev bar (or ?lang=) picks English: the browser's language is not the user's Teams locale.
  const lang = query.get('lang') ?? stored(KEYS.locale) ?? 'da';
  const darkScheme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return {
    user: query.get('as') ?? stored(KEYS.user),
    locale: localeFrom(lang),
    theme: asTheme(query.get('theme')) ?? asTheme(stored(KEYS.theme)) ?? (darkScheme ? 'dark' : 'default'),
  };
}

export function savePrefs(prefs: LocalDevPrefs): void {
  try {
    if (prefs.user) window.localStorage.setItem(KEYS.user, prefs.user);
    window.localStorage.setItem(KEYS.locale, prefs.locale);
    window.localStorage.setItem(KEYS.theme, prefs.theme);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}
