import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PendingDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { usePendingText } from '../app/use-pending-text';

const useStyles = makeStyles({
  box: {
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** What the network waits for now, and from whom. */
export function PendingList({ pending }: { pending: PendingDto[] }) {
  const styles = useStyles();
  const { t } = useText();
  const text = usePendingText();
  if (pending.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="pending-title">
      <Text as="h2" id="pending-title" weight="semibold" size={400}>
        {t('tab.section.pending')}
      </Text>
      <ul className={styles.list}>
        {pending.map((p) => (
          <li key={`${p.kind}-${p.contractPhase ?? ''}`}>{text(p)}</li>
        ))}
      </ul>
    </section>
  );
}
