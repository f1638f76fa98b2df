import { startAzurite } from '../../bot/src/local/azurite-server';

/**
 * One in-memory Azurite for the whole test run, started here (jest's main process) so every worker shares it;
 * each test uses its own table prefix. Its address reaches the workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  process.env.TEST_AZURITE_CONNECTION_STRING = azurite.connectionString;
  (globalThis as { __azurite?: { stop(): Promise<void> } }).__azurite = azurite;
}
