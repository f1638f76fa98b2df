import { ideaCreatedContract } from '@netvaerk/shared/api/network-schemas';
import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { NETWORK_TYPES, TRACKS } from '@netvaerk/shared/domain/types';
import type { IdeaCreatedDto } from '@netvaerk/shared/api/api-types';
import { ApiError } from '../app/api-client';
import { useTab, useText } from '../app/tab-context';
import { newIdempotencyKey } from '../app/use-command';

const useStyles = makeStyles({ form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '640px' } });

const EMPTY = { name: '', networkType: '', track: '', purpose: '', background: '', originatorGroup: '' };

/** "Foreslå et netværk": the same idea as the bot's card, through the same command. */
export function IdeaForm() {
  const styles = useStyles();
  const { api } = useTab();
  const { t } = useText();
  const [values, setValues] = useState(EMPTY);
  // One key per filled-in form: pressing Send twice proposes the idea once.
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<IdeaCreatedDto | null>(null);
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.post('/api/ideas', values, ideaCreatedContract, key);
      setSent(created);
      setValues(EMPTY);
      setKey(newIdempotencyKey());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT.ERROR', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldErrors ?? {};
  const text = (name: keyof typeof EMPTY, label: Parameters<typeof t>[0], long: boolean, required = true) => (
    <Field
      label={t(label)}
      required={required}
      validationState={errors[name] ? 'error' : 'none'}
      validationMessage={errors[name]}
    >
      {long ? (
        <Textarea value={values[name]} onChange={(_e, d) => set(name)(d.value)} resize="vertical" />
      ) : (
        <Input value={values[name]} onChange={(_e, d) => set(name)(d.value)} />
      )}
    </Field>
  );
  return (
    <Card>
      <form className={styles.form} noValidate onSubmit={submit} aria-labelledby="idea-title">
        <Text as="h2" id="idea-title" size={500} weight="semibold">
          {t('idea.title')}
        </Text>
        <Text>{t('idea.intro')}</Text>
        {sent && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {t('idea.received', { name: sent.name })} {sent.next}
            </MessageBarBody>
          </MessageBar>
        )}
        {text('name', 'field.name', false)}
        <Field
          label={t('field.type')}
          required
          validationState={errors.networkType ? 'error' : 'none'}
          validationMessage={errors.networkType}
        >
          <Select value={values.networkType} onChange={(_e, d) => set('networkType')(d.value)}>
            <option value="">{t('tab.idea.chooseType')}</option>
            {NETWORK_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        {values.networkType === 'innovation' && (
          <Field label={t('field.track')}>
            <Select value={values.track} onChange={(_e, d) => set('track')(d.value)}>
              <option value="">{t('track.unknown')}</option>
              {TRACKS.map((track) => (
                <option key={track} value={track}>
                  {t(`track.${track}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {text('purpose', 'field.purpose', true)}
        {text('background', 'field.background', true)}
        {text('originatorGroup', 'field.originatorGroup', false, false)}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error.message}</MessageBarBody>
          </MessageBar>
        )}
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('tab.idea.submit')}
        </Button>
      </form>
    </Card>
  );
}
