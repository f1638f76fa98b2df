import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { composeServices, type Services, storeFor } from './composition';
import type { ServerConfig } from './config';
import type { Logger } from './logger';
import { createAdapter } from './transport/bot-framework-adapter';
import { BotFrameworkMessenger } from './transport/bot-framework-messenger';
import { TeamsRouter } from './transport/teams-router';
import { registerApi } from './api/register-api';
import type { PartitionStore } from '@netvaerk/shared/storage/partition-store';
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
  options: { store?: PartitionStore; clock?: Clock } = {},
): Promise<RunningServer> {
  const adapter = createAdapter(config, logger);
  const messenger = new BotFrameworkMessenger(adapter, config.MicrosoftAppId);
  const services = composeServices({
    config,
    logger,
    store: options.store ?? storeFor(config),
    messenger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const router = new TeamsRouter(services.app);

  const server = restify.createServer({ name: 'netvaerk', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => router.run(context));
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
