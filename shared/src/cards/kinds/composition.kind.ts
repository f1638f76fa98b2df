import { acceptedParticipants } from '../../domain/members';
import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { esc } from '../views/common';
import type { KindSpec } from './kind-spec';

/** The heads' forum is told who takes part, guests with the date their guest role ends. */
export const compositionKind: KindSpec = {
  title: 'card.composition.title',
  facts: (n, c) =>
    acceptedParticipants(n).map((p) => ({
      title: esc(p.kind === 'internal' ? p.person.name : `${p.name} (${p.organisation})`),
      value:
        t(c.locale, p.role === 'guest' ? 'role.guest' : 'role.participant') +
        (p.guestUntil ? ` – ${formatDate(p.guestUntil, c.locale)}` : ''),
    })),
};
