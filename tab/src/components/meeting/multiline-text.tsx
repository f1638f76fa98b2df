import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** A text the leader wrote, with its line breaks; the empty text says so. */
export function MultilineText({ text, empty, size }: { text: string; empty?: string; size?: 300 | 400 | 600 }) {
  const styles = useStyles();
  if (!text) return empty ? <Text className={styles.muted}>{empty}</Text> : null;
  return (
    <Text className={styles.text} size={size}>
      {text}
    </Text>
  );
}
