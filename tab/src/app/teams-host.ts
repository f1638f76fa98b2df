import { app, authentication, meeting, pages } from '@microsoft/teams-js';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { asTheme, type TabHost, type TabSettings } from './host';
import { SsoError, ssoFailureOf } from './sso-failure';

/** A foreign iframe never answers app.initialize(); give up well before teams-js's own 60 s. */
const INITIALIZE_TIMEOUT_MS = 10_000;

/** Connects to Teams; rejects at once outside Teams ("No Parent window found"). */
export async function connectToTeams(): Promise<TabHost> {
  await Promise.race([
    app.initialize(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer')), INITIALIZE_TIMEOUT_MS)),
  ]);
  const context = await app.getContext();
  let settings: TabSettings | null = null;
  let beforeSave: (() => Promise<void>) | undefined;
  let saveRegistered = false;
  const host: TabHost = {
    mode: 'teams',
    locale: localeFrom(context.app.locale),
    theme: asTheme(context.app.theme) ?? 'default',
    frameContext: String(context.page.frameContext ?? 'content'),
    // teams-js caches the token and renews it before it expires.
    authHeaders: async () => {
      try {
        return { authorization: `Bearer ${await authentication.getAuthToken()}` };
      } catch (error) {
        throw new SsoError(ssoFailureOf(error), error instanceof Error ? error.message : String(error));
      }
    },
    consent: async () => {
      const query = new URLSearchParams({ tenant: context.user?.tenant?.id ?? '' });
      if (context.user?.loginHint) query.set('loginHint', context.user.loginHint);
      await authentication.authenticate({
        url: `${window.location.origin}/auth/consent?${query}`,
        width: 600,
        height: 535,
      });
    },
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(asTheme(theme) ?? 'default')),
    teamsPlace: {
      ...(context.meeting?.id ? { meetingId: context.meeting.id } : {}),
      ...(context.chat?.id ? { chatId: context.chat.id } : {}),
      ...(context.channel?.id ? { channelId: context.channel.id } : {}),
    },
    ...(context.meeting?.id
      ? {
          shareToStage: (url: string) =>
            new Promise<void>((resolve, reject) =>
              meeting.shareAppContentToStage(
                (error) => (error ? reject(new Error(error.message ?? String(error.errorCode))) : resolve()),
                url,
              ),
            ),
        }
      : {}),
    configureTab: (next, before) => {
      settings = next;
      beforeSave = before;
      if (!saveRegistered) {
        saveRegistered = true;
        pages.config.registerOnSaveHandler((event) => {
          if (!settings) return event.notifyFailure('no network chosen');
          const chosen = settings;
          (beforeSave ? beforeSave() : Promise.resolve())
            .then(() => pages.config.setConfig(chosen))
            .then(
              () => event.notifySuccess(),
              (error: unknown) => event.notifyFailure(String(error)),
            );
        });
      }
      void pages.config.setValidityState(next !== null);
    },
  };
  app.notifySuccess();
  return host;
}
