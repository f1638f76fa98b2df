import { z } from 'zod';
import { type DomainError, domainError } from './errors';
import { fieldProblemOf } from './field-problems';
import { forumConfigErrors } from './body-decision';
import {
  DECISION_RULES,
  defaultForumConfig,
  emptyOrgConfig,
  FORUMS,
  type ForumConfig,
  type OrgConfig,
  type PersonRef,
  personKey,
} from './types';

const quorum = z.coerce.number().int('wholeNumber').min(1).max(20);
const deadlineDays = z.coerce.number().int('wholeNumber').min(1).max(90);
const rule = z.enum(DECISION_RULES);

/**
 * Builds the organisation's configuration from the admin form: people are chosen by person key among those the
 * app knows (so a form can't invent identities), channels by conversation id among the known ones.
 */
export function parseConfigForm(
  values: Record<string, string>,
  knownPeople: PersonRef[],
  knownChannelIds: string[],
): OrgConfig | DomainError {
  const byKey = new Map(knownPeople.map((p) => [personKey(p), p]));
  const errors: Record<string, string> = {};
  const people = (field: string): PersonRef[] =>
    (values[field] ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean)
      .flatMap((k) => {
        const p = byKey.get(k);
        if (!p) errors[field] = 'unknownPerson';
        return p ? [p] : [];
      });
  const channel = (field: string): string | undefined => {
    const id = values[field]?.trim();
    if (!id) return undefined;
    if (!knownChannelIds.includes(id)) errors[field] = 'unknownChannel';
    return id;
  };
  const director = people('director')[0] ?? null;
  const forums = Object.fromEntries(
    FORUMS.map((forum) => {
      const defaults = defaultForumConfig(forum);
      const q = quorum.safeParse(values[`${forum}.quorum`] || '1');
      if (!q.success) errors[`${forum}.quorum`] = q.error.issues[0] ? fieldProblemOf(q.error.issues[0]) : 'invalid';
      const r = rule.safeParse(values[`${forum}.rule`] || defaults.rule);
      if (!r.success) errors[`${forum}.rule`] = 'invalid';
      const d = deadlineDays.safeParse(values[`${forum}.deadlineDays`] || String(defaults.deadlineDays));
      if (!d.success)
        errors[`${forum}.deadlineDays`] = d.error.issues[0] ? fieldProblemOf(d.error.issues[0]) : 'invalid';
      const config: ForumConfig = {
        members: people(`${forum}.members`),
        quorum: q.success ? q.data : 1,
        rule: r.success ? r.data : defaults.rule,
        secretaries: people(`${forum}.secretaries`),
        deadlineDays: d.success ? d.data : defaults.deadlineDays,
      };
      return [forum, config];
    }),
  ) as OrgConfig['forums'];
  // The forums' rules hold together: a quorum the forum can reach, a secretary for a meeting rule.
  for (const [field, problem] of Object.entries(forumConfigErrors({ ...emptyOrgConfig(), forums })))
    errors[field] ??= problem;
  const channels: OrgConfig['channels'] = {};
  for (const key of [...FORUMS, 'announcements'] as const) {
    const id = channel(`${key}.channel`);
    if (id) channels[key] = id;
  }
  if (Object.keys(errors).length > 0)
    return domainError('INPUT.INVALID', { fields: Object.keys(errors).join(', '), command: 'config' }, errors);
  return { director, consultants: people('consultants'), forums, channels };
}
