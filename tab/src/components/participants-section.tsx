import { TableScroll } from './table-scroll';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { useCommand } from '../app/use-command';
import { EmptyView } from './empty-view';
import { ExternalParticipantForm } from './external-participant-form';
import { InviteParticipantForm } from './invite-participant-form';

const useStyles = makeStyles({
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  forms: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** Who is in the network: role, internal/external, guest period and whether they accepted; managed by the leader. */
export function ParticipantsSection({ view, onView }: { view: NetworkViewDto; onView: (v: NetworkViewDto) => void }) {
  const styles = useStyles();
  const { t, date } = useText();
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useCommand(view.id, onView);
  const done = (text: string) => (v: NetworkViewDto) => {
    onView(v);
    setNotice(text);
  };
  return (
    <div className={styles.section}>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {remove.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{remove.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {view.participants.length === 0 ? (
        <EmptyView>{t('tab.participants.none')}</EmptyView>
      ) : (
        <TableScroll label={t('tab.section.participants')}>
          <Table aria-label={t('tab.section.participants')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('tab.participants.name')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.participants.role')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.participants.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.participants.status')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.participants.guestUntil')}</TableHeaderCell>
                {view.canManageParticipants && <TableHeaderCell>{t('tab.participants.actions')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.participants.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>{t(p.role === 'guest' ? 'role.guest' : 'role.participant')}</TableCell>
                  <TableCell>
                    {p.kind === 'internal'
                      ? t('tab.participants.internal')
                      : t('tab.participants.external', { organisation: p.organisation ?? '' })}
                  </TableCell>
                  <TableCell>
                    {t(`tab.status.${p.status}`)}
                    {p.respondedAt ? ` (${date(p.respondedAt)})` : ''}
                  </TableCell>
                  <TableCell>{p.guestUntil ? date(p.guestUntil) : '–'}</TableCell>
                  {view.canManageParticipants && (
                    <TableCell>
                      <Button
                        size="small"
                        disabled={remove.busy}
                        onClick={async () => {
                          setNotice(null);
                          if (await remove.run({ type: 'removeParticipant', participantId: p.id }))
                            setNotice(t('tab.participants.removed', { name: p.name }));
                        }}
                      >
                        {t('tab.participants.remove', { name: p.name })}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {view.canManageParticipants && (
        <div className={styles.forms}>
          <InviteParticipantForm view={view} onDone={(v, name) => done(t('tab.participants.invited', { name }))(v)} />
          <ExternalParticipantForm view={view} onDone={(v, name) => done(t('tab.participants.added', { name }))(v)} />
        </div>
      )}
    </div>
  );
}
