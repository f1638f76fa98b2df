import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';

import type { KindSpec } from './kind-spec';

/** The end date is near: the leader starts the closing reflection (DESIGN.md §6). */
export const endReminderKind: KindSpec = {
  title: 'closing.endReminder.title',
  command: 'startClosingReflection',
  ask: (n, c) =>
    t(c.locale, 'closing.endReminder.body', { date: n.period ? formatDate(n.period.endDate, c.locale) : '' }),
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.start'),
      verb: Verbs.startClosingReflection,
      data: {},
      style: 'positive',
    },
  ],
};
