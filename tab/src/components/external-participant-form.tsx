import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { useCommand } from '../app/use-command';
import { RoleFields } from './role-fields';

const useStyles = makeStyles({ form: { display: 'grid', gap: tokens.spacingVerticalM } });

const EMPTY = { name: '', organisation: '', email: '' };

/** Adds someone from outside the organisation (name, organisation, e-mail); they take part outside Teams. */
export function ExternalParticipantForm({
  view,
  onDone,
}: {
  view: NetworkViewDto;
  onDone: (v: NetworkViewDto, name: string) => void;
}) {
  const styles = useStyles();
  const { t } = useText();
  const [values, setValues] = useState(EMPTY);
  const [role, setRole] = useState<'participant' | 'guest'>('participant');
  const [guestUntil, setGuestUntil] = useState('');
  const command = useCommand(view.id);
  const errors = command.error?.fieldErrors ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await command.run({
      type: 'addExternalParticipant',
      ...values,
      role,
      ...(role === 'guest' ? { guestUntil } : {}),
    });
    if (updated) {
      onDone(updated, values.name);
      setValues(EMPTY);
    }
  };
  const field = (name: keyof typeof EMPTY, label: 'field.externalName' | 'field.organisation' | 'field.email') => (
    <Field label={t(label)} required validationState={errors[name] ? 'error' : 'none'} validationMessage={errors[name]}>
      <Input
        type={name === 'email' ? 'email' : 'text'}
        value={values[name]}
        onChange={(_e, d) => setValues((v) => ({ ...v, [name]: d.value }))}
      />
    </Field>
  );
  return (
    <Card>
      <form className={styles.form} noValidate onSubmit={submit} aria-labelledby="external-title">
        <Text as="h3" id="external-title" weight="semibold">
          {t('tab.participants.externalTitle')}
        </Text>
        {field('name', 'field.externalName')}
        {field('organisation', 'field.organisation')}
        {field('email', 'field.email')}
        <RoleFields role={role} guestUntil={guestUntil} onRole={setRole} onGuestUntil={setGuestUntil} errors={errors} />
        {command.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{command.error.message}</MessageBarBody>
          </MessageBar>
        )}
        <Button type="submit" appearance="primary" disabled={command.busy}>
          {t('tab.participants.add')}
        </Button>
      </form>
    </Card>
  );
}
