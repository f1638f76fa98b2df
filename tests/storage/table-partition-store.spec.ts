import { describePartitionStoreContract } from '../../shared/src/storage/partition-store.contract';
import { freshTableStore } from '../support/azurite-env';

// Against Azurite, the real emulator: never a mock of Table Storage.
describePartitionStoreContract('Table Storage (Azurite)', () => freshTableStore());
