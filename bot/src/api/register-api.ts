import type { Server } from 'restify';
import { systemClock } from '@netvaerk/shared/app/system-ports';
import type { Clock } from '@netvaerk/shared/domain/ports';
import { FORUMS, type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import type { Services } from '../composition';
import type { ServerConfig } from '../config';
import type { Logger } from '../logger';
import { RateLimitedLog } from '../app/rate-limited-log';
import type { ApiContext } from './api-context';
import { guarded } from './api-context';
import { Authenticator } from './auth/authenticate';
import { SsoVerifier } from './auth/sso-verifier';
import { localeOf, sendFailure } from './http';
import { registerDevCardRoutes } from './routes/dev-cards.routes';
import { registerMeRoutes } from './routes/me.routes';
import { registerMeetingRoutes } from './routes/meeting.routes';
import { registerNetworkRoutes } from './routes/network.routes';
import { registerSiteRoutes } from './routes/site.routes';
import { registerRecordsRoutes } from './routes/records.routes';
import { registerStaticTab, tabDistDir } from './static-tab';
import { registerPublicPages } from './public-pages';

/** Everyone the app knows: the directory (met in Teams) and the configured director, consultants and forums. */
function knownPeopleOf(services: Pick<Services, 'directory' | 'config'>) {
  return async (): Promise<PersonRef[]> => {
    const [people, { config }] = await Promise.all([services.directory.people(), services.config.load()]);
    const configured = [
      ...(config.director ? [config.director] : []),
      ...config.consultants,
      ...FORUMS.flatMap((f) => config.forums[f].members),
    ];
    const byKey = new Map<string, PersonRef>();
    for (const p of [...people, ...configured]) {
      if (!byKey.has(personKey(p)) && p.name)
        byKey.set(personKey(p), { tenantId: p.tenantId, objectId: p.objectId, name: p.name });
    }
    return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  };
}

/**
 * The tab's HTTP API under /api/ (every request authenticated by the Teams SSO token) and the built tab at
 * /tab/. Called once by the server after its own routes.
 */
export function registerApi(
  server: Server,
  deps: { config: ServerConfig; services: Services; logger: Logger; clock?: Clock },
): void {
  const { config, services } = deps;
  const logger = deps.logger.child({ component: 'tab-api' });
  const sso = new SsoVerifier({
    clientId: config.SSO_CLIENT_ID,
    tenantIds: config.SSO_TENANT_IDS,
    jwksUrl: config.SSO_JWKS_URL,
    issuer: config.SSO_ISSUER,
    publicHost: config.PUBLIC_URL ? new URL(config.PUBLIC_URL).host : null,
  });
  if (!sso.configured) logger.warn('SSO_CLIENT_ID/SSO_TENANT_IDS not set: the tab API refuses every token');
  const knownPeople = knownPeopleOf(services);
  const ctx: ApiContext = {
    services,
    auth: new Authenticator({ sso, localDev: config.LOCAL_DEV, knownPeople }),
    logger,
    clock: deps.clock ?? systemClock,
    localDev: config.LOCAL_DEV,
    knownPeople,
    refusedSignIns: new RateLimitedLog(logger, 'tab sign-in refused'),
  };
  registerMeRoutes(server, ctx);
  registerNetworkRoutes(server, ctx);
  registerMeetingRoutes(server, ctx);
  registerSiteRoutes(server, ctx);
  registerRecordsRoutes(server, ctx);
  registerDevCardRoutes(server, ctx);
  const notFound = guarded(ctx, async (req, res) =>
    sendFailure(res, 404, 'API.NOT_FOUND', 'tab.api.notFound', localeOf(req)),
  );
  server.get('/api/*', notFound);
  server.post('/api/*', notFound);
  registerStaticTab(server, tabDistDir(config.TAB_DIST_DIR));
  registerPublicPages(server, config);
}
