import { ConfigError, parseConfig } from './config';
import { createLogger } from './logger';
import { startTelemetry } from './telemetry';

/**
 * Entry point: parse the configuration once, start telemetry (if configured) before the HTTP server's modules
 * load so their requests are instrumented, start the server, stop cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const telemetry = await startTelemetry(config.APPLICATIONINSIGHTS_CONNECTION_STRING);
  const logger = createLogger(config.LOG_LEVEL, telemetry?.logSink);
  if (telemetry) logger.info('telemetry to Application Insights is on');
  const { startServer } = await import('./server');
  const running = await startServer(config, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await running.close();
    await telemetry?.shutdown().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
