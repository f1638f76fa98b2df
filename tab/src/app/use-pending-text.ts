import type { PendingDto } from '@netvaerk/shared/api/api-types';
import { bodyLabel } from './labels';
import { useText } from './tab-context';

/** One pending step: what, waiting for whom (body and names), since when. */
export function usePendingText() {
  const { t, date, locale } = useText();
  return (p: PendingDto) => {
    const what = t(`tab.pending.${p.kind}`, { phase: p.contractPhase ?? '', subject: p.subject ?? '' });
    const bodies = p.waitingFor.map((b) => bodyLabel(b, locale)).join(', ');
    const names = p.waitingForNames.length ? ` (${p.waitingForNames.join(', ')})` : '';
    const since = p.since ? `, ${t('tab.pending.since', { date: date(p.since) })}` : '';
    const due = p.dueOn
      ? ` · ${t(p.dueOn < new Date().toISOString() ? 'tab.pending.overdue' : 'tab.pending.dueOn', { date: date(p.dueOn) })}`
      : '';
    return `${what}: ${t('tab.pending.waitingFor', { who: `${bodies}${names}` })}${since}${due}`;
  };
}
