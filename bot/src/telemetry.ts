import type { IncomingMessage } from 'node:http';
import type { Logger as OtelLogger } from '@opentelemetry/api-logs';

/** A pino destination: one JSON log line per call. */
export interface LogSink {
  write(line: string): void;
}

/** Application Insights for this process, once started. */
export interface Telemetry {
  /** Forwards each of the server's log lines to Application Insights (besides stdout). */
  logSink: LogSink;
  /** Sends what is still buffered; called on shutdown. */
  shutdown(): Promise<void>;
}

// pino's numeric levels, and OpenTelemetry's severity numbers for them.
const SEVERITY: Record<number, { number: number; text: string }> = {
  10: { number: 1, text: 'TRACE' },
  20: { number: 5, text: 'DEBUG' },
  30: { number: 9, text: 'INFO' },
  40: { number: 13, text: 'WARN' },
  50: { number: 17, text: 'ERROR' },
  60: { number: 21, text: 'FATAL' },
};

type Attribute = string | number | boolean;

/** A log record's fields as OpenTelemetry attributes; an `err` becomes exception.* so it shows as an exception. */
export function logAttributes(record: Record<string, unknown>): Record<string, Attribute> {
  const attributes: Record<string, Attribute> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (key === 'err' && typeof value === 'object') {
      const err = value as { type?: unknown; message?: unknown; stack?: unknown };
      if (err.type !== undefined) attributes['exception.type'] = String(err.type);
      if (err.message !== undefined) attributes['exception.message'] = String(err.message);
      if (err.stack !== undefined) attributes['exception.stacktrace'] = String(err.stack);
      continue;
    }
    attributes[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return attributes;
}

/** Turns one pino line into an OpenTelemetry log record. */
function forward(logger: OtelLogger, line: string): void {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return;
  }
  const { level, msg, time, pid: _pid, hostname: _hostname, ...fields } = record;
  const severity = SEVERITY[Number(level)] ?? SEVERITY[30]!;
  logger.emit({
    severityNumber: severity.number,
    severityText: severity.text,
    body: typeof msg === 'string' ? msg : '',
    ...(typeof time === 'number' ? { timestamp: time } : {}),
    attributes: logAttributes(fields),
  });
}

/**
 * Starts Azure Monitor OpenTelemetry when a connection string is configured: incoming requests (HTTP
 * instrumentation; the platform's /healthz pings are left out), outgoing calls (HTTP and Azure SDK), standard
 * metrics, and the server's logs through `logSink`. Without a connection string nothing is loaded and this
 * returns null. Call it before the HTTP server's modules are loaded, so their requests are instrumented.
 */
export async function startTelemetry(connectionString: string): Promise<Telemetry | null> {
  if (!connectionString) return null;
  const [{ useAzureMonitor, shutdownAzureMonitor }, { logs }] = await Promise.all([
    import('@azure/monitor-opentelemetry'),
    import('@opentelemetry/api-logs'),
  ]);
  const off = { enabled: false };
  // Passed as it is to OpenTelemetry's HttpInstrumentation, whose options the distro's type does not list.
  const http = { enabled: true, ignoreIncomingRequestHook: (request: IncomingMessage) => request.url === '/healthz' };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    // Every trace: the distro's default (5 traces a second, starting from none) drops the first requests after
    // a start, and this app's traffic is small. OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG still override it.
    samplingRatio: 1,
    tracesPerSecond: 0,
    instrumentationOptions: {
      http,
      azureSdk: { enabled: true },
      mongoDb: off,
      mySql: off,
      postgreSql: off,
      redis: off,
      redis4: off,
      bunyan: off,
      winston: off,
    },
  });
  const logger = logs.getLogger('netvaerk');
  return {
    logSink: { write: (line) => forward(logger, line) },
    shutdown: () => shutdownAzureMonitor(),
  };
}
