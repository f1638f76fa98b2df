import { privacyContract } from '@netvaerk/shared/api/records-schemas';
import { makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { DEFAULT_RETENTION_MONTHS } from '@netvaerk/shared/records/retention';
import { useApi } from '../app/use-api';
import type { MessageKey } from '@netvaerk/shared/i18n/messages';
import { useText } from '../app/tab-context';

const SECTIONS = ['what', 'why', 'who', 'howLong', 'anonymity', 'ask'] as const;

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '70ch' },
  section: { display: 'grid', gap: tokens.spacingVerticalXS },
});

/** What the app stores, why, who sees it, how long, how anonymity works and how to ask for one's data. */
export function PrivacyPage() {
  const styles = useStyles();
  const { t } = useText();
  // The organisation's own period once known; the default (what applies unless changed) until then.
  const { loaded } = useApi('/api/privacy', privacyContract);
  const months = loaded.state === 'ready' ? loaded.data.retentionMonths : DEFAULT_RETENTION_MONTHS;
  return (
    <article className={styles.page} aria-labelledby="privacy-title">
      <Title2 as="h1" id="privacy-title">
        {t('tab.privacy.title')}
      </Title2>
      <Text as="p">{t('tab.privacy.intro')}</Text>
      {SECTIONS.map((s) => (
        <section key={s} className={styles.section} aria-labelledby={`privacy-${s}`}>
          <Title3 as="h2" id={`privacy-${s}`}>
            {t(`tab.privacy.${s}.title` as MessageKey)}
          </Title3>
          <Text as="p">{t(`tab.privacy.${s}.body` as MessageKey, { months })}</Text>
        </section>
      ))}
    </article>
  );
}
