/**
 * Why Teams gave the tab no SSO token. Teams answers `getAuthToken` with an error string, e.g.
 * `resourceRequiresConsent` or an Entra error such as `consent_required` / `AADSTS65001` / `invalid_grant`
 * when nobody has consented to the app's scope yet: then the user can consent in a popup
 * (`authentication.authenticate`). Anything else (no network, a revoked token, a disabled app) is a failure the
 * user can only retry.
 */
export type SsoFailure = 'consentRequired' | 'failed';

const CONSENT = /resourceRequiresConsent|consent_required|interaction_required|AADSTS65001|invalid_grant/i;

export function ssoFailureOf(reason: unknown): SsoFailure {
  const text = reason instanceof Error ? reason.message : String(reason);
  return CONSENT.test(text) ? 'consentRequired' : 'failed';
}

/** Thrown by a host's `authHeaders` when Teams gives no token; the API client turns it into a message. */
export class SsoError extends Error {
  constructor(
    readonly failure: SsoFailure,
    reason: string,
  ) {
    super(reason);
    this.name = 'SsoError';
  }
}

/** The API error codes the tab gives the two failures (stable, like the server's). */
export const SSO_ERROR_CODES: Record<SsoFailure, string> = {
  consentRequired: 'AUTH.SSO_CONSENT_REQUIRED',
  failed: 'AUTH.SSO_FAILED',
};
