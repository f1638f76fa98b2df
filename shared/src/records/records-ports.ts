import type { PersonRef } from '../domain/types';
import type { Mention, PersonIdentifiers } from './person-trace';
import type { RecordsSettings } from './retention';

/** What the records log keeps: every export, data-access answer, erasure and retention deletion or refusal. */
export const RECORDS_EVENT_KINDS = [
  'caseRecordExported',
  'personDataExported',
  'personErased',
  'retentionPurged',
  'retentionBlocked',
  'recordsSettingsChanged',
] as const;
export type RecordsEventKind = (typeof RECORDS_EVENT_KINDS)[number];

/**
 * One entry of the records audit trail. An erasure's entry names who erased and how much changed, never whom:
 * `details` holds counts and ids of networks, not the erased person's ids or name.
 */
export interface RecordsEvent {
  id: string;
  at: string;
  kind: RecordsEventKind;
  by: PersonRef | null;
  networkIds: string[];
  details: Record<string, string | number>;
}

/** The records table: its audit trail, which networks' case records were exported, retention state, settings. */
export interface RecordsLog {
  append(event: RecordsEvent): Promise<void>;
  /** Appends unless an event of this kind for this network was appended before (a refusal is told once). */
  appendOnce(event: RecordsEvent, onceKey: string): Promise<boolean>;
  events(): Promise<RecordsEvent[]>;
  markExported(networkIds: string[], at: string): Promise<void>;
  /** Network id → when its case record was last exported. */
  exported(): Promise<Map<string, string>>;
  markPurged(networkId: string, at: string): Promise<void>;
  purged(): Promise<Map<string, string>>;
  settings(): Promise<RecordsSettings>;
  saveSettings(settings: RecordsSettings): Promise<void>;
}

/** A stored row that mentions a person, and where in it they appear (keys are shown decoded). */
export interface StoredMention {
  table: string;
  partitionKey: string;
  rowKey: string;
  mentions: Mention[];
}

export interface ErasureResult {
  rowsChanged: number;
  rowsDeleted: number;
  byTable: Record<string, number>;
}

export interface RetentionPurgeResult {
  answersPurged: number;
  closingAnswersPurged: number;
  participantsPurged: number;
  messagesDeleted: number;
  auditEventsPurged: number;
}

/** Every table, row by row: finding a person, erasing them, deleting a closed network's personal data. */
export interface PersonDataStore {
  find(ids: PersonIdentifiers): Promise<StoredMention[]>;
  erase(ids: PersonIdentifiers, tombstone: PersonRef): Promise<ErasureResult>;
  /** Deletes a network's reflection comments and personal data, keeping its decisions (retention). */
  purgeNetwork(networkId: string): Promise<RetentionPurgeResult>;
  /** What purgeNetwork would delete, without deleting (the dry run). */
  purgePreview(networkId: string): Promise<RetentionPurgeResult>;
}
