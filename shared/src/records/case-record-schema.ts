import { z } from 'zod';
import { BODIES, NETWORK_TYPES, TRACKS } from '../domain/types';
import { PHASES } from '../domain/network';
import { DECIDING_BODIES } from '../domain/anchoring';

/**
 * The case record (sagsakt) of one network, version 1: what a case system (ESDH) imports. Documented in
 * docs/case-record.md; the JSON Schema in docs/case-record.schema.json is generated from this and checked in tests.
 * A new optional field is a minor version (1.1); a renamed or removed field is a new major version.
 */
export const CASE_RECORD_SCHEMA_ID = 'https://netvaerk-for-teams.dk/schemas/case-record/1.json';
export const CASE_RECORD_VERSION = '1.0';

const text = z.string();
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'ISO 8601 date and time');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'ISO 8601 date');

/** A person as the record names them; after an erasure `erased` is true and the name is the tombstone's. */
export const recordPersonSchema = z.object({
  name: text,
  tenantId: text,
  objectId: text,
  erased: z.boolean(),
});

/** The body's decision rule when the decision was taken (helper-extensible: more kinds can be added). */
export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person') }),
  z.object({ kind: z.literal('quorum'), quorum: z.number().int().min(1), members: z.number().int().min(0) }),
]);

export const DECISION_KINDS = [
  'withdrawal',
  'recommendation',
  'decision',
  'briefing',
  'leaderNomination',
  'leaderDecision',
  'compositionBriefing',
  'closingEndorsement',
  'continuationDecision',
  'publication',
  'anchoringOutcome',
] as const;

/** The sections of the record, in the order of the lifecycle; each decision belongs to one. */
export const RECORD_SECTIONS = ['idea', 'decision', 'leader', 'participants', 'closing', 'anchoring'] as const;

export const recordVoteSchema = z.object({
  by: recordPersonSchema,
  at: isoDateTime,
  outcome: z.enum(['recommend', 'approve', 'reject', 'extend', 'close']),
  reason: text,
});

export const recordDecisionSchema = z.object({
  /** Stable across exports: `{networkId}/{audit event id}`. */
  id: text,
  kind: z.enum(DECISION_KINDS),
  section: z.enum(RECORD_SECTIONS),
  body: z.enum(BODIES).nullable(),
  rule: decisionRuleSchema.nullable(),
  recordedBy: recordPersonSchema.nullable(),
  at: isoDateTime,
  outcome: text,
  reasons: z.array(text),
  votes: z.array(recordVoteSchema),
  /** What the decision was about beyond the network itself (the nominated leader, a new end date). */
  subject: text,
});

export const recordContractVersionSchema = z.object({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  version: z.number().int().min(1),
  locked: z.boolean(),
  editedBy: recordPersonSchema,
  editedAt: isoDateTime,
  /** The phase's fields in the order of the contract form, label and value. */
  fields: z.array(z.object({ key: text, label: text, value: text })),
  parties: z.array(text),
  acknowledgements: z.array(z.object({ as: z.enum(BODIES), by: recordPersonSchema, at: isoDateTime })),
});

/** A meeting's reflection as aggregates only: under the anonymity threshold only the count. */
export const recordMeetingSchema = z.object({
  id: text,
  title: text,
  endedAt: isoDateTime.nullable(),
  anonymous: z.boolean(),
  answered: z.number().int().min(0),
  expected: z.number().int().min(0),
  /** False when an anonymous meeting had fewer than the threshold's answers: no averages are recorded. */
  aggregatesShown: z.boolean(),
  averageValue: z.number().nullable(),
  averageWorkingWell: z.number().nullable(),
  changeFormYes: z.number().int().min(0).nullable(),
});

export const caseRecordSchema = z.object({
  $schema: z.literal(CASE_RECORD_SCHEMA_ID),
  schemaVersion: z.literal(CASE_RECORD_VERSION),
  generatedAt: isoDateTime,
  network: z.object({
    id: text,
    name: text,
    type: z.enum(NETWORK_TYPES),
    track: z.enum(TRACKS).nullable(),
    phase: z.enum(PHASES),
    caseStatus: z.enum(['open', 'closed', 'rejected', 'withdrawn']),
    createdAt: isoDateTime,
    period: z.object({ startDate: isoDate, endDate: isoDate }).nullable(),
    closedAt: isoDateTime.nullable(),
    leader: recordPersonSchema.nullable(),
  }),
  idea: z.object({
    purpose: text,
    background: text,
    originatorGroup: text,
    submittedBy: recordPersonSchema,
    submittedAt: isoDateTime,
  }),
  decisions: z.array(recordDecisionSchema),
  contract: z.array(recordContractVersionSchema),
  composition: z.object({
    participants: z.array(
      z.object({ name: text, organisation: text, kind: z.enum(['internal', 'external']), role: text, status: text }),
    ),
    kickoffHeldOn: isoDate.nullable(),
  }),
  meetings: z.array(recordMeetingSchema),
  closingReflection: z
    .object({
      answered: z.number().int().min(0),
      aggregatesShown: z.boolean(),
      averageSatisfaction: z.number().nullable(),
    })
    .nullable(),
  stories: z.array(
    z.object({ id: text, title: text, value: text, forWhom: text, by: recordPersonSchema, at: isoDateTime }),
  ),
  closingRecommendation: z
    .object({
      continueNetwork: z.boolean(),
      sameForm: z.boolean(),
      sameParticipants: z.boolean(),
      reasoning: text,
      by: recordPersonSchema,
      at: isoDateTime,
    })
    .nullable(),
  extensions: z.array(
    z.object({
      previousEndDate: isoDate,
      newEndDate: isoDate,
      decisionId: text,
      evaluation: z.array(z.object({ key: text, label: text, value: text })),
    }),
  ),
  anchoring: z
    .object({
      experiences: text,
      recordedBy: recordPersonSchema,
      recordedAt: isoDateTime,
      recommendations: z.array(
        z.object({
          id: text,
          text,
          path: z.enum(['lineOrganisation', ...DECIDING_BODIES]),
          approvedForPublication: z.boolean().nullable(),
        }),
      ),
    })
    .nullable(),
});

export type CaseRecord = z.infer<typeof caseRecordSchema>;
export type RecordPerson = z.infer<typeof recordPersonSchema>;
export type RecordDecision = z.infer<typeof recordDecisionSchema>;
export type RecordSection = (typeof RECORD_SECTIONS)[number];
