import type { Request } from 'restify';
import { z } from 'zod';
import { ID_PATTERN } from '@netvaerk/shared/domain/limits';
import type { Actor, PersonRef } from '@netvaerk/shared/domain/types';
import { personKey } from '@netvaerk/shared/domain/types';
import type { MessageKey } from '@netvaerk/shared/i18n/messages';
import { isSsoFailure, type SsoVerifier } from './sso-verifier';

/** The header that stands in for a token in local development only (the tab's identity switcher sets it). */
export const DEV_USER_HEADER = 'x-dev-user';

export type AuthFailure = { status: 401 | 403; code: string; key: MessageKey };

const FAILURES: Record<string, AuthFailure> = {
  missing: { status: 401, code: 'AUTH.MISSING_TOKEN', key: 'tab.api.missingToken' },
  invalid: { status: 401, code: 'AUTH.INVALID_TOKEN', key: 'tab.api.invalidToken' },
  expired: { status: 401, code: 'AUTH.EXPIRED_TOKEN', key: 'tab.api.expiredToken' },
  tenant: { status: 403, code: 'AUTH.WRONG_TENANT', key: 'tab.api.wrongTenant' },
  scope: { status: 403, code: 'AUTH.MISSING_SCOPE', key: 'tab.api.missingScope' },
  devUser: { status: 401, code: 'AUTH.UNKNOWN_DEV_USER', key: 'tab.api.unknownDevUser' },
};

const devUserSchema = z.string().regex(ID_PATTERN);

export interface AuthenticatorDeps {
  sso: SsoVerifier;
  localDev: boolean;
  /** Everyone the app knows (directory and configuration), for names and the local-dev identities. */
  knownPeople: () => Promise<PersonRef[]>;
}

/**
 * Who is calling: the validated Teams SSO token's `oid` + `tid`, never anything from the body. In local
 * development only, the dev-user header may name one of the people the app knows instead.
 */
export class Authenticator {
  constructor(private readonly deps: AuthenticatorDeps) {}

  async actorOf(req: Request): Promise<Actor | AuthFailure> {
    const devUser = req.headers[DEV_USER_HEADER];
    if (this.deps.localDev && typeof devUser === 'string' && devUser) {
      const id = devUserSchema.safeParse(devUser);
      const person = id.success ? (await this.deps.knownPeople()).find((p) => p.objectId === id.data) : undefined;
      return person ? { ...person, surface: 'tab' } : FAILURES.devUser!;
    }
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    // A header that is there but is not exactly one bearer token (another scheme, two tokens, no scheme) is a
    // bad token, not a missing one: the tab must not take it for "not signed in yet".
    if (header && !match) return FAILURES.invalid!;
    const identity = await this.deps.sso.verify(match?.[1] ?? null);
    if (isSsoFailure(identity)) return FAILURES[identity.reason]!;
    // The token's name is a display snapshot; the directory's is used when the token has none.
    const name =
      identity.name ||
      (await this.deps.knownPeople()).find((p) => personKey(p) === personKey(identity))?.name ||
      identity.objectId;
    return { ...identity, name, surface: 'tab' };
  }
}

export function isAuthFailure(value: Actor | AuthFailure): value is AuthFailure {
  return 'status' in value && 'key' in value;
}
