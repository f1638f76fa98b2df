import { describeCorruptOutboxRows } from './outbox-corrupt-rows.contract';
import { InMemoryPartitionStore } from './in-memory-partition-store';

describeCorruptOutboxRows('in-memory', () => new InMemoryPartitionStore());
