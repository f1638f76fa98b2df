import { odata, TableClient, type TransactionAction } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { EntityProperties } from './entity-limits';
import { TABLES, type TableName } from './keys';
import {
  assertKeyRanges,
  type ColumnEquals,
  type PartitionStore,
  type RowWrite,
  type StoredRow,
} from './partition-store';
import { ConcurrencyError } from './storage-errors';
import { validateWrites } from './validate-writes';

/** Where the tables are: a connection string (Azurite, local, tests) or an endpoint with managed identity. */
export type TableStoreTarget = (
  { kind: 'connectionString'; connectionString: string } | { kind: 'endpoint'; endpoint: string }
) & {
  tablePrefix?: string;
  /** The longest one storage operation (with its retries) may take before it fails. */
  requestTimeoutMs?: number;
};

const KEY_PROPS = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata']);

function isConflict(error: unknown): boolean {
  const e = error as { statusCode?: number; details?: { odataError?: { code?: string } }; message?: string };
  const code = e.details?.odataError?.code ?? '';
  return (
    e.statusCode === 409 ||
    e.statusCode === 412 ||
    /UpdateConditionNotSatisfied|EntityAlreadyExists|ResourceNotFound|ConditionNotMet/.test(code) ||
    // A failed transaction reports the failing sub-request in its message.
    /UpdateConditionNotSatisfied|EntityAlreadyExists|The specified resource does not exist/.test(e.message ?? '')
  );
}

/** Azure Table Storage behind the PartitionStore interface, with ETag-guarded writes. */
export class TablePartitionStore implements PartitionStore {
  private readonly clients = new Map<TableName, Promise<TableClient>>();

  constructor(private readonly target: TableStoreTarget) {}

  /**
   * The abort signal for one operation (retries included): a storage that accepts the connection and never
   * answers must fail the operation rather than hold a user's card (the SDK has no time limit of its own).
   */
  private bounded(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(this.target.requestTimeoutMs ?? 10_000) };
  }

  private client(table: TableName): Promise<TableClient> {
    let client = this.clients.get(table);
    if (!client) {
      const name = `${this.target.tablePrefix ?? ''}${TABLES[table]}`;
      // Few, quick retries: a user is waiting on the card. Each operation is bounded by `bounded()` below.
      const options = { retryOptions: { maxRetries: 2, retryDelayInMs: 250, maxRetryDelayInMs: 2000 } };
      const created =
        this.target.kind === 'connectionString'
          ? TableClient.fromConnectionString(this.target.connectionString, name, {
              ...options,
              allowInsecureConnection: true,
            })
          : new TableClient(this.target.endpoint, name, new DefaultAzureCredential(), options);
      client = created.createTable(this.bounded()).then(() => created);
      // A failed creation must not be cached, or one network blip would break the table for good.
      client.catch(() => this.clients.delete(table));
      this.clients.set(table, client);
    }
    return client;
  }

  private toStored(
    entity: Record<string, unknown> & { partitionKey?: string; rowKey?: string; etag?: string },
  ): StoredRow {
    const properties: EntityProperties = {};
    for (const [k, v] of Object.entries(entity)) {
      if (!KEY_PROPS.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
        properties[k] = v;
      }
    }
    return {
      partitionKey: entity.partitionKey ?? '',
      rowKey: entity.rowKey ?? '',
      etag: entity.etag ?? '',
      properties,
    };
  }

  async get(table: TableName, partitionKey: string, rowKey: string): Promise<StoredRow | null> {
    const client = await this.client(table);
    try {
      return this.toStored(await client.getEntity(partitionKey, rowKey, this.bounded()));
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return null;
      throw error;
    }
  }

  private async query(table: TableName, filter: string): Promise<StoredRow[]> {
    const client = await this.client(table);
    const rows: StoredRow[] = [];
    for await (const entity of client.listEntities({ queryOptions: { filter }, ...this.bounded() }))
      rows.push(this.toStored(entity));
    return rows;
  }

  range(table: TableName, partitionKey: string, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]> {
    const range = odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;
    return this.query(table, where ? `${range} and ${columnEquals(where)}` : range);
  }

  async ranges(
    table: TableName,
    partitionKey: string,
    ranges: readonly (readonly [string, string])[],
  ): Promise<StoredRow[]> {
    assertKeyRanges(ranges);
    const any = ranges.map(([from, to]) => odata`(RowKey ge ${from} and RowKey lt ${to})`).join(' or ');
    // Table Storage returns a partition's rows in row-key order, whatever the filter.
    return this.query(table, `${odata`PartitionKey eq ${partitionKey}`} and (${any})`);
  }

  rowsWithKey(table: TableName, rowKey: string): Promise<StoredRow[]> {
    return this.query(table, odata`RowKey eq ${rowKey}`);
  }

  scan(table: TableName, from: string, to: string, where?: ColumnEquals): Promise<StoredRow[]> {
    const range = odata`RowKey ge ${from} and RowKey lt ${to}`;
    return this.query(table, where ? `${range} and ${columnEquals(where)}` : range);
  }

  async transact(table: TableName, partitionKey: string, writes: RowWrite[]): Promise<Map<string, string>> {
    validateWrites(partitionKey, writes);
    const client = await this.client(table);
    const actions: TransactionAction[] = writes.map((w) => {
      const entity = { partitionKey, rowKey: w.rowKey, ...('properties' in w ? dropNulls(w.properties) : {}) };
      switch (w.kind) {
        case 'create':
          return ['create', entity];
        case 'upsert':
          return ['upsert', entity, 'Replace'];
        case 'update':
          return ['update', entity, 'Replace', { etag: w.etag }];
        case 'delete':
          return ['delete', entity];
      }
    });
    try {
      const response = await client.submitTransaction(actions, this.bounded());
      const etags = new Map<string, string>();
      // Sub-responses come in the order of the writes (upserts don't echo their row key).
      response.subResponses.forEach((sub, i) => {
        const write = writes[i];
        if (sub.etag && write && write.kind !== 'delete') etags.set(write.rowKey, sub.etag);
      });
      return etags;
    } catch (error) {
      if (isConflict(error)) throw new ConcurrencyError(`transaction in ${table}/${partitionKey} lost a race`);
      throw error;
    }
  }
}

function dropNulls(properties: EntityProperties): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(properties)) if (v !== null) out[k] = v;
  return out;
}

/** A column filter as OData: the column name checked (it is not quoted), the value quoted and escaped. */
function columnEquals(where: ColumnEquals): string {
  if (!/^[A-Za-z]\w*$/.test(where.column)) throw new Error(`invalid column ${where.column}`);
  return `${where.column} eq '${where.equals.replace(/'/g, "''")}'`;
}
