import { describeMeetingTallyContract } from '../../shared/src/storage/meeting-tally.contract';
import { freshTableStore } from '../support/azurite-env';

describeMeetingTallyContract('Table Storage (Azurite)', () => freshTableStore());
