import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '@netvaerk/shared/i18n/messages';
import type { MeDto } from '@netvaerk/shared/api/api-types';
import { ApiError, type ApiClient, createApiClient } from '../app/api-client';
import type { TabHost } from '../app/host';
import { TabContext, type TabContextValue } from '../app/tab-context';
import { ErrorView } from './error-view';
import { LoadingView } from './loading-view';
import { Shell } from './shell';

/** Finds out who the user is (GET /api/me), then shows the tab with everything views need in context. */
export function SignedIn({ host, api: given }: { host: TabHost; api?: ApiClient }) {
  const { locale } = host;
  const api = useMemo(
    () =>
      given ??
      createApiClient({ authHeaders: host.authHeaders, locale, offlineMessage: t(locale, 'tab.error.offline') }),
    [given, host, locale],
  );
  const [me, setMe] = useState<MeDto | ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [location, setLocation] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  useEffect(() => {
    setMe(null);
    api
      .get<MeDto>('/api/me')
      .then(setMe, (e: unknown) => setMe(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e))));
  }, [api, attempt]);
  useEffect(() => {
    const onPop = () => setLocation({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((path: string) => {
    window.history.pushState(null, '', path);
    setLocation({ path: window.location.pathname, search: window.location.search });
    window.scrollTo?.(0, 0);
  }, []);
  if (me === null) return <LoadingView locale={locale} />;
  if (me instanceof ApiError) return <ErrorView locale={locale} error={me} onRetry={() => setAttempt((a) => a + 1)} />;
  const value: TabContextValue = { host, api, me, locale, navigate };
  return (
    <TabContext.Provider value={value}>
      <Shell path={location.path} search={location.search} />
    </TabContext.Provider>
  );
}
