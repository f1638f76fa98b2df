import {
  Badge,
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
import { useState } from 'react';
import type { ContractPhaseDto, NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { bodyLabel } from '../app/labels';
import { useText } from '../app/tab-context';
import { useCommand } from '../app/use-command';
import { ContractFields } from './contract-fields';
import { ContractPhaseForm } from './contract-phase-form';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * One contract phase: the current version with who signed it and when, what is missing, and for those allowed
 * an in-place editor and a sign button. Earlier versions stay readable.
 */
export function ContractPhasePanel({
  networkId,
  phase,
  idea,
  onView,
}: {
  networkId: string;
  phase: ContractPhaseDto;
  /** What the idea already says: phase 1 restates it, so its first version starts from it. */
  idea: Pick<NetworkViewDto, 'purpose' | 'background'>;
  onView: (v: NetworkViewDto) => void;
}) {
  const styles = useStyles();
  const { t, date, dateTime, locale } = useText();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [meetingDate, setMeetingDate] = useState('');
  const sign = useCommand(networkId, onView);
  const [current, ...earlier] = phase.versions;
  const headingId = `contract-phase-${phase.phase}`;
  // Each party acknowledges by its own rule (a forum may need several members, or its meeting): the server says.
  // Phase 1 restates the idea: until it is filled in, the form starts from the idea's purpose and background,
  // as the card's form does (shared/src/cards/views/contract-form.view.ts).
  const known: Record<string, string> =
    phase.phase === 1 && !current ? { purpose: idea.purpose, background: idea.background } : {};
  const missing = current ? current.parties.filter((p) => !p.acknowledged).map((p) => p.body) : phase.requiredSigners;
  return (
    <Card aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} weight="semibold" size={400}>
          {t('tab.contract.phase', { phase: phase.phase })} – {t(`tab.contract.phase${phase.phase}`)}
        </Text>
        {current && (
          <Badge appearance="outline" color={current.locked ? 'success' : 'warning'}>
            {current.locked ? t('tab.contract.locked') : t('tab.contract.draft')}
          </Badge>
        )}
        {current && <Text className={styles.muted}>{t('tab.contract.version', { version: current.version })}</Text>}
      </div>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {editing ? (
        <ContractPhaseForm
          networkId={networkId}
          phase={phase.phase}
          initial={current?.fields ?? known}
          locked={Boolean(current?.locked)}
          onView={(v) => {
            onView(v);
            setEditing(false);
            setNotice(t('tab.contract.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : current ? (
        <ContractFields phase={phase.phase} fields={current.fields} />
      ) : (
        <Text className={styles.muted}>{t('tab.contract.notFilled')}</Text>
      )}
      {current && (
        <div>
          <Text className={styles.muted}>
            {t('tab.contract.editedBy', { who: current.editedBy, when: dateTime(current.editedAt) })}
          </Text>
          <ul className={styles.list} aria-label={t('tab.contract.signatures')}>
            {current.signatures.map((s) => (
              <li key={`${s.as}-${s.at}`}>
                {t('tab.contract.signedBy', { who: s.by, as: bodyLabel(s.as, locale), when: dateTime(s.at) })}
                {s.meetingDate ? ` · ${t('tab.contract.meetingDate', { date: date(s.meetingDate) })}` : ''}
              </li>
            ))}
            {current.byExtension && (
              <li>
                {t('closingRounds.contract.byExtension', {
                  who: current.byExtension.by,
                  when: dateTime(current.byExtension.at),
                })}
              </li>
            )}
            {!current.locked && missing.length > 0 && (
              <li>{t('tab.contract.needsSignature', { who: missing.map((b) => bodyLabel(b, locale)).join(', ') })}</li>
            )}
          </ul>
        </div>
      )}
      {sign.error && !(phase.signsForMeeting && sign.error.code === 'DECISION.MEETING_DATE') && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{sign.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {!editing && phase.canSign && phase.signsForMeeting && (
        // The body decided in its meeting: its secretary records the acknowledgement with the meeting's date.
        <Field
          label={t('field.meetingDate')}
          required
          validationState={sign.error?.code === 'DECISION.MEETING_DATE' ? 'error' : 'none'}
          validationMessage={sign.error?.code === 'DECISION.MEETING_DATE' ? sign.error.message : undefined}
        >
          <Input type="date" value={meetingDate} onChange={(_e, d) => setMeetingDate(d.value)} />
        </Field>
      )}
      {!editing && (phase.canEdit || phase.canSign) && (
        <div className={styles.actions}>
          {phase.canEdit && (
            <Button onClick={() => (setNotice(null), setEditing(true))}>
              {current
                ? t('tab.contract.edit', { phase: phase.phase })
                : t('tab.contract.fill', { phase: phase.phase })}
            </Button>
          )}
          {phase.canSign && (
            <Button
              appearance="primary"
              disabled={sign.busy}
              onClick={async () => {
                setNotice(null);
                const dated = phase.signsForMeeting && meetingDate ? { meetingDate } : {};
                if (await sign.run({ type: 'signContractPhase', phase: phase.phase, ...dated }))
                  setNotice(t('tab.contract.signed', { phase: phase.phase }));
              }}
            >
              {t('tab.contract.sign', { phase: phase.phase })}
            </Button>
          )}
        </div>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t('tab.contract.earlier', { count: earlier.length })}</summary>
          {earlier.map((v) => (
            <section key={v.version} aria-label={t('tab.contract.version', { version: v.version })}>
              <Text as="h4" weight="semibold">
                {t('tab.contract.version', { version: v.version })} ·{' '}
                {v.signatures.map((s) => `${s.by} (${dateTime(s.at)})`).join(', ') || t('tab.contract.unsigned')}
              </Text>
              <ContractFields phase={phase.phase} fields={v.fields} />
            </section>
          ))}
        </details>
      )}
    </Card>
  );
}
