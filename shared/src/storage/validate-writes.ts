import { assertWithinLimits } from './entity-limits';
import { assertValidKey } from './keys';
import { MAX_TRANSACTION_WRITES, type RowWrite } from './partition-store';
import { EntityTooLargeError, InvalidKeyError } from './storage-errors';

/** Everything a transaction is checked for before it is sent: one check for both stores. */
export function validateWrites(partitionKey: string, writes: RowWrite[]): void {
  assertValidKey(partitionKey, 'partition key');
  if (writes.length === 0) throw new InvalidKeyError('empty transaction');
  if (writes.length > MAX_TRANSACTION_WRITES) {
    throw new EntityTooLargeError(
      `a transaction holds at most ${MAX_TRANSACTION_WRITES} writes, not ${writes.length}`,
      '*',
    );
  }
  const seen = new Set<string>();
  for (const write of writes) {
    assertValidKey(write.rowKey, 'row key');
    if (seen.has(write.rowKey)) throw new InvalidKeyError(`row ${write.rowKey} written twice in one transaction`);
    seen.add(write.rowKey);
    if (write.kind !== 'delete') assertWithinLimits(partitionKey, write.rowKey, write.properties);
  }
}
