import type { z } from 'zod';
import {
  type ContractVersion,
  DEFAULT_NETWORK_SETTINGS,
  type Meeting,
  type Network,
  type Participant,
  UNTOUCHED_NETWORK_STATE,
} from '../domain/network';
import type { AuditEvent } from '../domain/outcome';
import type { CommandRecord, ReflectionAnswer } from '../domain/repository';
import {
  auditEventSchema,
  closingAnswerSchema,
  commandRecordSchema,
  contractVersionSchema,
  meetingSchema,
  networkCoreSchema,
  participantSchema,
  reflectionAnswerSchema,
} from './row-schemas';
import { StoredRowError } from './storage-errors';
import { rowKind, VERSION_COLUMN } from './stored-row';

/**
 * The schemas check the fields the code relies on; the domain types say more (e.g. which fields a contract phase
 * has). The one cast from a checked shape to its domain type is here, named, instead of `as T` at every read.
 */
const checkedAs = <T>(schema: z.ZodType): z.ZodType<T> => schema as z.ZodType<T>;

type Raw = Record<string, unknown>;
const settingsOf = (raw: Raw): Raw => (typeof raw.settings === 'object' && raw.settings ? (raw.settings as Raw) : {});

export type NetworkCore = Omit<Network, 'contract' | 'participants' | 'meetings'>;

/**
 * The network's main row. Version 1 carried `schema: 1` instead of `v`, and was written before the lists and
 * settings added since (votes, reminders, extensions, the channel, the meeting-start message) always existed.
 */
export const NETWORK_MAIN = rowKind<NetworkCore>({
  table: 'networks',
  kind: 'network',
  version: 2,
  schema: checkedAs<NetworkCore>(networkCoreSchema),
  decode(properties) {
    if (properties[VERSION_COLUMN] === undefined && properties.schema !== 1) {
      throw new Error(`schema ${String(properties.schema)} is not one this server knows`);
    }
    if (typeof properties.data !== 'string') throw new Error('no data column');
    return JSON.parse(properties.data);
  },
  upgrades: {
    1: (raw) => ({
      track: null,
      ...UNTOUCHED_NETWORK_STATE,
      ...raw,
      settings: { ...DEFAULT_NETWORK_SETTINGS, ...settingsOf(raw) },
    }),
  },
});

/** One version of one contract phase; version 1 rows may lack signatures and the lock of an unsigned draft. */
export const CONTRACT_ROW = rowKind<ContractVersion>({
  table: 'networks',
  kind: 'contract',
  version: 2,
  schema: checkedAs<ContractVersion>(contractVersionSchema),
  upgrades: { 1: (raw) => ({ signatures: [], locked: false, ...raw }) },
});

/** A participant; version 1 rows of the first pilot had no role (everyone was a participant). */
export const PARTICIPANT_ROW = rowKind<Participant>({
  table: 'networks',
  kind: 'participant',
  version: 2,
  schema: checkedAs<Participant>(participantSchema),
  upgrades: { 1: (raw) => ({ role: 'participant', ...raw }) },
});

/** A meeting; version 1 rows may lack the chat id (meetings linked before the card went to the chat). */
export const MEETING_ROW = rowKind<Meeting>({
  table: 'networks',
  kind: 'meeting',
  version: 2,
  schema: checkedAs<Meeting>(meetingSchema),
  upgrades: { 1: (raw) => ({ chatId: '', anonymous: false, ...raw }) },
});

/** A reflection answer without its key (the row key); version 1 answers may lack the optional texts. */
export const REFLECTION_ROW = rowKind<Omit<ReflectionAnswer, 'answerKey'>>({
  table: 'networks',
  kind: 'reflection answer',
  version: 2,
  schema: reflectionAnswerSchema,
  upgrades: {
    1: (raw) => ({ valueComment: '', workingWellComment: '', suggestion: '', changeForm: false, person: null, ...raw }),
  },
});

/** A closing reflection answer; version 1 is the same shape. */
export const CLOSING_ROW = rowKind<Record<string, unknown>>({
  table: 'networks',
  kind: 'closing answer',
  version: 2,
  schema: closingAnswerSchema,
  upgrades: { 1: (raw) => ({ person: null, ...raw }) },
});

/** An audit event; version 1 events of system actions may lack the surface. */
export const AUDIT_ROW = rowKind<AuditEvent>({
  table: 'networks',
  kind: 'audit event',
  version: 2,
  schema: checkedAs<AuditEvent>(auditEventSchema),
  upgrades: { 1: (raw) => ({ surface: 'system', actor: null, ...raw }) },
});

/** A command already applied; version 1 is the same shape. */
export const COMMAND_ROW = rowKind<CommandRecord>({
  table: 'networks',
  kind: 'command',
  version: 2,
  schema: commandRecordSchema,
  upgrades: { 1: (raw) => raw },
});

/** The list columns of the main row (JSON of person keys), checked like a row. */
export function memberKeysOf(text: unknown, rowKey: string): string[] {
  try {
    const keys: unknown = JSON.parse(String(text ?? '[]'));
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) return keys as string[];
  } catch {
    // reported below
  }
  throw new StoredRowError('networks', 'network', rowKey, 'has a memberKeys column that is not a list of keys');
}
