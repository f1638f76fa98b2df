import { describeDirectoryContract, describeWelcomeMarksContract } from '../../shared/src/storage/directory.contract';
import { freshTableStore } from '../support/azurite-env';

// Against Azurite, the real emulator: never a mock of Table Storage.
describeDirectoryContract('Table Storage (Azurite)', () => freshTableStore());
describeWelcomeMarksContract('Table Storage (Azurite)', () => freshTableStore());
