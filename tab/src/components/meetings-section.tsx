import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';
import { EmptyView } from './empty-view';
import { MeetingCard } from './meeting-card';
import { ReflectionChart } from './reflection-chart';

const useStyles = makeStyles({ list: { display: 'grid', gap: tokens.spacingVerticalM } });

/** The meetings with their reflections, newest first, and the trend across them. */
export function MeetingsSection({ meetings }: { meetings: MeetingDto[] }) {
  const styles = useStyles();
  const { t } = useText();
  if (meetings.length === 0) return <EmptyView>{t('tab.meetings.none')}</EmptyView>;
  return (
    <div className={styles.list}>
      <ReflectionChart meetings={meetings} />
      {[...meetings].reverse().map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
    </div>
  );
}
