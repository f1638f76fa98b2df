import { z } from 'zod';
import { PHASES } from '../domain/network';
import { NETWORK_TYPES, SURFACES, TRACKS } from '../domain/types';

/**
 * Building blocks of the stored rows' schemas. Objects are loose (`looseObject`): a field this code does not
 * know survives a read and a write, so a row written by a newer minor change is not stripped; what the code
 * relies on (ids, enums, numbers, the shape of people and stamps) is checked.
 */
export const personRefSchema = z.looseObject({ tenantId: z.string(), objectId: z.string(), name: z.string() });
export const stampSchema = z.looseObject({ by: personRefSchema, at: z.string() });
const decisionSchema = z.looseObject({ outcome: z.string(), by: personRefSchema, at: z.string() });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** The main row's JSON: the network without its contract, participants and meetings (those have rows). */
export const networkCoreSchema = z.looseObject({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  name: z.string(),
  type: z.enum(NETWORK_TYPES),
  track: nullable(z.enum(TRACKS)),
  phase: z.enum(PHASES),
  purpose: z.string(),
  background: z.string(),
  originator: personRefSchema,
  originatorGroup: z.string(),
  createdAt: z.string(),
  settings: z.looseObject({
    anonymousReflections: z.boolean(),
    meetingStartMessage: z.enum(['none', 'goalReminder']),
    channelId: z.string().nullable(),
  }),
  recommendation: nullable(decisionSchema),
  decision: nullable(decisionSchema),
  pendingVotes: z.array(decisionSchema),
  briefing: nullable(stampSchema),
  interested: z.array(personRefSchema),
  nomination: nullable(stampSchema.extend({ person: personRefSchema })),
  leader: nullable(personRefSchema),
  leaderDecision: nullable(decisionSchema),
  period: nullable(z.looseObject({ startDate: z.string(), endDate: z.string() })),
  compositionInformed: nullable(stampSchema),
  kickoff: nullable(stampSchema),
  closing: nullable(z.looseObject({ started: stampSchema, stories: z.array(z.looseObject({ id: z.string() })) })),
  extensions: z.array(z.looseObject({ newEndDate: z.string(), decision: decisionSchema })),
  continuationDecision: nullable(decisionSchema),
  anchoring: nullable(z.looseObject({ recommendations: z.array(z.looseObject({ id: z.string() })) })),
  publication: nullable(stampSchema),
  endReminders: z.array(z.number()),
  ended: nullable(stampSchema),
});

export const contractVersionSchema = z.looseObject({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  version: z.number().int().positive(),
  fields: z.record(z.string(), z.unknown()),
  editedBy: stampSchema,
  signatures: z.array(stampSchema.extend({ as: z.string() })),
  locked: z.boolean(),
});

const participantCommon = {
  id: z.string().min(1),
  role: z.enum(['participant', 'guest']),
  guestUntil: z.string().optional(),
  addedBy: stampSchema,
};
export const participantSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    ...participantCommon,
    kind: z.literal('internal'),
    person: personRefSchema,
    status: z.enum(['invited', 'accepted', 'declined']),
  }),
  z.looseObject({
    ...participantCommon,
    kind: z.literal('external'),
    name: z.string(),
    organisation: z.string(),
    email: z.string(),
    status: z.literal('accepted'),
  }),
]);

export const meetingSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  status: z.enum(['scheduled', 'reflectionOpen', 'reflectionClosed']),
  anonymous: z.boolean(),
  linkedBy: stampSchema,
  chatId: z.string(),
  attendeeKeys: z.array(z.string()).optional(),
  reflectionStarted: stampSchema.optional(),
  agenda: z.looseObject({ text: z.string(), by: stampSchema }).optional(),
  decisions: z.looseObject({ text: z.string(), by: stampSchema }).optional(),
  attendance: z
    .array(z.looseObject({ personKey: z.string().min(1), joinedAt: z.string(), leftAt: z.string().optional() }))
    .optional(),
});

const score = z.number().int().min(1).max(5);

/** A reflection answer as stored (its key is the row key). `person` is null for anonymous meetings. */
export const reflectionAnswerSchema = z.object({
  meetingId: z.string(),
  value: score,
  valueComment: z.string(),
  workingWell: score,
  workingWellComment: z.string(),
  changeForm: z.boolean(),
  suggestion: z.string(),
  answeredAt: z.string(),
  person: personRefSchema.nullable(),
});

/** A closing reflection answer: free texts and a satisfaction score, kept as the domain wrote them. */
export const closingAnswerSchema = z.looseObject({
  answeredAt: z.string(),
  person: personRefSchema.nullable(),
});

/** An audit event (its `row` is stored as a row of its own, not in the event). */
export const auditEventSchema = z.looseObject({
  id: z.string(),
  networkId: z.string(),
  commandId: z.string(),
  at: z.string(),
  type: z.string().min(1),
  actor: personRefSchema.nullable(),
  surface: z.enum(SURFACES),
  data: z.record(z.string(), z.unknown()).optional(),
  anonymous: z.boolean().optional(),
});

export const commandRecordSchema = z.object({ commandId: z.string(), type: z.string(), at: z.string() });
