import { type PersonRef, personKey } from '../domain/types';
import { TOMBSTONE_NAME } from './tombstone';

/**
 * Everything that identifies one person in stored data: their Entra ids, the key built from them, their Teams
 * ids and their name. The object id counts only inside a person reference (with the tenant) or the person key:
 * alone it may be any word; the person key, the Teams ids and the name are found inside longer text too.
 */
export interface PersonIdentifiers {
  tenantId: string;
  objectId: string;
  name: string;
  /** Other ids the directory keeps: the Teams id (`29:…`), the personal chat's conversation id. */
  otherIds: string[];
}

export function identifiersOf(person: PersonRef, otherIds: string[] = []): PersonIdentifiers {
  return { ...person, otherIds: otherIds.filter((id) => id.length > 0) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isThePerson(v: Record<string, unknown>, ids: PersonIdentifiers): boolean {
  return v.tenantId === ids.tenantId && v.objectId === ids.objectId;
}

/** The strings that may appear inside longer text, longest first so a key is replaced before a name in it. */
function embedded(ids: PersonIdentifiers): string[] {
  return [personKey(ids), ...ids.otherIds, ids.name].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** Whether a string identifies or names the person. */
export function stringMentions(text: string, ids: PersonIdentifiers): boolean {
  const lower = text.toLowerCase();
  return embedded(ids).some((s) => lower.includes(s.toLowerCase()));
}

/** Whether a value (a parsed row) mentions the person anywhere. */
export function mentions(value: unknown, ids: PersonIdentifiers): boolean {
  if (typeof value === 'string') return stringMentions(value, ids);
  if (Array.isArray(value)) return value.some((v) => mentions(v, ids));
  if (isObject(value)) return isThePerson(value, ids) || Object.values(value).some((v) => mentions(v, ids));
  return false;
}

/** One place a person appears in a stored value: the path and the smallest object around it. */
export interface Mention {
  path: string;
  value: unknown;
}

/**
 * Where in a value the person appears: for a person reference, the object that holds it (a vote, a signature,
 * a participant); for text, the text. What a data-access answer shows, without the rest of the row.
 */
export function mentionsIn(value: unknown, ids: PersonIdentifiers, path = ''): Mention[] {
  if (typeof value === 'string') return stringMentions(value, ids) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => mentionsIn(v, ids, path ? `${path}.${i}` : String(i)));
  if (!isObject(value)) return [];
  const direct = Object.entries(value).some(([, v]) => isObject(v) && isThePerson(v, ids));
  if (isThePerson(value, ids) || direct) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => mentionsIn(v, ids, path ? `${path}.${k}` : k));
}

/** Replaces the person's identity in text: their key, their other ids and their name. */
export function scrubString(text: string, ids: PersonIdentifiers, tombstone: PersonRef): string {
  let out = text;
  for (const s of embedded(ids)) {
    const replacement = s === personKey(ids) ? personKey(tombstone) : s === ids.name ? TOMBSTONE_NAME : '';
    out = out.replace(new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), replacement);
  }
  return out;
}

/**
 * The value with the person replaced by the tombstone everywhere: person references become the tombstone (and
 * lose whatever else identified them: Teams ids, chats, e-mail), text loses their ids and name. Everything else,
 * including decisions, votes and counts, stays as it was.
 */
export function scrub(value: unknown, ids: PersonIdentifiers, tombstone: PersonRef): unknown {
  if (typeof value === 'string') return scrubString(value, ids, tombstone);
  if (Array.isArray(value)) return value.map((v) => scrub(v, ids, tombstone));
  if (!isObject(value)) return value;
  if (isThePerson(value, ids)) {
    const {
      tenantId: _tid,
      objectId: _oid,
      name: _name,
      teamsId: _t,
      serviceUrl: _s,
      personalConversationId: _p,
      locale: _l,
      email: _e,
      ...rest
    } = value;
    return { ...(scrub(rest, ids, tombstone) as object), ...tombstone };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, ids, tombstone)]));
}
