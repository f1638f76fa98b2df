import { z } from 'zod';
import type { Phase } from '../domain/network';
import type { RecordsEvent, RetentionPurgeResult } from '../records/records-ports';
import type { RetentionItem } from '../records/retention';
import type { PersonDto } from './api-types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dato som ÅÅÅÅ-MM-DD');
const id = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/);

/** What to export: named networks, or every network active in a period (both dates included). */
export const exportRequestSchema = z.union([
  z.object({ networkIds: z.array(id).min(1).max(500) }),
  z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, { message: 'from ≤ to', path: ['to'] }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const recordsSettingsSchema = z.object({
  retentionMonths: z.coerce.number().int('heltal').min(1, 'mindst 1').max(240, 'højst 240'),
  privacyOfficerKeys: z.array(z.string().max(300)).max(20).default([]),
});

/** An erasure is confirmed by typing the person's name, so a slip of the mouse erases no one. */
export const eraseRequestSchema = z.object({ confirmName: z.string().min(1).max(200) });

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
