import pino, { type Logger } from 'pino';

export type { Logger };

/** The one structured logger; handlers use child loggers bound to conversation, activity and network. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'netvaerk' }, redact: ['req.headers.authorization', '*.authorization'] });
}
