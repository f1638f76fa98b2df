import { InMemoryPartitionStore } from './in-memory-partition-store';
import { describeNetworkRepositoryContract } from './network-repository.contract';
import { describeLinkIndexContract } from './link-index.contract';

describeNetworkRepositoryContract('in-memory', () => new InMemoryPartitionStore());
describeLinkIndexContract('in-memory', () => new InMemoryPartitionStore());
