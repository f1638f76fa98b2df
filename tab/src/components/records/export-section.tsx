import {
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { exportPeriodSchema, RECORDS_FORMS, type RecordsNetworkDto } from '@netvaerk/shared/api/records-api-types';
import { formErrors } from '@netvaerk/shared/i18n/field-errors';
import { phaseLabel } from '../../app/labels';
import { useText } from '../../app/tab-context';
import { useDownload } from '../../app/use-download';
import { TableScroll } from '../table-scroll';
import { type ActionResult, ActionResultBar } from './action-result';
import { type FieldErrors, fieldState, serverFieldErrors } from './field-state';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
  period: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** "Eksportér til journalisering": per network, and for a period across the portfolio. */
export function ExportSection({ networks, onExported }: { networks: RecordsNetworkDto[]; onExported: () => void }) {
  const styles = useStyles();
  const { t, dateTime, locale } = useText();
  const download = useDownload();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult>(null);
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [errors, setErrors] = useState<FieldErrors>({});

  const run = async (id: string, body: unknown) => {
    setBusy(id);
    setResult(null);
    setErrors({});
    try {
      const file = await download('/api/records/export', { body, fallbackName: 'sagsakter.zip' });
      setResult({ intent: 'success', text: t('tab.records.export.done', { file }) });
      onExported();
    } catch (error) {
      if (id === 'period') setErrors(serverFieldErrors(error));
      setResult({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="records-export">
      <Title3 as="h2" id="records-export">
        {t('tab.records.export.title')}
      </Title3>
      <Text>{t('tab.records.export.intro')}</Text>
      <form
        className={styles.period}
        aria-label={t('tab.records.export.period')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The server's own schema first: an empty or reversed period is said at its field, and nothing is sent.
          const found = formErrors(exportPeriodSchema, { from, to }, locale, RECORDS_FORMS.export);
          setErrors(found);
          setResult(null);
          if (Object.keys(found).length === 0) void run('period', { from, to });
        }}
      >
        <Field label={t('tab.records.export.from')} required {...fieldState(errors, 'from')}>
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label={t('tab.records.export.to')} required {...fieldState(errors, 'to')}>
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy !== null}>
          {t('tab.records.export.periodAction')}
        </Button>
      </form>
      <ActionResultBar result={result} />
      <TableScroll label={t('tab.records.export.perNetwork')}>
        <Table size="small" aria-label={t('tab.records.export.perNetwork')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tab.records.export.network')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.records.export.phase')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.records.export.lastExported')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.records.export.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {networks.map((n) => (
              <TableRow key={n.id}>
                <TableCell>{n.name}</TableCell>
                <TableCell>{phaseLabel(n.phase, locale)}</TableCell>
                <TableCell>{n.exportedAt ? dateTime(n.exportedAt) : t('tab.records.export.never')}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={busy !== null}
                    aria-label={t('tab.records.export.actionFor', { name: n.name })}
                    onClick={() => void run(n.id, { networkIds: [n.id] })}
                  >
                    {t('tab.records.export.action')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
