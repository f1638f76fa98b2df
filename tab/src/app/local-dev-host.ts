import type { Locale } from '@netvaerk/shared/domain/errors';
import type { TabHost, ThemeName } from './host';

/** The message the side panel's preview sends its parent page to put a page on the previewed stage. */
export const STAGE_MESSAGE = 'netvaerk.shareToStage';

/** Whether the page is one of the meeting preview's frames (`?preview=1` inside the preview page). */
export function inMeetingPreview(): boolean {
  return window.parent !== window && new URLSearchParams(window.location.search).get('preview') === '1';
}

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
    // The Playground has no stage: the meeting preview page (the panel's parent frame) shows the shared page.
    ...(inMeetingPreview()
      ? {
          shareToStage: async (url: string) => {
            window.parent.postMessage({ type: STAGE_MESSAGE, url }, window.location.origin);
          },
        }
      : {}),
  };
}
