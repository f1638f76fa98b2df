import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The emulator's well-known development account (public, documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  pid: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** A folder to keep the data in (local runs); omitted means in memory (tests). */
  location?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export function azuriteConnectionString(host: string, port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`
  );
}

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'azurite-table-server.cjs');

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/**
 * Starts Azurite's Table service (from npm) in a child process on 127.0.0.1 and a free port unless told
 * otherwise, and resolves once it answers. It runs apart from our server because restify's request patches
 * break Azurite's query parsing in a shared process.
 */
export function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  const args = [
    SCRIPT,
    '--host',
    host,
    '--port',
    String(options.port ?? 0),
    ...(options.location ? ['--location', options.location] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (message: string) => {
      void stopChild(child);
      reject(new Error(message));
    };
    child.once('exit', (code) => fail(`Azurite exited (code ${code}) before it answered`));
    lines.once('line', (line) => {
      child.removeAllListeners('exit');
      let parsed: { port?: number; error?: string };
      try {
        parsed = JSON.parse(line) as { port?: number; error?: string };
      } catch {
        return fail(`unexpected output from Azurite: ${line}`);
      }
      if (!parsed.port) return fail(parsed.error ?? 'Azurite did not start');
      lines.close();
      child.stdout?.resume();
      resolve({
        port: parsed.port,
        pid: child.pid ?? 0,
        connectionString: azuriteConnectionString(host, parsed.port),
        stop: () => stopChild(child),
      });
    });
  });
}
