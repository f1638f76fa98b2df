import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { CONTRACT_FIELDS, toCommandFields, toFormValue } from '@netvaerk/shared/contract/contract-fields';
import { useText } from '../app/tab-context';
import { useCommand } from '../app/use-command';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Edits a contract phase in place; the server's messages appear at the fields they are about. */
export function ContractPhaseForm({
  networkId,
  phase,
  initial,
  locked,
  onView,
  onCancel,
}: {
  networkId: string;
  phase: 1 | 2 | 3;
  initial: Record<string, string | string[]>;
  locked: boolean;
  onView: (v: NetworkViewDto) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { t } = useText();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(CONTRACT_FIELDS[phase].map((f) => [f.name, toFormValue(initial[f.name])])),
  );
  const command = useCommand(networkId, onView);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await command.run({ type: `fillContractPhase${phase}`, fields: toCommandFields(phase, values) });
  };
  const fieldErrors = command.error?.fieldErrors ?? {};
  return (
    <form className={styles.form} noValidate onSubmit={submit} aria-label={t('tab.contract.formLabel', { phase })}>
      {locked && (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.contract.editLocked')}</MessageBarBody>
        </MessageBar>
      )}
      {CONTRACT_FIELDS[phase].map((f) => {
        const error = fieldErrors[f.name];
        const set = (value: string) => setValues((v) => ({ ...v, [f.name]: value }));
        return (
          <Field
            key={f.name}
            label={t(f.label)}
            required={f.kind !== 'list'}
            validationState={error ? 'error' : 'none'}
            validationMessage={error}
          >
            {f.kind === 'long' || f.kind === 'list' ? (
              <Textarea value={values[f.name]} onChange={(_e, d) => set(d.value)} resize="vertical" rows={3} />
            ) : (
              <Input
                type={f.kind === 'date' ? 'date' : 'text'}
                value={values[f.name]}
                onChange={(_e, d) => set(d.value)}
              />
            )}
          </Field>
        );
      })}
      {command.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{command.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={command.busy}>
          {t('tab.contract.save')}
        </Button>
        <Button onClick={onCancel}>{t('tab.contract.cancel')}</Button>
      </div>
    </form>
  );
}
