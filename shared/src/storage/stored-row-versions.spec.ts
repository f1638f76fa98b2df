import { InMemoryPartitionStore } from './in-memory-partition-store';
import { describeStoredRowVersions } from './stored-row-versions.contract';

describeStoredRowVersions('in-memory', () => new InMemoryPartitionStore());
