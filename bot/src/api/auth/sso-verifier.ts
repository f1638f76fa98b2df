import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, jwtVerify } from 'jose';

/** What the tab API needs to know to accept a Teams SSO token. */
export interface SsoSettings {
  clientId: string;
  tenantIds: readonly string[];
  /** With `{tid}` for the token's tenant. */
  jwksUrl: string;
  /** The v2 issuer with `{tid}`; the v1 issuer `https://sts.windows.net/{tid}/` is accepted too. */
  issuer: string;
  /** The host of the app's public URL, for the `api://{host}/{clientId}` audience. */
  publicHost: string | null;
}

export type SsoIdentity = { tenantId: string; objectId: string; name: string };

/** Why a token was refused: 401 means "who are you?", 403 "you, but not here". */
export type SsoFailure = { status: 401 | 403; reason: 'missing' | 'invalid' | 'expired' | 'tenant' | 'scope' };

const SCOPE = 'access_as_user';
const GUID_LIKE = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Validates Teams SSO tokens (Entra access tokens for the tab's app) with jose: RS256 signature against the
 * tenant's JWKS (fetched and cached by jose), issuer, audience, expiry; then the tenant allow-list and the
 * `access_as_user` scope.
 */
export class SsoVerifier {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(private readonly settings: SsoSettings) {}

  get configured(): boolean {
    return this.settings.clientId !== '' && this.settings.tenantIds.length > 0;
  }

  private keySet(tenantId: string) {
    const url = this.settings.jwksUrl.replace('{tid}', encodeURIComponent(tenantId));
    let set = this.keySets.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
      this.keySets.set(url, set);
    }
    return set;
  }

  async verify(token: string | null): Promise<SsoIdentity | SsoFailure> {
    if (!token) return { status: 401, reason: 'missing' };
    if (!this.configured) return { status: 401, reason: 'invalid' };
    let claimed: JWTPayload;
    try {
      claimed = decodeJwt(token);
    } catch {
      return { status: 401, reason: 'invalid' };
    }
    const tid = typeof claimed.tid === 'string' && GUID_LIKE.test(claimed.tid) ? claimed.tid : null;
    if (!tid) return { status: 401, reason: 'invalid' };
    const allowed = this.settings.tenantIds.includes(tid);
    // Keys are only fetched for allowed tenants (the URL holds the tenant). Entra signs every tenant's tokens
    // with the same keys, so a foreign tenant's token is checked against an allowed tenant's set: a genuine
    // one is then refused as the wrong tenant (403), a forged one as invalid (401).
    const keyTenant = allowed ? tid : this.settings.tenantIds[0]!;
    const { clientId, publicHost } = this.settings;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet(keyTenant), {
        algorithms: ['RS256'],
        issuer: [this.settings.issuer.replace('{tid}', tid), `https://sts.windows.net/${tid}/`],
        audience: [clientId, ...(publicHost ? [`api://${publicHost}/${clientId}`] : [])],
        requiredClaims: ['exp', 'oid', 'tid'],
        clockTolerance: 60,
      }));
    } catch (error) {
      return { status: 401, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
    if (!allowed) return { status: 403, reason: 'tenant' };
    // Only a delegated access token names a signed-in user: an app-only token (client credentials: `idtyp: app`,
    // `roles` and no `scp`) or an ID token (no `scp` either) is not who is calling, whatever its audience.
    if (payload.idtyp === 'app' || typeof payload.scp !== 'string') return { status: 401, reason: 'invalid' };
    const scopes = payload.scp.split(' ');
    if (!scopes.includes(SCOPE)) return { status: 403, reason: 'scope' };
    const oid = payload.oid;
    if (typeof oid !== 'string' || !GUID_LIKE.test(oid)) return { status: 401, reason: 'invalid' };
    const name = typeof payload.name === 'string' ? payload.name : '';
    return { tenantId: tid, objectId: oid, name };
  }
}

export function isSsoFailure(value: SsoIdentity | SsoFailure): value is SsoFailure {
  return 'status' in value;
}
