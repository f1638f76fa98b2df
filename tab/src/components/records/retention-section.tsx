import { savedContract } from '@netvaerk/shared/api/records-schemas';
import { RECORDS_FORMS, recordsSettingsSchema } from '@netvaerk/shared/api/records-api-types';
import { formErrors } from '@netvaerk/shared/i18n/field-errors';
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
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
import type { RecordsOverviewDto } from '@netvaerk/shared/api/records-api-types';
import { personKey } from '@netvaerk/shared/domain/types';
import { ApiError } from '../../app/api-client';
import { useTab, useText } from '../../app/tab-context';
import { TableScroll } from '../table-scroll';
import { type ActionResult, ActionResultBar } from './action-result';
import { type FieldErrors, fieldState, serverFieldErrors } from './field-state';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** The retention setting (the director changes it) and the dry run: which network's data goes when. */
export function RetentionSection({ overview, onSaved }: { overview: RecordsOverviewDto; onSaved: () => void }) {
  const styles = useStyles();
  const { api } = useTab();
  const { t, date, locale } = useText();
  const [months, setMonths] = useState(String(overview.settings.retentionMonths));
  const [result, setResult] = useState<ActionResult>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const blocked = overview.retention.filter((r) => r.status === 'blocked').length;
  const save = async () => {
    const body = {
      retentionMonths: months,
      privacyOfficerKeys: overview.settings.privacyOfficers.map((p) => personKey(p)),
    };
    // The server's own schema, checked here first: the sentence at the field, and nothing sent.
    const found = formErrors(recordsSettingsSchema, body, locale, RECORDS_FORMS.settings);
    setErrors(found);
    setResult(null);
    if (Object.keys(found).length > 0) return;
    try {
      await api.post('/api/records/settings', { ...body, retentionMonths: Number(months.trim()) }, savedContract);
      setResult({ intent: 'success', text: t('tab.records.retention.saved') });
      onSaved();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setResult({ intent: 'error', text: error instanceof ApiError ? error.message : String(error) });
    }
  };
  return (
    <section className={styles.section} aria-labelledby="records-retention">
      <Title3 as="h2" id="records-retention">
        {t('tab.records.retention.title')}
      </Title3>
      <Text>{t('tab.records.retention.intro', { months: overview.settings.retentionMonths })}</Text>
      {blocked > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.records.blockedWarning', { count: blocked })}</MessageBarBody>
        </MessageBar>
      )}
      {overview.canChangeSettings && (
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field label={t('tab.records.retention.months')} required {...fieldState(errors, 'retentionMonths')}>
            {/* Text, not type="number": the app sees what was typed ("1,5", "abc") and says what is wrong. */}
            <Input inputMode="numeric" value={months} onChange={(_, d) => setMonths(d.value)} />
          </Field>
          <Button type="submit">{t('tab.records.retention.save')}</Button>
        </form>
      )}
      <ActionResultBar result={result} />
      <Text>
        {t('tab.records.retention.officers')}:{' '}
        {overview.settings.privacyOfficers.map((p) => p.name).join(', ') || t('tab.records.retention.noOfficers')}
      </Text>
      <Text as="h3" weight="semibold">
        {t('tab.records.retention.dryRun')}
      </Text>
      {overview.retention.length === 0 ? (
        <Text>{t('tab.records.retention.none')}</Text>
      ) : (
        <TableScroll label={t('tab.records.retention.dryRun')}>
          <Table size="small" aria-label={t('tab.records.retention.dryRun')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('tab.records.export.network')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.records.retention.closedAt')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.records.retention.deleteFrom')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.records.retention.status')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.records.retention.wouldDelete')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.retention.map((r) => (
                <TableRow key={r.networkId}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.closedAt ? date(r.closedAt) : ''}</TableCell>
                  <TableCell>{r.deleteFrom ? date(r.deleteFrom) : ''}</TableCell>
                  <TableCell>{t(`tab.records.status.${r.status}`)}</TableCell>
                  <TableCell>
                    {r.wouldDelete
                      ? t('tab.records.retention.counts', {
                          answers: r.wouldDelete.answersPurged,
                          closing: r.wouldDelete.closingAnswersPurged,
                          participants: r.wouldDelete.participantsPurged,
                          messages: r.wouldDelete.messagesDeleted,
                        })
                      : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
