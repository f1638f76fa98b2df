import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { type StageShow, stagePath } from '../../app/routes';
import { useTab, useText } from '../../app/tab-context';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The leader puts a page on the meeting's shared stage: the goal and ground rules, or the live reflection
 * (with its comments only if she chooses, and never for an anonymous meeting).
 */
export function StageControls({
  networkId,
  meetingId,
  anonymous,
  keys,
}: {
  networkId: string;
  meetingId: string;
  anonymous: boolean;
  /** The keys that let everyone in the meeting read what is shared (from the panel, for the leader). */
  keys: { plain: string; withComments: string };
}) {
  const styles = useStyles();
  const { host } = useTab();
  const { t } = useText();
  const [comments, setComments] = useState(false);
  const [result, setResult] = useState<'shared' | 'failed' | null>(null);
  const share = host.shareToStage;
  if (!share) return null;
  const put = async (show: StageShow) => {
    setResult(null);
    const withComments = show === 'reflection' && comments && !anonymous;
    const path = stagePath(networkId, meetingId, show, withComments, withComments ? keys.withComments : keys.plain);
    try {
      await share(new URL(path, window.location.origin).href);
      setResult('shared');
    } catch {
      setResult('failed');
    }
  };
  return (
    <div className={styles.box}>
      <Button onClick={() => void put('rules')}>{t('tab.panel.stageRules')}</Button>
      <Button onClick={() => void put('reflection')}>{t('tab.panel.stageReflection')}</Button>
      {anonymous ? (
        <Text className={styles.muted}>{t('tab.panel.stageAnonymous')}</Text>
      ) : (
        <Checkbox
          checked={comments}
          onChange={(_e, d) => setComments(Boolean(d.checked))}
          label={t('tab.panel.stageComments')}
        />
      )}
      {result && (
        <MessageBar intent={result === 'shared' ? 'success' : 'error'} role={result === 'failed' ? 'alert' : 'status'}>
          <MessageBarBody>{t(result === 'shared' ? 'tab.panel.stageShared' : 'tab.panel.stageFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
