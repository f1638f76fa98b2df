import { createContext, useContext, useMemo } from 'react';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@netvaerk/shared/i18n/locale';
import { type MessageKey, t } from '@netvaerk/shared/i18n/messages';
import type { MeDto } from '@netvaerk/shared/api/api-types';
import type { ApiClient } from './api-client';
import type { TabHost } from './host';

/** What every view needs: the host, the API, the signed-in user and the language. */
export interface TabContextValue {
  host: TabHost;
  api: ApiClient;
  me: MeDto;
  locale: Locale;
  navigate(path: string): void;
}

export const TabContext = createContext<TabContextValue | null>(null);

export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error('useTab outside TabContext');
  return value;
}

/** Texts from the one message catalogue, and dates and numbers as the user reads them. */
export function useText() {
  const { locale } = useTab();
  return useMemo(
    () => ({
      locale,
      t: (key: MessageKey, params: Record<string, string | number> = {}) => t(locale, key, params),
      date: (iso: string) => formatDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      number: (value: number) => formatNumber(value, locale),
      percent: (share: number) => formatPercent(share, locale),
    }),
    [locale],
  );
}
