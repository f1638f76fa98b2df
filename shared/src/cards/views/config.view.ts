import type { Locale } from '../../domain/errors';
import { DECISION_RULES, FORUMS, type OrgConfig, type PersonRef, personKey } from '../../domain/types';
import { t } from '../../i18n/messages';
import type { AppCardData, InputSpec, MessageSpec } from '../app.card';
import { Verbs } from '../verbs';
import { bodyName, esc } from './common';
import type { ConfigAuditEntry } from '../../domain/config-audit';
import { formatDateTime } from '../../i18n/locale';

export interface KnownChannel {
  conversationId: string;
  name: string;
}

/** The admin card: who is director, consultants and forum members, and which channel each forum uses. */
export function configView(
  config: OrgConfig,
  c: {
    locale: Locale;
    knownPeople: PersonRef[];
    knownChannels: KnownChannel[];
    notice?: MessageSpec;
    fieldErrors?: Record<string, string>;
    /** The recorded changes, oldest first: the newest few are shown with their values before and after. */
    changes?: ConfigAuditEntry[];
  },
): AppCardData {
  const { locale } = c;
  const people = c.knownPeople.map((p) => ({ title: p.name, value: personKey(p) }));
  const channels = c.knownChannels.map((ch) => ({ title: ch.name, value: ch.conversationId }));
  const keys = (list: PersonRef[]) => list.map(personKey).join(',');
  const inputs: InputSpec[] = [
    {
      kind: 'choice',
      id: 'director',
      label: t(locale, 'field.director'),
      value: config.director ? personKey(config.director) : '',
      choices: people,
    },
    {
      kind: 'choice',
      id: 'consultants',
      label: t(locale, 'field.consultants'),
      value: keys(config.consultants),
      choices: people,
      multiSelect: true,
    },
  ];
  for (const forum of FORUMS) {
    const name = bodyName(forum, locale);
    inputs.push(
      {
        kind: 'choice',
        id: `${forum}.members`,
        label: t(locale, 'field.forumMembers', { forum: name }),
        value: keys(config.forums[forum].members),
        choices: people,
        multiSelect: true,
      },
      {
        kind: 'text',
        id: `${forum}.quorum`,
        label: `${t(locale, 'field.forumQuorum')} (${name})`,
        value: String(config.forums[forum].quorum),
        maxLength: 2,
        ...(c.fieldErrors?.[`${forum}.quorum`] ? { error: c.fieldErrors[`${forum}.quorum`] } : {}),
      },
      {
        kind: 'choice',
        id: `${forum}.rule`,
        label: `${t(locale, 'field.forumRule')} (${name})`,
        value: config.forums[forum].rule,
        choices: DECISION_RULES.map((r) => ({ title: t(locale, `rule.${r}`), value: r })),
        ...(c.fieldErrors?.[`${forum}.rule`] ? { error: c.fieldErrors[`${forum}.rule`] } : {}),
      },
      {
        kind: 'choice',
        id: `${forum}.secretaries`,
        label: `${t(locale, 'field.forumSecretaries')} (${name})`,
        value: keys(config.forums[forum].secretaries),
        choices: people,
        multiSelect: true,
        ...(c.fieldErrors?.[`${forum}.secretaries`] ? { error: c.fieldErrors[`${forum}.secretaries`] } : {}),
      },
      {
        kind: 'text',
        id: `${forum}.deadlineDays`,
        label: `${t(locale, 'field.forumDeadlineDays')} (${name})`,
        value: String(config.forums[forum].deadlineDays),
        maxLength: 2,
        ...(c.fieldErrors?.[`${forum}.deadlineDays`] ? { error: c.fieldErrors[`${forum}.deadlineDays`] } : {}),
      },
      {
        kind: 'choice',
        id: `${forum}.channel`,
        label: t(locale, 'field.forumChannel', { forum: name }),
        value: config.channels[forum] ?? '',
        choices: channels,
      },
    );
  }
  inputs.push({
    kind: 'choice',
    id: 'announcements.channel',
    label: t(locale, 'field.announcementsChannel'),
    value: config.channels.announcements ?? '',
    choices: channels,
  });
  return {
    title: t(locale, 'card.config.title'),
    messages: [...(c.notice ? [c.notice] : []), { text: t(locale, 'card.config.intro') }],
    inputs,
    actions: [{ title: t(locale, 'action.saveConfig'), verb: Verbs.saveConfig, data: {}, style: 'positive' }],
    ...(c.changes?.length ? { facts: changeFacts(c.changes, locale) } : {}),
  };
}

/** The newest configuration changes, each value with what it was before (issue 13, point 8). */
function changeFacts(changes: ConfigAuditEntry[], locale: Locale): { title: string; value: string }[] {
  return changes
    .slice(-5)
    .reverse()
    .flatMap((entry) =>
      entry.changes.map((ch) => ({
        title: t(locale, 'closingRounds.config.change', {
          who: esc(entry.by.name),
          when: formatDateTime(entry.at, locale),
          field: esc(ch.field),
        }),
        value: t(locale, 'closingRounds.config.beforeAfter', {
          before: esc(ch.before || '–', 300),
          after: esc(ch.after || '–', 300),
        }),
      })),
    );
}
