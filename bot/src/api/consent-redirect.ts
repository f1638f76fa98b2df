import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { ServerConfig } from '../config';
import { queryOf } from './http';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Entra authority the SSO issuer names (login.microsoftonline.com, or a sovereign cloud's). */
function authorityOf(issuerTemplate: string, tenant: string): string {
  return `${new URL(issuerTemplate.replace('{tid}', tenant)).origin}/${tenant}`;
}

/**
 * Where Entra asks the user (or an admin) to consent to the tab's permission: the authorize URL for
 * `access_as_user`, with `prompt=consent`, answering to /tab/auth-end. The code it returns is never redeemed;
 * granting consent is all the tab needs before it asks Teams for a token again.
 */
export function consentUrl(
  config: Pick<ServerConfig, 'SSO_CLIENT_ID' | 'SSO_ISSUER' | 'PUBLIC_URL'>,
  tenant: string,
  loginHint: string | null,
): string {
  const publicUrl = new URL(config.PUBLIC_URL!);
  const scope = `api://${publicUrl.host}/${config.SSO_CLIENT_ID}/access_as_user openid profile`;
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: config.SSO_CLIENT_ID,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: `${publicUrl.origin}/tab/auth-end`,
    scope,
    prompt: 'consent',
    state: randomBytes(16).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return `${authorityOf(config.SSO_ISSUER, tenant)}/oauth2/v2.0/authorize?${params}`;
}

/**
 * GET /auth/consent?tenant=<tid>[&loginHint=<upn>]: the page the tab opens with teams-js
 * `authentication.authenticate` when Teams cannot issue a token without consent. Redirects to Entra for the
 * tenants SSO allows; anything else is refused before any redirect.
 */
export function registerConsentRedirect(server: Server, config: ServerConfig): void {
  server.get('/auth/consent', async (req: Request, res: Response) => {
    const query = queryOf(req);
    const tenant = query.get('tenant') ?? '';
    const text = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (!config.SSO_CLIENT_ID || !config.PUBLIC_URL) return text(503, 'SSO is not configured on this server.');
    if (!GUID.test(tenant) || !config.SSO_TENANT_IDS.includes(tenant))
      return text(400, 'This organisation cannot use the app.');
    res.writeHead(302, { location: consentUrl(config, tenant, query.get('loginHint')), 'cache-control': 'no-store' });
    res.end();
  });
}
