import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { isBare, routeOf } from '../app/routes';
import { useTab, useText } from '../app/tab-context';
import { AppLink } from './app-link';
import { LoadingView } from './loading-view';
import { TabFooter } from './tab-footer';

// Each page is its own chunk: the first paint loads only the page asked for.
const ConfigPage = lazy(() => import('../pages/config-page').then((m) => ({ default: m.ConfigPage })));
const NetworkPage = lazy(() => import('../pages/network-page').then((m) => ({ default: m.NetworkPage })));
const CompactNetwork = lazy(() => import('../pages/compact-network').then((m) => ({ default: m.CompactNetwork })));
const OverviewPage = lazy(() => import('../pages/overview-page').then((m) => ({ default: m.OverviewPage })));
const SitePage = lazy(() => import('../pages/site-page').then((m) => ({ default: m.SitePage })));
const RecordsPage = lazy(() => import('../pages/records-page').then((m) => ({ default: m.RecordsPage })));
const PrivacyPage = lazy(() => import('../pages/privacy-page').then((m) => ({ default: m.PrivacyPage })));
const MeetingPanel = lazy(() => import('../pages/meeting-panel').then((m) => ({ default: m.MeetingPanel })));
const StagePage = lazy(() => import('../pages/stage-page').then((m) => ({ default: m.StagePage })));
const MeetingPreview = lazy(() => import('../pages/meeting-preview').then((m) => ({ default: m.MeetingPreview })));

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1200px', margin: '0 auto', minWidth: 0 },
  compact: { padding: tokens.spacingHorizontalS },
  stage: { padding: 0, minWidth: 0 },
});

/** The frame around every page: a small navigation (not in the side panel or settings) and the page. */
export function Shell({ path, search }: { path: string; search: string }) {
  const styles = useStyles();
  const { host } = useTab();
  const { t } = useText();
  const route = routeOf(path, search, host.frameContext, host.teamsPlace?.meetingId);
  const bare = isBare(route);
  const showNav = !bare && route.page !== 'preview';
  return (
    <>
      {showNav && (
        <nav className={styles.nav} aria-label={t('tab.nav.label')}>
          <AppLink href="/tab/overview" current={route.page === 'overview'}>
            {t('tab.nav.overview')}
          </AppLink>
          <AppLink href="/tab/site" current={route.page === 'site'}>
            {t('tab.nav.site')}
          </AppLink>
        </nav>
      )}
      <main className={route.page === 'stage' ? styles.stage : bare ? styles.compact : styles.main}>
        <Suspense fallback={<LoadingView />}>
          {route.page === 'config' && <ConfigPage />}
          {route.page === 'network' &&
            (route.compact ? <CompactNetwork id={route.id} /> : <NetworkPage id={route.id} />)}
          {route.page === 'panel' && <MeetingPanel id={route.id} meetingId={route.meetingId} />}
          {route.page === 'stage' && <StagePage route={route} />}
          {route.page === 'preview' && <MeetingPreview id={route.id} meetingId={route.meetingId} />}
          {route.page === 'overview' && <OverviewPage />}
          {route.page === 'site' && <SitePage />}
          {route.page === 'records' && <RecordsPage />}
          {route.page === 'privacy' && <PrivacyPage />}
        </Suspense>
      </main>
      {showNav && <TabFooter />}
    </>
  );
}
