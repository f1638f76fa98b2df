import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { localeFrom } from '@netvaerk/shared/i18n/locale';
import { t } from '@netvaerk/shared/i18n/messages';
import { finishConsent, teamsAuthenticationEnd } from '../app/finish-consent';

/** /tab/auth-end in the consent popup: reports the outcome to Teams, which closes the window. */
export function AuthEndPage() {
  useEffect(() => {
    void teamsAuthenticationEnd().then((teams) => finishConsent(window.location.search, teams));
  }, []);
  const locale = localeFrom(navigator.language);
  return (
    <FluentProvider theme={webLightTheme}>
      <main lang={locale} style={{ padding: '24px' }}>
        <Text>{t(locale, 'tab.sso.authEnd')}</Text>
      </main>
    </FluentProvider>
  );
}
