import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { t } from '@netvaerk/shared/i18n/messages';

/**
 * Shown when Teams gives no token because nobody has consented to the app yet: explains it and opens Teams'
 * consent popup; once consent is given the tab asks for a token again (`onConsented`).
 */
export function ConsentView({
  locale,
  consent,
  onConsented,
}: {
  locale: Locale;
  consent: () => Promise<void>;
  onConsented: () => void;
}) {
  const [state, setState] = useState<'idle' | 'asking' | 'cancelled'>('idle');
  const ask = () => {
    setState('asking');
    consent().then(onConsented, () => setState('cancelled'));
  };
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, 'tab.sso.consentTitle')}</MessageBarTitle>
        {t(locale, state === 'cancelled' ? 'tab.sso.consentCancelled' : 'tab.sso.consentBody')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={state === 'asking'} onClick={ask}>
          {t(locale, 'tab.sso.consentButton')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
