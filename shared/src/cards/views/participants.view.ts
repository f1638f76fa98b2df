import { canIssue } from '../../domain/can-issue';
import type { Locale } from '../../domain/errors';
import type { Network } from '../../domain/network';
import { type Actor, type OrgConfig, type PersonRef, personKey } from '../../domain/types';
import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { ActionSpec, AppCardData, InputSpec, MessageSpec } from '../app.card';
import { Verbs } from '../verbs';
import { esc, networkHistory, subtitle } from './common';

/**
 * The leader's participants card: who is invited and who accepted, forms to invite a colleague or add an
 * external participant (guests with an end date), and the next steps once the team is set.
 */
export function participantsView(
  n: Network,
  c: {
    locale: Locale;
    viewer: Actor | null;
    config: OrgConfig;
    knownPeople: PersonRef[];
    values?: Record<string, string>;
    fieldErrors?: Record<string, string>;
    notice?: MessageSpec;
  },
): AppCardData {
  const { locale } = c;
  const v = c.values ?? {};
  const err = (id: string) => (c.fieldErrors?.[id] ? { error: c.fieldErrors[id] } : {});
  const can = (type: Parameters<typeof canIssue>[1]) => Boolean(c.viewer && canIssue(n, type, c.viewer, c.config));
  const already = new Set(
    n.participants.flatMap((p) => (p.kind === 'internal' && p.status !== 'declined' ? [personKey(p.person)] : [])),
  );
  const roles = [
    { title: t(locale, 'role.participant'), value: 'participant' },
    { title: t(locale, 'role.guest'), value: 'guest' },
  ];
  const inputs: InputSpec[] = [];
  const actions: ActionSpec[] = [];
  if (can('inviteParticipant')) {
    inputs.push(
      {
        kind: 'choice',
        id: 'person',
        label: t(locale, 'field.person'),
        value: v.person ?? '',
        choices: c.knownPeople
          .filter((p) => !already.has(personKey(p)))
          .map((p) => ({ title: p.name, value: personKey(p) })),
        ...err('person'),
      },
      {
        kind: 'choice',
        id: 'role',
        label: t(locale, 'field.role'),
        value: v.role ?? 'participant',
        choices: roles,
        ...err('role'),
      },
      {
        kind: 'date',
        id: 'guestUntil',
        label: t(locale, 'field.guestUntil'),
        value: v.guestUntil ?? '',
        ...err('guestUntil'),
      },
      {
        kind: 'text',
        id: 'extName',
        label: `${t(locale, 'action.addExternal')}: ${t(locale, 'field.externalName')}`,
        value: v.extName ?? '',
        ...err('name'),
      },
      {
        kind: 'text',
        id: 'extOrganisation',
        label: t(locale, 'field.organisation'),
        value: v.extOrganisation ?? '',
        ...err('organisation'),
      },
      { kind: 'text', id: 'extEmail', label: t(locale, 'field.email'), value: v.extEmail ?? '', ...err('email') },
      {
        kind: 'choice',
        id: 'extRole',
        label: t(locale, 'field.role'),
        value: v.extRole ?? 'participant',
        choices: roles,
      },
      { kind: 'date', id: 'extGuestUntil', label: t(locale, 'field.guestUntil'), value: v.extGuestUntil ?? '' },
    );
    actions.push(
      { title: t(locale, 'action.invite'), verb: Verbs.inviteParticipant, data: { networkId: n.id } },
      { title: t(locale, 'action.addExternal'), verb: Verbs.addExternalParticipant, data: { networkId: n.id } },
    );
  }
  if (can('informHeadsForumOfComposition')) {
    actions.push({
      title: t(locale, 'action.informComposition'),
      verb: Verbs.informHeadsForumOfComposition,
      data: { networkId: n.id },
      associatedInputs: 'none',
      style: 'positive',
    });
  }
  if (can('holdKickoff')) {
    inputs.push({
      kind: 'date',
      id: 'heldOn',
      label: t(locale, 'field.heldOn'),
      value: v.heldOn ?? '',
      ...err('heldOn'),
    });
    actions.push({
      title: t(locale, 'action.holdKickoff'),
      verb: Verbs.holdKickoff,
      data: { networkId: n.id },
      style: 'positive',
    });
  }
  if (can('fillContractPhase2'))
    actions.push({
      title: t(locale, 'action.fillContract', { phase: 2 }),
      verb: Verbs.showContractForm,
      data: { networkId: n.id, phase: 2 },
      associatedInputs: 'none',
    });
  if (can('fillContractPhase3'))
    actions.push({
      title: t(locale, 'action.fillContract', { phase: 3 }),
      verb: Verbs.showContractForm,
      data: { networkId: n.id, phase: 3 },
      associatedInputs: 'none',
    });
  const messages: MessageSpec[] = [...(c.notice ? [c.notice] : []), { text: t(locale, 'card.participants.ask') }];
  if (c.fieldErrors && Object.keys(c.fieldErrors).length)
    messages.push({ text: t(locale, 'card.form.fix'), tone: 'attention' });
  return {
    title: t(locale, 'card.participants.title', { name: esc(n.name, 200) }),
    subtitle: subtitle(n, locale),
    messages,
    facts: n.participants.map((p) => ({
      title: esc(p.kind === 'internal' ? p.person.name : `${p.name} (${p.organisation})`),
      value: `${t(locale, p.role === 'guest' ? 'role.guest' : 'role.participant')}, ${t(locale, `participant.status.${p.status}`)}${p.guestUntil ? ` – ${formatDate(p.guestUntil, locale)}` : ''}`,
    })),
    inputs,
    actions,
    history: networkHistory(n, locale),
    historyTitle: t(locale, 'history.title'),
  };
}
