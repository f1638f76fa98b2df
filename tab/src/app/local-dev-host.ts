import type { Locale } from '@netvaerk/shared/domain/errors';
import type { TabHost, ThemeName } from './host';

/** The header the server accepts instead of a token in local development only. */
export const DEV_USER_HEADER = 'x-dev-user';

/** A stand-in for Teams in local development: the identity, language and theme are chosen in the dev bar. */
export function localDevHost(options: { user: string; locale: Locale; theme: ThemeName }): TabHost {
  return {
    mode: 'localDev',
    locale: options.locale,
    theme: options.theme,
    frameContext: 'content',
    authHeaders: async () => ({ [DEV_USER_HEADER]: options.user }),
    onThemeChange: () => undefined,
  };
}
