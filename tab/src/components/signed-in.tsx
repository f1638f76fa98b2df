import { meContract } from '@netvaerk/shared/api/people-schemas';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '@netvaerk/shared/i18n/messages';
import type { MeDto } from '@netvaerk/shared/api/api-types';
import { networkOfSubPageId } from '@netvaerk/shared/api/tab-deep-link';
import { ApiError, type ApiClient, createApiClient } from '../app/api-client';
import type { TabHost } from '../app/host';
import { networkPath } from '../app/routes';
import { SSO_ERROR_CODES } from '../app/sso-failure';
import { TabContext, type TabContextValue } from '../app/tab-context';
import { ConsentView } from './consent-view';
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
  const [location, setLocation] = useState(() => {
    // A deep link from a card (`network:<id>` as Teams' sub-page id) opens that network's page.
    const linked = networkOfSubPageId(host.subPageId);
    if (linked) window.history.replaceState(null, '', networkPath(linked));
    return { path: window.location.pathname, search: window.location.search };
  });
  useEffect(() => {
    // Only the latest attempt's answer counts (an earlier one may arrive after it).
    let current = true;
    setMe(null);
    api.get('/api/me', meContract).then(
      (found) => current && setMe(found),
      (e: unknown) => current && setMe(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e))),
    );
    return () => {
      current = false;
    };
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
  const retry = () => setAttempt((a) => a + 1);
  if (me instanceof ApiError && me.code === SSO_ERROR_CODES.consentRequired && host.consent)
    return <ConsentView locale={locale} consent={host.consent} onConsented={retry} />;
  if (me instanceof ApiError) return <ErrorView locale={locale} error={me} onRetry={retry} />;
  const value: TabContextValue = { host, api, me, locale, navigate };
  return (
    <TabContext.Provider value={value}>
      <Shell path={location.path} search={location.search} />
    </TabContext.Provider>
  );
}
