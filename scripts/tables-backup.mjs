#!/usr/bin/env node
// Backup and restore of the app's Table Storage (Azure has no point-in-time restore for tables): every table
// whose name starts with TABLE_PREFIX (all tables of the account when it is empty) to one JSON-lines file per
// table, every property with its Edm type, so a restore gives back exactly the rows, types and keys it read.
//
//   node scripts/tables-backup.mjs export <folder>    # writes <folder>/<table>.jsonl and manifest.json
//   node scripts/tables-backup.mjs restore <folder>   # creates missing tables, upserts (replaces) every row
//
// Storage from STORAGE_CONNECTION_STRING, or STORAGE_TABLE_ENDPOINT with DefaultAzureCredential (an operator
// signed in with `az login` who holds "Storage Table Data Contributor"; shared keys are off in Azure).
// Restore replaces rows with the backup's version and leaves rows the backup does not have: restore into an
// empty account (or a new TABLE_PREFIX) to get exactly the backup. Stop the server first (docs/operations.md).
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TableClient, TableServiceClient } from '@azure/data-tables';

const MAX_BATCH = 100; // Table Storage: at most 100 operations per transaction, one partition each

function target(env = process.env) {
  const prefix = env.TABLE_PREFIX ?? '';
  // Azurite (local runs, tests) speaks plain http; Azure never does.
  const options = { allowInsecureConnection: /TableEndpoint=http:\/\//i.test(env.STORAGE_CONNECTION_STRING ?? '') };
  if (env.STORAGE_CONNECTION_STRING)
    return {
      prefix,
      service: () => TableServiceClient.fromConnectionString(env.STORAGE_CONNECTION_STRING, options),
      table: (name) => TableClient.fromConnectionString(env.STORAGE_CONNECTION_STRING, name, options),
    };
  if (env.STORAGE_TABLE_ENDPOINT) {
    const credential = import('@azure/identity').then((m) => new m.DefaultAzureCredential());
    return {
      prefix,
      service: async () => new TableServiceClient(env.STORAGE_TABLE_ENDPOINT, await credential),
      table: async (name) => new TableClient(env.STORAGE_TABLE_ENDPOINT, name, await credential),
    };
  }
  throw new Error('Set STORAGE_CONNECTION_STRING or STORAGE_TABLE_ENDPOINT (and TABLE_PREFIX if the app uses one)');
}

/** Entities as the service stores them: values with their Edm types (`disableTypeConversion`). */
export async function exportTables(folder, env = process.env) {
  const t = target(env);
  const service = await t.service();
  mkdirSync(folder, { recursive: true });
  const tables = {};
  for await (const table of service.listTables()) {
    if (!table.name.startsWith(t.prefix)) continue;
    const client = await t.table(table.name);
    const lines = [];
    for await (const entity of client.listEntities({ disableTypeConversion: true })) {
      const { etag: _etag, timestamp: _timestamp, ...row } = entity;
      delete row['odata.etag'];
      lines.push(JSON.stringify(row));
    }
    writeFileSync(join(folder, `${table.name}.jsonl`), lines.length ? `${lines.join('\n')}\n` : '');
    tables[table.name] = lines.length;
  }
  const manifest = { exportedAt: new Date().toISOString(), prefix: t.prefix, tables };
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function readRows(file) {
  const rows = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line.trim()) rows.push(JSON.parse(line));
  return rows;
}

/** Upserts (replaces) every row of the backup, a partition's rows in transactions of up to 100. */
export async function restoreTables(folder, env = process.env) {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: not a backup made by this script`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const t = target(env);
  const service = await t.service();
  const restored = {};
  for (const table of Object.keys(manifest.tables)) {
    const name = `${t.prefix}${table.slice(manifest.prefix.length)}`;
    await service.createTable(name).catch((error) => {
      if (error.statusCode !== 409) throw error;
    });
    const client = await t.table(name);
    const byPartition = new Map();
    for (const row of await readRows(join(folder, `${table}.jsonl`))) {
      const list = byPartition.get(row.partitionKey) ?? [];
      list.push(row);
      byPartition.set(row.partitionKey, list);
    }
    let count = 0;
    for (const rows of byPartition.values())
      for (let i = 0; i < rows.length; i += MAX_BATCH) {
        const batch = rows.slice(i, i + MAX_BATCH);
        await client.submitTransaction(batch.map((row) => ['upsert', row, 'Replace']));
        count += batch.length;
      }
    restored[name] = count;
  }
  return restored;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, folder] = process.argv.slice(2);
  if (!['export', 'restore'].includes(command) || !folder) {
    console.error('Usage: node scripts/tables-backup.mjs export|restore <folder>');
    process.exit(2);
  }
  try {
    const result = command === 'export' ? (await exportTables(folder)).tables : await restoreTables(folder);
    const verb = command === 'export' ? 'exported' : 'restored';
    for (const [table, rows] of Object.entries(result)) console.log(`${verb} ${table}: ${rows} rows`);
  } catch (error) {
    console.error(error.message ?? error);
    process.exit(1);
  }
}
