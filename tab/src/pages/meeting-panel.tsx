import { meetingPanelContract } from '@netvaerk/shared/api/meeting-schemas';
import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { networkPath } from '../app/routes';
import { useTab, useText } from '../app/tab-context';
import { panelApiPath, usePanelCommand } from '../app/use-panel-command';
import { usePolled } from '../app/use-polled';
import { AppLink } from '../components/app-link';
import { ErrorView } from '../components/error-view';
import { LoadingView } from '../components/loading-view';
import { MeetingNote } from '../components/meeting/meeting-note';
import { MultilineText } from '../components/meeting/multiline-text';
import { PanelCharter, PanelCriteria } from '../components/meeting/panel-charter';
import { PanelReflection } from '../components/meeting/panel-reflection';
import { PanelSection } from '../components/meeting/panel-section';
import { StageControls } from '../components/meeting/stage-controls';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM, maxWidth: '320px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** How often the panel looks for new answers: the count matters less here than on the stage. */
const PANEL_POLL_MS = 5000;

/**
 * The meeting's side panel (320 px), for the leader and the participants: today's agenda, the reflection, what
 * the network works by and what the last meeting decided. Only the leader edits; everyone may answer.
 */
export function MeetingPanel({ id, meetingId }: { id: string; meetingId: string }) {
  const styles = useStyles();
  const { t, dateTime } = useText();
  const { host } = useTab();
  const { loaded, replace } = usePolled(panelApiPath(id, meetingId), meetingPanelContract, PANEL_POLL_MS);
  const notes = usePanelCommand(id, meetingId, replace);
  if (loaded.state === 'loading') return <LoadingView />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} />;
  const panel = loaded.data;
  const m = panel.meeting;
  const saveNote = (field: 'agenda' | 'decisions') => (text: string) =>
    notes.run({ type: 'writeMeetingNotes', [field]: text });
  const noteError = (field: string) => notes.error?.fieldErrors[field] ?? notes.error?.message ?? null;
  return (
    <article className={styles.page} aria-label={t('tab.panel.label', { title: m.title })}>
      <header>
        <Title3 as="h1">{panel.network.name}</Title3>
        <Text block className={styles.muted}>
          {t('tab.panel.meeting', { title: m.title })}
        </Text>
      </header>
      <PanelSection id="panel-agenda" title={t('tab.panel.agenda')}>
        <MeetingNote
          labelledBy="panel-agenda"
          text={m.agenda}
          empty="tab.panel.agendaNone"
          editable={panel.canLead}
          busy={notes.busy}
          error={noteError('agenda')}
          save={saveNote('agenda')}
        />
      </PanelSection>
      <PanelSection id="panel-reflection" title={t('tab.panel.reflection')}>
        <PanelReflection panel={panel} onPanel={replace} />
      </PanelSection>
      {panel.stageKeys && host.shareToStage && (
        <PanelSection id="panel-stage" title={t('tab.panel.stage')}>
          <StageControls networkId={id} meetingId={meetingId} anonymous={m.anonymous} keys={panel.stageKeys} />
        </PanelSection>
      )}
      <PanelSection id="panel-charter" title={t('tab.panel.charter')}>
        <PanelCharter charter={panel.charter} />
      </PanelSection>
      {panel.successCriteria && (
        <PanelSection id="panel-criteria" title={t('tab.panel.criteria')}>
          <PanelCriteria criteria={panel.successCriteria} />
        </PanelSection>
      )}
      {panel.previous && (
        <PanelSection id="panel-previous" title={t('tab.panel.previous', { title: panel.previous.title })}>
          {panel.previous.endedAt && <Text className={styles.muted}>{dateTime(panel.previous.endedAt)}</Text>}
          <MultilineText text={panel.previous.decisions} />
        </PanelSection>
      )}
      <PanelSection id="panel-decisions" title={t('tab.panel.decisions')}>
        <MeetingNote
          labelledBy="panel-decisions"
          text={m.decisions}
          empty="tab.panel.decisionsNone"
          editable={panel.canLead}
          busy={notes.busy}
          error={noteError('decisions')}
          save={saveNote('decisions')}
        />
      </PanelSection>
      <AppLink href={networkPath(id)}>{t('tab.compact.open')}</AppLink>
    </article>
  );
}
