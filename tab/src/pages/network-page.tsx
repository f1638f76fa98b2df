import { networkViewContract } from '@netvaerk/shared/api/network-schemas';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../app/use-api';
import { ClosingSection } from '../components/closing-section';
import { ContractSection } from '../components/contract-section';
import { ErrorView } from '../components/error-view';
import { HistorySection } from '../components/history-section';
import { LifecycleTimeline } from '../components/lifecycle-timeline';
import { LoadingView } from '../components/loading-view';
import { MeetingsSection } from '../components/meetings-section';
import { NetworkHeader } from '../components/network-header';
import { CaseRecordExportButton } from '../components/records/case-record-export-button';
import { ParticipantsSection } from '../components/participants-section';
import { PendingList } from '../components/pending-list';
import { type Section, SectionTabs } from '../components/section-tabs';

const useStyles = makeStyles({
  // minmax(0, 1fr): a wide child (a table, the tab list) must not widen the page beyond the viewport.
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  panel: { paddingTop: tokens.spacingVerticalM },
});

/** The network's own page in its channel: header, lifecycle, what waits, and the sections as tabs. */
export function NetworkPage({ id }: { id: string }) {
  const styles = useStyles();
  const { loaded, reload, replace } = useApi(`/api/networks/${encodeURIComponent(id)}`, networkViewContract);
  const [section, setSection] = useState<Section>('contract');
  if (loaded.state === 'loading') return <LoadingView />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} onRetry={reload} />;
  const view = loaded.data;
  return (
    <article className={styles.page}>
      <NetworkHeader view={view} />
      <CaseRecordExportButton networkId={view.id} name={view.name} />
      <LifecycleTimeline view={view} />
      <PendingList pending={view.pending} />
      <SectionTabs section={section} onSelect={setSection} />
      <div id={`panel-${section}`} role="tabpanel" aria-labelledby={`section-${section}`} className={styles.panel}>
        {section === 'contract' && <ContractSection view={view} onView={replace} />}
        {section === 'participants' && <ParticipantsSection view={view} onView={replace} />}
        {section === 'meetings' && <MeetingsSection meetings={view.meetings} />}
        {section === 'closing' && <ClosingSection view={view} />}
        {section === 'history' && <HistorySection view={view} />}
      </div>
    </article>
  );
}
