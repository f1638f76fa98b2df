import { describeNetworkRepositoryContract } from '../../shared/src/storage/network-repository.contract';
import { describeLinkIndexContract } from '../../shared/src/storage/link-index.contract';
import { freshTableStore } from '../support/azurite-env';

// The contract is about what is stored (nothing lost, nothing doubled), not how fast: its 200 racing answers
// queue in the one Azurite process the whole suite shares, so a request may wait past the server's 10 s bound.
describeNetworkRepositoryContract('Table Storage (Azurite)', () => freshTableStore({ requestTimeoutMs: 120_000 }));
describeLinkIndexContract('Table Storage (Azurite)', () => freshTableStore());
