// This process may run the tests itself (one file runs in band): the server's filter of restify's DEP0111.
import '../../bot/src/dependency-warnings';
import { startAzurite } from '../../bot/src/local/azurite-server';

/**
 * One in-memory Azurite for the whole test run, started here (jest's main process) so every worker shares it;
 * each test uses its own table prefix. Its address reaches the workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  // Workers load restify inside jest's sandbox, where the server's filter cannot reach the real process:
  // DEP0111 is only process.binding's deprecation, which restify's spdy triggers and we never call.
  if (!(process.env.NODE_OPTIONS ?? '').includes('--disable-warning=DEP0111'))
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --disable-warning=DEP0111`.trim();
  const azurite = await startAzurite();
  process.env.TEST_AZURITE_CONNECTION_STRING = azurite.connectionString;
  (globalThis as { __azurite?: { stop(): Promise<void> } }).__azurite = azurite;
}
