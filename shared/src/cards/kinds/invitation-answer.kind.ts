import { t } from '../../i18n/messages';
import { esc } from '../views/common';
import type { KindSpec } from './kind-spec';

/** The leader learns how a colleague answered the invitation. */
export const invitationAnswerKind: KindSpec = {
  title: 'card.invitationAnswer.title',
  done: (n, c) => {
    const p = n.participants.find((x) => x.id === c.participantId);
    if (!p || p.kind !== 'internal' || p.status === 'invited') return null;
    return {
      text: t(c.locale, p.status === 'accepted' ? 'card.invitationAnswer.accepted' : 'card.invitationAnswer.declined', {
        who: esc(p.person.name),
      }),
    };
  },
};
