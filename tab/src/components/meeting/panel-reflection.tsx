import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { MeetingPanelDto } from '@netvaerk/shared/api/meeting-api-types';
import { useText } from '../../app/tab-context';
import { usePanelCommand } from '../../app/use-panel-command';
import { ReflectionForm } from './reflection-form';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The reflection in the panel: the leader starts it while everyone is there; the count as it grows; and the
 * viewer's own answer, the same as on the card.
 */
export function PanelReflection({ panel, onPanel }: { panel: MeetingPanelDto; onPanel: (p: MeetingPanelDto) => void }) {
  const styles = useStyles();
  const { t, dateTime } = useText();
  const start = usePanelCommand(panel.network.id, panel.meeting.id, onPanel);
  const answer = usePanelCommand(panel.network.id, panel.meeting.id, onPanel);
  const close = usePanelCommand(panel.network.id, panel.meeting.id, onPanel);
  const m = panel.meeting;
  return (
    <div className={styles.box}>
      {m.status === 'scheduled' && panel.canLead && (
        <>
          <Button
            appearance="primary"
            disabled={start.busy}
            onClick={() => void start.run({ type: 'startReflection' })}
          >
            {t('tab.panel.startReflection')}
          </Button>
          <Text className={styles.muted}>{t('tab.panel.startHint')}</Text>
        </>
      )}
      {m.status === 'scheduled' && !panel.canLead && <Text className={styles.muted}>{t('tab.panel.notStarted')}</Text>}
      {start.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{start.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {m.status !== 'scheduled' && (
        <>
          <Text role="status" weight="semibold">
            {t('reflection.count', { answered: m.responses, expected: Math.max(m.expected, m.responses) })}
          </Text>
          <ProgressBar
            value={m.expected > 0 ? Math.min(1, m.responses / m.expected) : 0}
            aria-label={t('reflection.count', { answered: m.responses, expected: Math.max(m.expected, m.responses) })}
          />
          {m.reflectionStartedAt && (
            <Text className={styles.muted}>{t('tab.panel.startedAt', { time: dateTime(m.reflectionStartedAt) })}</Text>
          )}
          {m.anonymous && <Text className={styles.muted}>{t('reflection.anonymous')}</Text>}
        </>
      )}
      {m.status === 'reflectionClosed' && <Text>{t('tab.panel.closed')}</Text>}
      {panel.canClose && (
        <>
          <Button disabled={close.busy} onClick={() => void close.run({ type: 'closeReflection' })}>
            {t('tab.panel.closeReflection')}
          </Button>
          <Text className={styles.muted}>{t('tab.panel.closeHint')}</Text>
          {close.error && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{close.error.message}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {m.status === 'reflectionOpen' &&
        (panel.canAnswer ? (
          <ReflectionForm own={panel.ownAnswer} busy={answer.busy} error={answer.error} submit={answer.run} />
        ) : (
          <Text className={styles.muted}>{t('tab.panel.notAsked')}</Text>
        ))}
    </div>
  );
}
