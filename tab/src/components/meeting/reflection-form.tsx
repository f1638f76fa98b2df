import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { OwnAnswerDto } from '@netvaerk/shared/api/meeting-api-types';
import { useText } from '../../app/tab-context';
import type { ApiError } from '../../app/api-client';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  scores: { display: 'flex', flexWrap: 'wrap', columnGap: 0 },
});

type Draft = {
  value: string;
  valueComment: string;
  workingWell: string;
  workingWellComment: string;
  changeForm: string;
  suggestion: string;
};

const draftOf = (a: OwnAnswerDto | null): Draft => ({
  value: a ? String(a.value) : '',
  valueComment: a?.valueComment ?? '',
  workingWell: a ? String(a.workingWell) : '',
  workingWellComment: a?.workingWellComment ?? '',
  changeForm: a ? String(a.changeForm) : '',
  suggestion: a?.suggestion ?? '',
});

/**
 * The reflection's three questions, as on the card, answered from the side panel: the same command, so a person
 * still has one answer (answering again replaces it). The server's messages appear at the fields.
 */
export function ReflectionForm({
  own,
  busy,
  error,
  submit,
}: {
  own: OwnAnswerDto | null;
  busy: boolean;
  error: ApiError | null;
  submit: (answer: Record<string, unknown>) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { t } = useText();
  const [draft, setDraft] = useState<Draft>(() => draftOf(own));
  const [saved, setSaved] = useState(false);
  const set = (name: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setSaved(false);
  };
  const fieldErrors = error?.fieldErrors ?? {};
  const problem = (name: string) =>
    fieldErrors[name] ? { validationState: 'error' as const, validationMessage: fieldErrors[name] } : {};
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(
      await submit({
        type: 'answerReflection',
        value: draft.value,
        valueComment: draft.valueComment,
        workingWell: draft.workingWell,
        workingWellComment: draft.workingWellComment,
        // Unanswered stays unanswered: the server then names the field, as for every other form.
        ...(draft.changeForm ? { changeForm: draft.changeForm === 'true' } : {}),
        suggestion: draft.suggestion,
      }),
    );
  };
  const score = (name: 'value' | 'workingWell', label: string) => (
    <Field label={label} required {...problem(name)}>
      <RadioGroup
        layout="horizontal"
        value={draft[name]}
        onChange={(_e, d) => set(name)(d.value)}
        className={styles.scores}
      >
        {['1', '2', '3', '4', '5'].map((n) => (
          <Radio key={n} value={n} label={n} />
        ))}
      </RadioGroup>
    </Field>
  );
  const comment = (name: keyof Draft, label: string) => (
    <Field label={label} {...problem(name)}>
      <Textarea value={draft[name]} onChange={(_e, d) => set(name)(d.value)} resize="vertical" rows={2} />
    </Field>
  );
  return (
    <form className={styles.form} noValidate onSubmit={onSubmit} aria-label={t('tab.panel.answer')}>
      {score('value', t('reflection.q.value'))}
      {comment('valueComment', t('reflection.q.valueComment'))}
      {score('workingWell', t('reflection.q.workingWell'))}
      {comment('workingWellComment', t('reflection.q.workingWellComment'))}
      <Field label={t('reflection.q.changeForm')} required {...problem('changeForm')}>
        <RadioGroup layout="horizontal" value={draft.changeForm} onChange={(_e, d) => set('changeForm')(d.value)}>
          <Radio value="true" label={t('reflection.yes')} />
          <Radio value="false" label={t('reflection.no')} />
        </RadioGroup>
      </Field>
      {comment('suggestion', t('reflection.q.suggestion'))}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {saved && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{t('tab.panel.answerSaved')}</MessageBarBody>
        </MessageBar>
      )}
      <Button type="submit" appearance="primary" disabled={busy}>
        {t('reflection.send')}
      </Button>
    </form>
  );
}
