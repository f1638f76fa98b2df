import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { t } from '@netvaerk/shared/i18n/messages';
import type { DevUserDto } from '@netvaerk/shared/api/api-types';
import { THEMES, asTheme } from '../app/host';
import type { LocalDevPrefs } from '../app/local-dev-prefs';
import { roleLabel } from '../app/labels';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    // Theme tokens only: the bar must stay readable in the dark and high-contrast themes too.
    backgroundColor: tokens.colorNeutralBackground4,
    borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  note: { flexBasis: '100%', fontWeight: tokens.fontWeightSemibold },
  field: { minWidth: 'min(180px, 100%)', maxWidth: '100%' },
  // A native select is as wide as its longest option; in a 320 px side panel it must shrink to fit.
  select: { maxWidth: '100%', minWidth: 0 },
  selectElement: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** The local-development bar: who you are (demo identities only), which language and which theme. */
export function DevBar({
  users,
  prefs,
  onChange,
}: {
  users: DevUserDto[];
  prefs: LocalDevPrefs;
  onChange: (prefs: LocalDevPrefs) => void;
}) {
  const styles = useStyles();
  const { locale } = prefs;
  return (
    <section className={styles.bar} aria-label={t(locale, 'tab.dev.label')}>
      <Text className={styles.note}>{t(locale, prefs.user ? 'tab.dev.banner' : 'tab.dev.pickUser')}</Text>
      <Field label={t(locale, 'tab.dev.identity')} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.selectElement }}
          value={prefs.user ?? ''}
          onChange={(_e, d) => onChange({ ...prefs, user: d.value || null })}
        >
          <option value="">{t(locale, 'tab.dev.choose')}</option>
          {users.map((u) => (
            <option key={`${u.tenantId}/${u.objectId}`} value={u.objectId}>
              {u.name}
              {u.roles.length ? ` (${u.roles.map((r) => roleLabel(r, locale)).join(', ')})` : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(locale, 'tab.dev.language')}>
        <Select value={locale} onChange={(_e, d) => onChange({ ...prefs, locale: d.value === 'en' ? 'en' : 'da' })}>
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={t(locale, 'tab.dev.theme')}>
        <Select value={prefs.theme} onChange={(_e, d) => onChange({ ...prefs, theme: asTheme(d.value) ?? 'default' })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(locale, `tab.theme.${theme}`)}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
