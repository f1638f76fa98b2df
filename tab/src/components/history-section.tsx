import { TableScroll } from './table-scroll';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { eventName } from '@netvaerk/shared/i18n/event-names';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { DecisionsList } from './decisions-list';
import { EmptyView } from './empty-view';
import { FailedMessages } from './failed-messages';

const useStyles = makeStyles({
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
});

/** Decisions, undelivered messages (leader and director) and the audit trail: who did what, when, from where. */
export function HistorySection({ view }: { view: NetworkViewDto }) {
  const styles = useStyles();
  const { t, dateTime, locale } = useText();
  return (
    <div className={styles.section}>
      <DecisionsList decisions={view.decisions} />
      {view.failedMessages && view.failedMessages.length > 0 && <FailedMessages messages={view.failedMessages} />}
      <section aria-labelledby="audit-title">
        <Text as="h3" id="audit-title" weight="semibold" size={400}>
          {t('tab.section.history')}
        </Text>
        {view.history.length === 0 ? (
          <EmptyView>{t('tab.history.none')}</EmptyView>
        ) : (
          <TableScroll label={t('tab.section.history')}>
            <Table size="small" aria-labelledby="audit-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('tab.history.when')}</TableHeaderCell>
                  <TableHeaderCell>{t('tab.history.what')}</TableHeaderCell>
                  <TableHeaderCell>{t('tab.history.who')}</TableHeaderCell>
                  <TableHeaderCell>{t('tab.history.surface')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.history.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{dateTime(e.at)}</TableCell>
                    <TableCell>
                      {eventName(e.type, locale)}
                      {e.reason ? ` – ${t('tab.history.reason', { reason: e.reason })}` : ''}
                    </TableCell>
                    <TableCell>
                      {e.by ?? t(e.surface === 'system' ? 'tab.history.system' : 'tab.history.anonymous')}
                    </TableCell>
                    <TableCell>{t(`tab.surface.${e.surface}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
