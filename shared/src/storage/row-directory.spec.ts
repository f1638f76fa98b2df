import { describeDirectoryContract, describeWelcomeMarksContract } from './directory.contract';
import { InMemoryPartitionStore } from './in-memory-partition-store';

describeDirectoryContract('in-memory', () => new InMemoryPartitionStore());
describeWelcomeMarksContract('in-memory', () => new InMemoryPartitionStore());
