import { Text, tokens } from '@fluentui/react-components';
import { useText } from '../app/tab-context';

/** Days to the end date; past it, said plainly and marked. */
export function DaysLeft({ days }: { days: number }) {
  const { t } = useText();
  if (days >= 0) return <Text>{t('tab.network.daysLeft', { days })}</Text>;
  return (
    <Text style={{ color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold }}>
      {t('tab.network.overdue', { days: -days })}
    </Text>
  );
}
