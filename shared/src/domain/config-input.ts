import { z } from 'zod';
import { type DomainError, domainError } from './errors';
import { fieldProblemOf } from './field-problems';
import { FORUMS, type OrgConfig, type PersonRef, personKey } from './types';

const quorum = z.coerce.number().int('wholeNumber').min(1).max(20);

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
      const q = quorum.safeParse(values[`${forum}.quorum`] || '1');
      if (!q.success) errors[`${forum}.quorum`] = q.error.issues[0] ? fieldProblemOf(q.error.issues[0]) : 'invalid';
      return [forum, { members: people(`${forum}.members`), quorum: q.success ? q.data : 1 }];
    }),
  ) as OrgConfig['forums'];
  const channels: OrgConfig['channels'] = {};
  for (const key of [...FORUMS, 'announcements'] as const) {
    const id = channel(`${key}.channel`);
    if (id) channels[key] = id;
  }
  if (Object.keys(errors).length > 0)
    return domainError('INPUT.INVALID', { fields: Object.keys(errors).join(', '), command: 'config' }, errors);
  return { director, consultants: people('consultants'), forums, channels };
}
