import { InMemoryPartitionStore } from './in-memory-partition-store';
import { describeNetworkRepositoryContract } from './network-repository.contract';

describeNetworkRepositoryContract('in-memory', () => new InMemoryPartitionStore());
