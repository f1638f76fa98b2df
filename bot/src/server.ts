import './dependency-warnings';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { type AppStore, composeServices, type Services, storeFor } from './composition';
import type { ServerConfig } from './config';
import type { Logger } from './logger';
import { createAdapter } from './transport/bot-framework-adapter';
import { BotEndpoint } from './transport/bot-endpoint';
import { measuringRoundTrips } from './app/round-trips';
import { serviceUrlPolicy } from './app/service-url-policy';
import { MAX_BODY_BYTES, requireJsonBodies, securityHeaders } from './http-hardening';
import { BotFrameworkMessenger } from './transport/bot-framework-messenger';
import { TeamsRouter } from './transport/teams-router';
import { registerApi } from './api/register-api';
import type { Clock } from '@netvaerk/shared/domain/ports';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

/**
 * The HTTP server: the bot on POST /api/messages and a health endpoint. Starts the outbox dispatcher; `close`
 * stops taking requests, lets the dispatcher finish its pass, then closes.
 */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: { store?: AppStore; clock?: Clock } = {},
): Promise<RunningServer> {
  const adapter = createAdapter(config, logger);
  const messenger = new BotFrameworkMessenger(adapter, config.MicrosoftAppId, config.OUTBOUND_TIMEOUT_MS);
  const services = composeServices({
    config,
    logger,
    store: options.store ?? storeFor(config),
    messenger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const router = new TeamsRouter(services.app);
  const endpoint = new BotEndpoint(
    adapter,
    router,
    {
      serviceUrlAllowed: serviceUrlPolicy(config.BOT_SERVICE_URL_HOSTS, config.LOCAL_DEV),
      tenantIds: config.BOT_TENANT_IDS,
      authTimeoutMs: config.BOT_AUTH_TIMEOUT_MS,
      logRoundTrips: config.LOG_STORAGE_ROUND_TRIPS,
    },
    logger.child({ component: 'bot-endpoint' }),
  );

  // An empty name: restify sends no Server header then.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  // pre: before routing, so unknown routes and wrong methods get the headers and the body check too.
  server.pre(securityHeaders);
  server.pre(requireJsonBodies);
  if (config.LOG_STORAGE_ROUND_TRIPS) server.use(logRoundTrips(logger));
  // The types lack maxBodySize, which restify's body reader (run by jsonBodyParser) honours.
  server.use(restify.plugins.jsonBodyParser({ maxBodySize: MAX_BODY_BYTES } as restify.plugins.JsonBodyParserOptions));
  server.post('/api/messages', async (req, res) => {
    const authorization = req.headers.authorization;
    const answer = await endpoint.handle(req.body, typeof authorization === 'string' ? authorization : '');
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.header(name, value);
    if (answer.body === undefined) res.send(answer.status);
    else res.json(answer.status, answer.body);
  });
  server.get('/healthz', async (_req, res) => {
    try {
      await services.config.load();
      res.json(200, { status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.json(503, { status: 'storage unavailable' });
    }
  });
  registerApi(server, { config, services, logger });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  if (config.OUTBOX_DISPATCH) services.dispatcher.start();
  services.scheduler.start();
  logger.info({ port, host: config.HOST, localDev: config.LOCAL_DEV }, 'server listening');
  return {
    url: `http://${config.HOST}:${port}`,
    port,
    services,
    close: async () => {
      await services.scheduler.stop();
      await services.dispatcher.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would otherwise hold the process open.
        server.server.closeIdleConnections();
      });
    },
  };
}

/** Logs each tab API request's storage round trips (the bot endpoint logs its own, by verb). */
function logRoundTrips(logger: Logger): restify.RequestHandler {
  return (req, res, next) => {
    if (req.path() === '/api/messages') return next();
    void measuringRoundTrips(
      () =>
        new Promise<void>((resolve) => {
          res.once('finish', () => resolve());
          res.once('close', () => resolve());
          next();
        }),
    ).then(({ roundTrips }) =>
      logger.info(
        { path: req.getRoute()?.path, roundTrips: roundTrips.total, calls: roundTrips.calls },
        'request storage round trips',
      ),
    );
  };
}
