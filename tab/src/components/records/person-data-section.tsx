import { erasureContract, personSearchContract } from '@netvaerk/shared/api/records-schemas';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  eraseRequestSchema,
  type PersonSearchDto,
  personQuerySchema,
  RECORDS_FORMS,
} from '@netvaerk/shared/api/records-api-types';
import { fieldErrorText, formErrors } from '@netvaerk/shared/i18n/field-errors';
import { useTab, useText } from '../../app/tab-context';
import { useDownload } from '../../app/use-download';
import { type ActionResult, ActionResultBar } from './action-result';
import { type FieldErrors, fieldState, serverFieldErrors } from './field-state';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
  search: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  person: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { minWidth: '12rem', fontWeight: tokens.fontWeightSemibold },
});

type Person = PersonSearchDto['people'][number];

/** Search a person; get their data as JSON or PDF (art. 15); erase them after typing their name (art. 17). */
export function PersonDataSection({ onChanged }: { onChanged: () => void }) {
  const styles = useStyles();
  const { api } = useTab();
  const { t, locale } = useText();
  const download = useDownload();
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<Person[] | null>(null);
  const [erasing, setErasing] = useState<Person | null>(null);
  const [confirm, setConfirm] = useState('');
  const [result, setResult] = useState<ActionResult>(null);
  const [searchErrors, setSearchErrors] = useState<FieldErrors>({});
  const [confirmErrors, setConfirmErrors] = useState<FieldErrors>({});
  const fail = (error: unknown) =>
    setResult({ intent: 'error', text: error instanceof Error ? error.message : String(error) });

  const search = async () => {
    setResult(null);
    // The server's rule (two letters at least) checked here: the sentence at the field, and no request.
    const found = formErrors(personQuerySchema, { q: query }, locale, RECORDS_FORMS.search);
    setSearchErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      setPeople((await api.get(`/api/records/people?q=${encodeURIComponent(query)}`, personSearchContract)).people);
    } catch (error) {
      setSearchErrors(serverFieldErrors(error));
      fail(error);
    }
  };
  const closeDialog = () => {
    setErasing(null);
    setConfirm('');
    setConfirmErrors({});
  };
  /** The typed name: filled in, and the person's name exactly, or the sentence at the field. */
  const confirmProblems = (p: Person): FieldErrors => {
    const found = formErrors(eraseRequestSchema, { confirmName: confirm }, locale, RECORDS_FORMS.erase);
    if (Object.keys(found).length > 0 || confirm.trim() === p.name) return found;
    return { confirmName: fieldErrorText('confirmName', 'confirmMismatch', locale, RECORDS_FORMS.erase) };
  };
  const data = (p: Person, format: 'json' | 'pdf') =>
    download(`/api/records/people/${encodeURIComponent(p.key)}/data${format === 'pdf' ? '?format=pdf' : ''}`, {
      fallbackName: `persondata.${format}`,
    }).then(() => onChanged(), fail);
  const erase = async (p: Person) => {
    const found = confirmProblems(p);
    setConfirmErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const done = await api.post(
        `/api/records/people/${encodeURIComponent(p.key)}/erase`,
        {
          confirmName: confirm,
        },
        erasureContract,
      );
      setResult({
        intent: 'success',
        text: t('tab.records.person.erased', { rows: done.rowsChanged + done.rowsDeleted }),
      });
      closeDialog();
      setPeople((list) => list?.filter((x) => x.key !== p.key) ?? null);
      onChanged();
    } catch (error) {
      // A refusal that names the field stays in the dialog, at the field; anything else closes it.
      const atFields = serverFieldErrors(error);
      if (Object.keys(atFields).length > 0) return setConfirmErrors(atFields);
      closeDialog();
      fail(error);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="records-person">
      <Title3 as="h2" id="records-person">
        {t('tab.records.person.title')}
      </Title3>
      <Text>{t('tab.records.person.intro')}</Text>
      <form
        className={styles.search}
        role="search"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <Field label={t('tab.records.person.search')} required {...fieldState(searchErrors, 'q')}>
          <Input value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Button type="submit">{t('tab.records.person.searchAction')}</Button>
      </form>
      <ActionResultBar result={result} />
      {people && people.length === 0 && <Text>{t('tab.records.person.noResults')}</Text>}
      {people && people.length > 0 && (
        <ul className={styles.list} aria-label={t('tab.records.person.search')}>
          {people.map((p) => (
            <li key={p.key} className={styles.person}>
              <span className={styles.name}>{p.name}</span>
              <Button size="small" onClick={() => void data(p, 'json')}>
                {t('tab.records.person.json')}
              </Button>
              <Button size="small" onClick={() => void data(p, 'pdf')}>
                {t('tab.records.person.pdf')}
              </Button>
              <Button size="small" onClick={() => setErasing(p)}>
                {t('tab.records.person.erase')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={erasing !== null} onOpenChange={(_, d) => !d.open && closeDialog()}>
        <DialogSurface>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (erasing) void erase(erasing);
            }}
          >
            <DialogBody>
              <DialogTitle>{t('tab.records.person.eraseTitle', { name: erasing?.name ?? '' })}</DialogTitle>
              <DialogContent>
                <Text block>{t('tab.records.person.eraseBody')}</Text>
                <Field
                  label={t('tab.records.person.confirmName')}
                  required
                  {...fieldState(confirmErrors, 'confirmName')}
                >
                  <Input value={confirm} onChange={(_, d) => setConfirm(d.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary">
                  {t('tab.records.person.eraseConfirm')}
                </Button>
                <Button onClick={closeDialog}>{t('tab.records.person.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
