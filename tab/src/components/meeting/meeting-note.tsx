import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { MessageKey } from '@netvaerk/shared/i18n/messages';
import { useText } from '../../app/tab-context';
import { MultilineText } from './multiline-text';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * A note kept with the meeting (the agenda, the decisions): the leader edits it in place, everyone else reads
 * it. `save` resolves true once stored; on a refusal the text stays as typed.
 */
export function MeetingNote({
  labelledBy,
  text,
  empty,
  editable,
  busy,
  error,
  save,
}: {
  /** The section heading that names the text box (no second label under the same heading). */
  labelledBy: string;
  text: string;
  empty: MessageKey;
  editable: boolean;
  busy: boolean;
  error: string | null;
  save: (text: string) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { t } = useText();
  const [draft, setDraft] = useState(text);
  const [saved, setSaved] = useState(false);
  if (!editable) return <MultilineText text={text} empty={t(empty)} />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(await save(draft.trim()));
  };
  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <Field validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
        <Textarea
          aria-labelledby={labelledBy}
          value={draft}
          onChange={(_e, d) => {
            setDraft(d.value);
            setSaved(false);
          }}
          resize="vertical"
          rows={4}
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" disabled={busy || draft.trim() === text}>
          {t('tab.panel.save')}
        </Button>
        {saved && !error && (
          <MessageBar intent="success">
            <MessageBarBody>{t('tab.panel.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
