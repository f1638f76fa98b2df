import { InMemoryPartitionStore } from './in-memory-partition-store';
import { describePartitionStoreContract } from './partition-store.contract';

describePartitionStoreContract('in-memory', () => new InMemoryPartitionStore());
