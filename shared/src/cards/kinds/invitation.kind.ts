import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { esc } from '../views/common';

import type { KindSpec } from './kind-spec';

/** A colleague invited to take part (or be a guest) accepts or declines. */
export const invitationKind: KindSpec = {
  title: 'card.invitation.title',
  command: 'respondToInvitation',
  ask: (n, c) => {
    const p = n.participants.find((x) => x.id === c.participantId);
    const role = t(c.locale, p?.role === 'guest' ? 'role.guest' : 'role.participant').toLowerCase();
    const guest = p?.guestUntil
      ? `\n\n${t(c.locale, 'card.invitation.guestUntil', { date: formatDate(p.guestUntil, c.locale) })}`
      : '';
    return `${t(c.locale, 'card.invitation.body', { by: esc(p?.addedBy.by.name ?? ''), role })}${guest}`;
  },
  actions: (n, c) => [
    {
      title: t(c.locale, 'action.accept'),
      verb: Verbs.respondToInvitation,
      data: { participantId: c.participantId, accept: true },
      style: 'positive',
    },
    {
      title: t(c.locale, 'action.decline'),
      verb: Verbs.respondToInvitation,
      data: { participantId: c.participantId, accept: false },
    },
  ],
  done: (n, c) => {
    const p = n.participants.find((x) => x.id === c.participantId);
    if (!p || p.status === 'invited') return null;
    return {
      text: t(c.locale, p.status === 'accepted' ? 'card.invitation.accepted' : 'card.invitation.declined'),
      tone: p.status === 'accepted' ? 'good' : 'default',
    };
  },
};
