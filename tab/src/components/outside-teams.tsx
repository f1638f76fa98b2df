import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { t } from '@netvaerk/shared/i18n/messages';

const useStyles = makeStyles({
  page: {
    maxWidth: '560px',
    margin: '0 auto',
    padding: tokens.spacingVerticalXXL,
    display: 'grid',
    gap: tokens.spacingVerticalM,
  },
});

/** Shown when the tab is opened outside Teams and the server is not in local development. */
export function OutsideTeams({ locale }: { locale: Locale }) {
  return (
    <main className={useStyles().page} lang={locale}>
      <Title2 as="h1">{t(locale, 'tab.outside.title')}</Title2>
      <Text>{t(locale, 'tab.outside.body')}</Text>
    </main>
  );
}
