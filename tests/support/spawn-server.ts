import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { azuriteConnectionString } from './azurite-env';

/** The real server as a process of its own, on the same storage, so it can be killed without warning. */
export async function spawnServer(
  tablePrefix: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', join(__dirname, '..', '..', 'bot', 'dist', 'main.js')],
    {
      env: {
        PATH: process.env.PATH ?? '',
        LOCAL_DEV: 'true',
        PORT: '0',
        LOG_LEVEL: 'info',
        STORAGE_CONNECTION_STRING: azuriteConnectionString(),
        TABLE_PREFIX: tablePrefix,
        SCHEDULER_INTERVAL_MS: '3600000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const match = /"port":(\d+).*"msg":"server listening"/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}
