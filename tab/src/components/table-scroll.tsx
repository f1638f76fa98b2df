import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Fluent's table lays out fixed at 100 %: in a side panel its columns would squeeze until texts overlap.
  // Below this width the table scrolls inside its own region instead, and the page never scrolls sideways.
  inner: { minWidth: '560px' },
});

/**
 * A wide table's frame: it scrolls sideways on its own when the tab is narrow. The region is focusable and
 * named, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <div className={styles.inner}>{children}</div>
    </div>
  );
}
