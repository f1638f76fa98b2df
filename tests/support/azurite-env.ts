import { randomBytes } from 'node:crypto';
import { TablePartitionStore } from '../../shared/src/storage/table-partition-store';

/** The shared test emulator's connection string (started by global-setup). */
export function azuriteConnectionString(): string {
  const cs = process.env.TEST_AZURITE_CONNECTION_STRING;
  if (!cs)
    throw new Error(
      'TEST_AZURITE_CONNECTION_STRING is not set: run the tests through jest (global-setup starts Azurite)',
    );
  return cs;
}

/** A fresh table prefix, so tests on one emulator never see each other's rows. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export function freshTableStore(options: { requestTimeoutMs?: number } = {}): TablePartitionStore {
  return new TablePartitionStore({
    kind: 'connectionString',
    connectionString: azuriteConnectionString(),
    tablePrefix: uniqueTablePrefix(),
    ...options,
  });
}
