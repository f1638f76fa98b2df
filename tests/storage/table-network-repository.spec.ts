import { describeNetworkRepositoryContract } from '../../shared/src/storage/network-repository.contract';
import { freshTableStore } from '../support/azurite-env';

describeNetworkRepositoryContract('Table Storage (Azurite)', () => freshTableStore());
