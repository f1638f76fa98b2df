import { describeNetworkRepositoryContract } from '../../shared/src/storage/network-repository.contract';
import { describeLinkIndexContract } from '../../shared/src/storage/link-index.contract';
import { freshTableStore } from '../support/azurite-env';

describeNetworkRepositoryContract('Table Storage (Azurite)', () => freshTableStore());
describeLinkIndexContract('Table Storage (Azurite)', () => freshTableStore());
