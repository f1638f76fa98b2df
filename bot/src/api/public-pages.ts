import type { Server } from 'restify';
import type { ServerConfig } from '../config';
import { registerConsentRedirect } from './consent-redirect';
import { registerLegalPages } from './legal-pages';

/** Pages outside the tab API that need no sign-in: the legal pages and the SSO consent redirect. */
export function registerPublicPages(server: Server, config: ServerConfig): void {
  registerLegalPages(server);
  registerConsentRedirect(server, config);
}
