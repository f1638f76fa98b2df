import { z } from 'zod';
import { RECORDS_EVENT_KINDS, type RecordsEvent } from '../records/records-ports';
import { defaultRecordsSettings, type RecordsSettings } from '../records/retention';
import { personRefSchema } from './row-schemas';
import { rowKind } from './stored-row';

const recordsEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(RECORDS_EVENT_KINDS),
  by: personRefSchema.nullable(),
  networkIds: z.array(z.string()),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** An entry of the records audit trail. Version 1 entries may lack the network ids and details. */
export const RECORDS_EVENT_ROW = rowKind<RecordsEvent>({
  table: 'records',
  kind: 'records event',
  version: 2,
  schema: recordsEventSchema as z.ZodType<RecordsEvent>,
  upgrades: { 1: (raw) => ({ by: null, networkIds: [], details: {}, ...raw }) },
});

/** The records settings; version 1 rows lack what was added since (the privacy officers): the defaults. */
export const RECORDS_SETTINGS_ROW = rowKind<RecordsSettings>({
  table: 'records',
  kind: 'records settings',
  version: 2,
  schema: z.object({ retentionMonths: z.number().int().positive(), privacyOfficers: z.array(personRefSchema) }),
  upgrades: { 1: (raw) => ({ ...defaultRecordsSettings(), ...raw }) },
});

/** When a network was exported or purged, or a once-only event happened: the plain column `at`. */
export const RECORDS_MARK_ROW = rowKind<{ at: string }>({
  table: 'records',
  kind: 'records mark',
  version: 2,
  schema: z.object({ at: z.string() }),
  decode: (p) => ({ at: p.at }),
  encode: (value) => ({ at: value.at }),
  upgrades: { 1: (raw) => raw },
});
