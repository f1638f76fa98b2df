import { describeStoredRowVersions } from '../../shared/src/storage/stored-row-versions.contract';
import { freshTableStore } from '../support/azurite-env';

describeStoredRowVersions('Table Storage (Azurite)', () => freshTableStore());
