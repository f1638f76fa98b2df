import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient, TableServiceClient } from '@azure/data-tables';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';

const ROOT = join(__dirname, '..', '..');
const options = { allowInsecureConnection: true };

/** The backup script as an operator runs it, against the test Azurite. */
function run(command: 'export' | 'restore', folder: string, prefix: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'tables-backup.mjs'), command, folder], {
    env: { PATH: process.env.PATH ?? '', STORAGE_CONNECTION_STRING: azuriteConnectionString(), TABLE_PREFIX: prefix },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

async function rowsOf(prefix: string, table: string) {
  const client = TableClient.fromConnectionString(azuriteConnectionString(), `${prefix}${table}`, options);
  const rows = [];
  for await (const e of client.listEntities({ disableTypeConversion: true })) {
    const { etag: _e, timestamp: _t, ...row } = e;
    rows.push(row);
  }
  return rows;
}

describe('backup and restore of the tables (scripts/tables-backup.mjs)', () => {
  it('gives back every row with its keys and property types, into another prefix', async () => {
    const from = uniqueTablePrefix();
    const networks = TableClient.fromConnectionString(azuriteConnectionString(), `${from}networks`, options);
    await networks.createTable();
    // More than one transaction's worth in one partition, and the property types the app stores.
    const rows = Array.from({ length: 130 }, (_, i) => ({
      partitionKey: 'n1',
      rowKey: `event~${String(i).padStart(4, '0')}`,
      kind: 'event',
      json: JSON.stringify({ i, text: 'Æblegrød på Rådhuset' }),
      seq: i,
      big: { value: '9007199254740993', type: 'Int64' as const },
      at: new Date(Date.UTC(2026, 10, 30, 12, 0, i % 60)),
      open: i % 2 === 0,
      score: i / 4,
    }));
    for (let i = 0; i < rows.length; i += 100)
      await networks.submitTransaction(rows.slice(i, i + 100).map((r) => ['create', r] as ['create', typeof r]));
    const config = TableClient.fromConnectionString(azuriteConnectionString(), `${from}config`, options);
    await config.createTable();
    await config.createEntity({ partitionKey: 'config', rowKey: 'org', json: '{"director":null}' });

    const folder = mkdtempSync(join(tmpdir(), 'tables-backup-'));
    const exported = run('export', folder, from);
    expect(exported).toContain(`exported ${from}networks: 130 rows`);
    expect(exported).toContain(`exported ${from}config: 1 rows`);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { tables: object };
    expect(manifest.tables).toEqual({ [`${from}config`]: 1, [`${from}networks`]: 130 });

    const to = uniqueTablePrefix();
    const restored = run('restore', folder, to);
    expect(restored).toContain(`restored ${to}networks: 130 rows`);
    for (const table of ['networks', 'config']) expect(await rowsOf(to, table)).toEqual(await rowsOf(from, table));
    // The types survived (not everything turned into strings).
    const [first] = await rowsOf(to, 'networks');
    expect(first).toMatchObject({ big: { type: 'Int64', value: '9007199254740993' }, at: { type: 'DateTime' } });
  });

  it('restoring twice changes nothing (rows are replaced, not added)', async () => {
    const from = uniqueTablePrefix();
    const leases = TableClient.fromConnectionString(azuriteConnectionString(), `${from}leases`, options);
    await leases.createTable();
    await leases.createEntity({
      partitionKey: 'lease',
      rowKey: 'scheduler',
      holder: 'a',
      until: '2026-12-01T00:00:00Z',
    });
    const folder = mkdtempSync(join(tmpdir(), 'tables-backup-'));
    run('export', folder, from);
    await leases.updateEntity({ partitionKey: 'lease', rowKey: 'scheduler', holder: 'b' }, 'Replace');
    run('restore', folder, from);
    run('restore', folder, from);
    expect(await rowsOf(from, 'leases')).toEqual([
      {
        partitionKey: 'lease',
        rowKey: 'scheduler',
        holder: { type: 'String', value: 'a' },
        until: { type: 'String', value: '2026-12-01T00:00:00Z' },
      },
    ]);
    // Only the tables with the prefix are touched.
    const names: string[] = [];
    for await (const t of TableServiceClient.fromConnectionString(azuriteConnectionString(), options).listTables())
      if (t.name!.startsWith(from)) names.push(t.name!);
    expect(names).toEqual([`${from}leases`]);
  });
});
