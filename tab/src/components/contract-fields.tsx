import { makeStyles, tokens } from '@fluentui/react-components';
import { CONTRACT_FIELDS } from '@netvaerk/shared/contract/contract-fields';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** One version's fields, read-only. */
export function ContractFields({ phase, fields }: { phase: 1 | 2 | 3; fields: Record<string, string | string[]> }) {
  const styles = useStyles();
  const { t, date } = useText();
  return (
    <dl className={styles.list}>
      {CONTRACT_FIELDS[phase].map((f) => {
        const raw = fields[f.name];
        const value = Array.isArray(raw) ? raw.join(', ') : f.kind === 'date' && raw ? date(raw) : (raw ?? '');
        return (
          <div key={f.name}>
            <dt className={styles.term}>{t(f.label)}</dt>
            <dd className={styles.value}>{value || '–'}</dd>
          </div>
        );
      })}
    </dl>
  );
}
