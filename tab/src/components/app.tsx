import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ThemeName } from '../app/host';
import { type Boot, startTab } from '../app/start-tab';
import { FLUENT_THEMES } from '../app/themes';
import { LoadingView } from './loading-view';
import { LocalDevShell } from './local-dev-shell';
import { OutsideTeams } from './outside-teams';
import { SignedIn } from './signed-in';

/** The tab's root: finds out where it runs, follows the Teams theme, and shows the page. */
export function App({ start = startTab }: { start?: () => Promise<Boot> }) {
  const [boot, setBoot] = useState<Boot>({ kind: 'starting' });
  const [theme, setTheme] = useState<ThemeName>('default');
  useEffect(() => {
    void start().then((b) => {
      if (b.kind === 'teams') {
        setTheme(b.host.theme);
        b.host.onThemeChange(setTheme);
      }
      setBoot(b);
    });
  }, [start]);
  // Before Teams tells the locale, and outside Teams, the app speaks Danish (its users' language).
  const browserLocale = 'da' as const;
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }}>
      {boot.kind === 'starting' && <LoadingView locale={browserLocale} />}
      {boot.kind === 'outside' && <OutsideTeams locale={browserLocale} />}
      {boot.kind === 'teams' && <SignedIn host={boot.host} />}
      {boot.kind === 'localDev' && <LocalDevShell users={boot.users} onTheme={setTheme} />}
    </FluentProvider>
  );
}
