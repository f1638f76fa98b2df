import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2, display: 'block' },
});

/** The empty state: says plainly that there is nothing (yet) and, where it helps, what brings something. */
export function EmptyView({ children }: { children: string }) {
  return <Text className={useStyles().empty}>{children}</Text>;
}
