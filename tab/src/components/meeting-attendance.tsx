import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AttendanceDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Who of the network was in the meeting (Teams' join and leave events), and who was not. */
export function MeetingAttendance({ attendance, headingId }: { attendance: AttendanceDto | null; headingId: string }) {
  const styles = useStyles();
  const { t, dateTime } = useText();
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold">
        {t('tab.attendance.title')}
      </Text>
      {!attendance ? (
        <Text className={styles.muted}>{t('tab.attendance.unknown')}</Text>
      ) : (
        <>
          <Text>{t('tab.attendance.present', { count: attendance.present.length })}</Text>
          <ul className={styles.list}>
            {attendance.present.map((p) => (
              <li key={p.name}>
                {p.name}
                {p.leftAt ? ` (${t('tab.attendance.left', { time: dateTime(p.leftAt) })})` : ''}
              </li>
            ))}
          </ul>
          {attendance.absent.length > 0 && (
            <Text className={styles.muted}>
              {t('tab.attendance.absent', { count: attendance.absent.length })}: {attendance.absent.join(', ')}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
