import type { PersonRef } from '../domain/types';

/** The tenant and object id every erased person gets: no trace of who they were, one value for all. */
export const ERASED_TENANT = 'erased';
export const ERASED_OBJECT_PREFIX = 'erased-';

/** The name an erased person is shown by, in the stored data and in the case record. */
export const TOMBSTONE_NAME = 'Slettet bruger';

/**
 * The person that replaces an erased one. `token` is a random id drawn once per erasure, so one erased person
 * stays one (their two votes are still two votes by the same member) without anything that leads back to them.
 */
export function tombstoneFor(token: string): PersonRef {
  return { tenantId: ERASED_TENANT, objectId: `${ERASED_OBJECT_PREFIX}${token}`, name: TOMBSTONE_NAME };
}

export function isTombstone(person: Pick<PersonRef, 'tenantId'>): boolean {
  return person.tenantId === ERASED_TENANT;
}

/** A configuration without erased people: an erased director, consultant or forum member holds no role. */
export function withoutErasedPeople<
  C extends { director: PersonRef | null; consultants: PersonRef[]; forums: Record<string, { members: PersonRef[] }> },
>(config: C): C {
  const keep = (people: PersonRef[]) => people.filter((p) => !isTombstone(p));
  return {
    ...config,
    director: config.director && isTombstone(config.director) ? null : config.director,
    consultants: keep(config.consultants),
    forums: Object.fromEntries(
      Object.entries(config.forums).map(([k, f]) => [k, { ...f, members: keep(f.members) }]),
    ) as C['forums'],
  };
}
