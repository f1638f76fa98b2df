import pino, { type Level, type Logger } from 'pino';
import type { LogSink } from './telemetry';

export type { Logger };

/**
 * The one structured logger; handlers use child loggers bound to conversation, activity and network. With a
 * telemetry sink every line also goes to Application Insights (after redaction).
 */
export function createLogger(level: string, telemetry?: LogSink): Logger {
  const options = { level, base: { app: 'netvaerk' }, redact: ['req.headers.authorization', '*.authorization'] };
  if (!telemetry || level === 'silent') return pino(options);
  const streamLevel = level as Level;
  return pino(
    options,
    pino.multistream([
      { level: streamLevel, stream: process.stdout },
      { level: streamLevel, stream: telemetry },
    ]),
  );
}
