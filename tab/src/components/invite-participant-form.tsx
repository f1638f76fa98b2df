import { peopleContract } from '@netvaerk/shared/api/people-schemas';
import {
  Button,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { useApi } from '../app/use-api';
import { useCommand } from '../app/use-command';
import { RoleFields } from './role-fields';

const useStyles = makeStyles({ form: { display: 'grid', gap: tokens.spacingVerticalM } });

/** Invites a colleague (an internal participant gets an invitation card in Teams and answers there). */
export function InviteParticipantForm({
  view,
  onDone,
}: {
  view: NetworkViewDto;
  onDone: (v: NetworkViewDto, name: string) => void;
}) {
  const styles = useStyles();
  const { t } = useText();
  const people = useApi('/api/people', peopleContract);
  const [personKey, setPersonKey] = useState('');
  const [role, setRole] = useState<'participant' | 'guest'>('participant');
  const [guestUntil, setGuestUntil] = useState('');
  const command = useCommand(view.id);
  const candidates =
    people.loaded.state === 'ready'
      ? people.loaded.data.people.filter(
          (p) => !view.participants.some((x) => x.kind === 'internal' && x.name === p.name && x.status !== 'declined'),
        )
      : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = candidates.find((p) => `${p.tenantId}/${p.objectId}` === personKey);
    if (!person) return;
    const updated = await command.run({
      type: 'inviteParticipant',
      person,
      role,
      ...(role === 'guest' ? { guestUntil } : {}),
    });
    if (updated) {
      setPersonKey('');
      onDone(updated, person.name);
    }
  };
  return (
    <Card>
      <form className={styles.form} noValidate onSubmit={submit} aria-labelledby="invite-title">
        <Text as="h3" id="invite-title" weight="semibold">
          {t('tab.participants.inviteTitle')}
        </Text>
        <Field label={t('tab.participants.person')} required>
          <Select value={personKey} onChange={(_e, d) => setPersonKey(d.value)}>
            <option value="">{t('tab.participants.pickPerson')}</option>
            {candidates.map((p) => (
              <option key={`${p.tenantId}/${p.objectId}`} value={`${p.tenantId}/${p.objectId}`}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <RoleFields
          role={role}
          guestUntil={guestUntil}
          onRole={setRole}
          onGuestUntil={setGuestUntil}
          errors={command.error?.fieldErrors ?? {}}
        />
        {command.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{command.error.message}</MessageBarBody>
          </MessageBar>
        )}
        <Button type="submit" appearance="primary" disabled={command.busy || !personKey}>
          {t('tab.participants.invite')}
        </Button>
      </form>
    </Card>
  );
}
