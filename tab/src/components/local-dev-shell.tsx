import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { DevUserDto } from '@netvaerk/shared/api/api-types';
import type { ThemeName } from '../app/host';
import { inMeetingPreview, localDevHost } from '../app/local-dev-host';
import { type LocalDevPrefs, readPrefs, savePrefs } from '../app/local-dev-prefs';
import { DevBar } from './dev-bar';
import { SignedIn } from './signed-in';

const useStyles = makeStyles({ page: { backgroundColor: tokens.colorNeutralBackground2, minHeight: '100vh' } });

/** Local development: a visible bar to choose the demo identity, language and theme, then the tab as that user. */
export function LocalDevShell({ users, onTheme }: { users: DevUserDto[]; onTheme: (theme: ThemeName) => void }) {
  const styles = useStyles();
  const [prefs, setPrefs] = useState<LocalDevPrefs>(() => {
    const read = readPrefs();
    return { ...read, user: users.some((u) => u.objectId === read.user) ? read.user : null };
  });
  useEffect(() => {
    savePrefs(prefs);
    onTheme(prefs.theme);
    document.documentElement.lang = prefs.locale;
  }, [prefs, onTheme]);
  const host = useMemo(
    () => (prefs.user ? localDevHost({ user: prefs.user, locale: prefs.locale, theme: prefs.theme }) : null),
    // A theme change restyles the page; it must not sign the user in again.
    [prefs.user, prefs.locale],
  );
  return (
    <div className={styles.page}>
      {/* Inside the meeting preview's frames the page is Teams' panel or stage: the parent page has the bar. */}
      {!inMeetingPreview() && <DevBar users={users} prefs={prefs} onChange={setPrefs} />}
      {host && <SignedIn key={`${prefs.user}/${prefs.locale}`} host={host} />}
    </div>
  );
}
