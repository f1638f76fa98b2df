import { makeStyles, tokens } from '@fluentui/react-components';
import { useTab, useText } from '../app/tab-context';
import { AppLink } from './app-link';

const useStyles = makeStyles({
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXXL,
  },
});

/** The tab's footer: the privacy page for everyone, the records page for the director and the consultants. */
export function TabFooter() {
  const styles = useStyles();
  const { me } = useTab();
  const { t } = useText();
  return (
    <footer className={styles.footer} aria-label={t('tab.footer.label')}>
      <AppLink href="/tab/privacy">{t('tab.footer.privacy')}</AppLink>
      {me.mayExportCaseRecords && <AppLink href="/tab/records">{t('tab.footer.records')}</AppLink>}
    </footer>
  );
}
