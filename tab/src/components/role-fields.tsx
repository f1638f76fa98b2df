import { Field, Input, Select } from '@fluentui/react-components';
import { useText } from '../app/tab-context';

/** Role and, for a guest, the last day (guests are invited for a limited period). */
export function RoleFields({
  role,
  guestUntil,
  onRole,
  onGuestUntil,
  errors,
}: {
  role: 'participant' | 'guest';
  guestUntil: string;
  onRole: (role: 'participant' | 'guest') => void;
  onGuestUntil: (date: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useText();
  return (
    <>
      <Field label={t('field.role')}>
        <Select value={role} onChange={(_e, d) => onRole(d.value === 'guest' ? 'guest' : 'participant')}>
          <option value="participant">{t('role.participant')}</option>
          <option value="guest">{t('role.guest')}</option>
        </Select>
      </Field>
      {role === 'guest' && (
        <Field
          label={t('field.guestUntil')}
          required
          validationState={errors.guestUntil ? 'error' : 'none'}
          validationMessage={errors.guestUntil}
        >
          <Input type="date" value={guestUntil} onChange={(_e, d) => onGuestUntil(d.value)} />
        </Field>
      )}
    </>
  );
}
