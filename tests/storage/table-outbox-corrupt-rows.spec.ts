import { describeCorruptOutboxRows } from '../../shared/src/storage/outbox-corrupt-rows.contract';
import { freshTableStore } from '../support/azurite-env';

describeCorruptOutboxRows('Table Storage (Azurite)', () => freshTableStore());
