import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTab, useText } from '../../app/tab-context';
import { useDownload } from '../../app/use-download';
import { type ActionResult, ActionResultBar } from './action-result';

const useStyles = makeStyles({
  row: { display: 'grid', gap: tokens.spacingVerticalS, justifyItems: 'start' },
});

/** "Eksportér til journalisering" on a network's own page, for the director and the consultants only. */
export function CaseRecordExportButton({ networkId, name }: { networkId: string; name: string }) {
  const styles = useStyles();
  const { me } = useTab();
  const { t } = useText();
  const download = useDownload();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult>(null);
  if (!me.mayExportCaseRecords) return null;
  const run = async () => {
    setBusy(true);
    try {
      const file = await download('/api/records/export', {
        body: { networkIds: [networkId] },
        fallbackName: 'sagsakt.zip',
      });
      setResult({ intent: 'success', text: t('tab.records.export.done', { file }) });
    } catch (error) {
      setResult({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.row}>
      <Button disabled={busy} aria-label={t('tab.records.export.actionFor', { name })} onClick={() => void run()}>
        {t('tab.records.export.action')}
      </Button>
      <ActionResultBar result={result} />
    </div>
  );
}
