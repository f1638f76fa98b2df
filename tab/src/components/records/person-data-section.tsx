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
import type { PersonSearchDto } from '@netvaerk/shared/api/records-api-types';
import { useTab, useText } from '../../app/tab-context';
import { useDownload } from '../../app/use-download';
import { type ActionResult, ActionResultBar } from './action-result';

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
  const { t } = useText();
  const download = useDownload();
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<Person[] | null>(null);
  const [erasing, setErasing] = useState<Person | null>(null);
  const [confirm, setConfirm] = useState('');
  const [result, setResult] = useState<ActionResult>(null);
  const fail = (error: unknown) =>
    setResult({ intent: 'error', text: error instanceof Error ? error.message : String(error) });

  const search = async () => {
    setResult(null);
    try {
      setPeople((await api.get(`/api/records/people?q=${encodeURIComponent(query)}`, personSearchContract)).people);
    } catch (error) {
      fail(error);
    }
  };
  const data = (p: Person, format: 'json' | 'pdf') =>
    download(`/api/records/people/${encodeURIComponent(p.key)}/data${format === 'pdf' ? '?format=pdf' : ''}`, {
      fallbackName: `persondata.${format}`,
    }).then(() => onChanged(), fail);
  const erase = async (p: Person) => {
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
      setErasing(null);
      setConfirm('');
      setPeople((list) => list?.filter((x) => x.key !== p.key) ?? null);
      onChanged();
    } catch (error) {
      setErasing(null);
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
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <Field label={t('tab.records.person.search')}>
          <Input value={query} onChange={(_, d) => setQuery(d.value)} minLength={2} required />
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
      <Dialog open={erasing !== null} onOpenChange={(_, d) => !d.open && setErasing(null)}>
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (erasing) void erase(erasing);
            }}
          >
            <DialogBody>
              <DialogTitle>{t('tab.records.person.eraseTitle', { name: erasing?.name ?? '' })}</DialogTitle>
              <DialogContent>
                <Text block>{t('tab.records.person.eraseBody')}</Text>
                <Field label={t('tab.records.person.confirmName')} required>
                  <Input value={confirm} onChange={(_, d) => setConfirm(d.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={confirm.trim() !== erasing?.name}>
                  {t('tab.records.person.eraseConfirm')}
                </Button>
                <Button onClick={() => setErasing(null)}>{t('tab.records.person.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
