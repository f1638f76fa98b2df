import type { Request, Response } from 'restify';
import type { Clock } from '@netvaerk/shared/domain/ports';
import type { Locale } from '@netvaerk/shared/domain/errors';
import type { Actor, OrgConfig, PersonRef } from '@netvaerk/shared/domain/types';
import type { Logger } from '../logger';
import type { RateLimitedLog } from '../app/rate-limited-log';
import { type Authenticator, isAuthFailure } from './auth/authenticate';
import { localeOf, sendFailure } from './http';
import type { ApiServices } from './network-data';

/** What every route of the tab API gets. */
export interface ApiContext {
  services: ApiServices;
  auth: Authenticator;
  logger: Logger;
  clock: Clock;
  localDev: boolean;
  knownPeople: () => Promise<PersonRef[]>;
  /** Refused sign-ins, logged without stack traces and at most a few a minute. */
  refusedSignIns?: RateLimitedLog;
}

/** An authenticated request: who is asking, in which language, and the organisation's configuration. */
export interface ApiRequest {
  req: Request;
  res: Response;
  actor: Actor;
  locale: Locale;
  config: OrgConfig;
  today: string;
}

/** Catches what no route expected: logged with the request, answered as a plain 500 in the user's language. */
export function guarded(ctx: ApiContext, route: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response) => {
    try {
      await route(req, res);
    } catch (error) {
      ctx.logger.error({ err: error, method: req.method, url: req.url }, 'tab API request failed');
      if (!res.headersSent) sendFailure(res, 500, 'SERVER.ERROR', 'tab.api.serverError', localeOf(req));
    }
  };
}

/** A route that needs a signed-in user: 401/403 with a message before the route runs otherwise. */
export function authed(ctx: ApiContext, route: (r: ApiRequest) => Promise<void>) {
  return guarded(ctx, async (req, res) => {
    const locale = localeOf(req);
    const actor = await ctx.auth.actorOf(req);
    if (isAuthFailure(actor)) {
      ctx.refusedSignIns?.warn({ status: actor.status, code: actor.code, method: req.method, path: req.path() });
      sendFailure(res, actor.status, actor.code, actor.key, locale);
      return;
    }
    const { config } = await ctx.services.config.load();
    await route({ req, res, actor, locale, config, today: ctx.clock.now().toISOString().slice(0, 10) });
  });
}
