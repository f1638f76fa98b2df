import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeetingDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { MeetingAttendance } from './meeting-attendance';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** One meeting's reflection: how many answered, the averages and comments when they may be shown. */
export function MeetingCard({ meeting }: { meeting: MeetingDto }) {
  const styles = useStyles();
  const { t, dateTime, number } = useText();
  const headingId = `meeting-${meeting.id}`;
  return (
    <Card aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} weight="semibold">
          {meeting.title}
        </Text>
        <Badge appearance="tint">{t(`tab.meetings.status.${meeting.status}`)}</Badge>
        {meeting.anonymous && <Badge appearance="outline">{t('tab.meetings.anonymous')}</Badge>}
        {meeting.endedAt && <Text className={styles.muted}>{dateTime(meeting.endedAt)}</Text>}
      </div>
      {meeting.reflectionStartedAt && <Text className={styles.muted}>{t('tab.meetings.startedInMeeting')}</Text>}
      {meeting.status !== 'scheduled' && (
        <Text>{t('tab.meetings.responses', { count: meeting.responses, eligible: meeting.eligible })}</Text>
      )}
      {meeting.withheld && <Text className={styles.muted}>{t('tab.meetings.withheld')}</Text>}
      {meeting.averages && (
        <Text>
          {t('tab.meetings.averages', {
            value: number(meeting.averages.value),
            workingWell: number(meeting.averages.workingWell),
          })}
          {meeting.changeFormVotes ? ` · ${t('tab.meetings.changeForm', { count: meeting.changeFormVotes })}` : ''}
        </Text>
      )}
      {meeting.status !== 'scheduled' && meeting.responses === 0 && (
        <Text className={styles.muted}>{t('tab.meetings.noAnswers')}</Text>
      )}
      {meeting.comments && meeting.comments.length > 0 && (
        <ul className={styles.list} aria-label={t('tab.meetings.comments')}>
          {meeting.comments.map((c, i) => (
            <li key={i}>
              <strong>{t(`tab.meetings.question.${c.question}`)}:</strong> {c.text}
              {c.by ? ` – ${c.by}` : ''}
            </li>
          ))}
        </ul>
      )}
      {(meeting.attendance || meeting.status !== 'scheduled') && (
        <MeetingAttendance attendance={meeting.attendance} headingId={`${headingId}-attendance`} />
      )}
    </Card>
  );
}
