import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';

import type { KindSpec } from './kind-spec';

/** "Du er netværksleder": the new leader's next steps, the contract's phase 2 and inviting participants. */
export const leaderAppointedKind: KindSpec = {
  title: 'card.leaderAppointed.title',
  ask: (_n, c) => t(c.locale, 'card.leaderAppointed.next'),
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.fillContract', { phase: 2 }),
      verb: Verbs.showContractForm,
      data: { phase: 2 },
    },
    { title: t(c.locale, 'action.invite'), verb: Verbs.showParticipantsForm, data: {} },
  ],
};
