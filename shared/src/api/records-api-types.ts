import { z } from 'zod';
import type { Phase } from '../domain/network';
import type { RecordsEvent, RetentionPurgeResult } from '../records/records-ports';
import type { RetentionItem } from '../records/retention';
import type { PersonDto } from './api-types';

/** A real calendar day as YYYY-MM-DD (2026-02-31 is not one). */
const realDay = (v: string) => {
  const at = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(v);
};
// The messages are field problems (shared/src/domain/field-problems.ts): the boundary names the field in a sentence.
const isoDate = z
  .string()
  .min(1)
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine(realDay, 'date');
const id = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/);

/** The records page's forms, as field-errors.ts knows their labels (`recordsSettings:retentionMonths`). */
export const RECORDS_FORMS = {
  settings: 'recordsSettings',
  export: 'recordsExport',
  search: 'recordsSearch',
  erase: 'recordsErase',
} as const;

/** Named networks to export. */
export const exportNetworksSchema = z.object({ networkIds: z.array(id).min(1).max(500) });
/** Every network active in a period, both dates included. */
export const exportPeriodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'dateOrder', path: ['to'] });
/** What to export: named networks, or every network active in a period (both dates included). */
export const exportRequestSchema = z.union([exportNetworksSchema, exportPeriodSchema]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Whole months, from 1 to 240; what the form sends as text counts as its number, an empty field as missing. */
const retentionMonths = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
  z
    .number({
      // Only for "not a number": a schema-wide message would also replace the limits' own (too_big, too_small).
      error: (issue) =>
        issue.code !== 'invalid_type' ? undefined : issue.input === undefined ? 'required' : 'wholeNumber',
    })
    .int('wholeNumber')
    .min(1)
    .max(240),
);

export const recordsSettingsSchema = z.object({
  retentionMonths,
  privacyOfficerKeys: z.array(z.string().max(300)).max(20).default([]),
});

/** The person search: at least two letters, so a search is never the whole directory (empty: "fill it in"). */
export const personQuerySchema = z.object({ q: z.string().trim().min(1).min(2).max(100) });

/** An erasure is confirmed by typing the person's name, so a slip of the mouse erases no one. */
export const eraseRequestSchema = z.object({ confirmName: z.string().trim().min(1).max(200) });

export interface RecordsNetworkDto {
  id: string;
  name: string;
  phase: Phase;
  exportedAt: string | null;
}

/** A case's retention status as the records page lists it: the domain's item, with what a purge would delete. */
export interface RetentionRowDto extends RetentionItem {
  wouldDelete: RetentionPurgeResult | null;
}

/** The records page: what this user may do, the settings, the retention dry run and the records log. */
export interface RecordsOverviewDto {
  canExport: boolean;
  canHandlePersonData: boolean;
  canChangeSettings: boolean;
  settings: { retentionMonths: number; privacyOfficers: PersonDto[] };
  networks: RecordsNetworkDto[];
  retention: RetentionRowDto[];
  /** Newest first. */
  events: RecordsEvent[];
}

/** A person found by the search, with the key the erasure and data-access routes take. */
export interface FoundPersonDto extends PersonDto {
  key: string;
}

export interface PersonSearchDto {
  people: FoundPersonDto[];
}

export interface ErasureDto {
  rowsChanged: number;
  rowsDeleted: number;
}

/** What the privacy page needs from the server: the organisation's retention period. */
export interface PrivacyDto {
  retentionMonths: number;
}
