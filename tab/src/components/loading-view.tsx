import { Spinner } from '@fluentui/react-components';
import { useContext } from 'react';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { t } from '@netvaerk/shared/i18n/messages';
import { TabContext } from '../app/tab-context';

/** The loading state of every view: a labelled spinner that screen readers announce. */
export function LoadingView({ locale }: { locale?: Locale }) {
  const context = useContext(TabContext);
  const lang = locale ?? context?.locale ?? 'da';
  return (
    <div role="status" aria-live="polite" style={{ padding: '24px' }}>
      <Spinner label={t(lang, 'tab.loading')} />
    </div>
  );
}
