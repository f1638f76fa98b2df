import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useContext } from 'react';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { t } from '@netvaerk/shared/i18n/messages';
import type { ApiError } from '../app/api-client';
import { TabContext } from '../app/tab-context';

/** The error state of every view: the server's message (in the user's language) and a way to try again. */
export function ErrorView({ error, onRetry, locale }: { error: ApiError; onRetry?: () => void; locale?: Locale }) {
  const context = useContext(TabContext);
  const lang = locale ?? context?.locale ?? 'da';
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, 'tab.error.title')}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t(lang, 'tab.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
