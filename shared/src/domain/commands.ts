import { DEADLINE_DECISIONS } from './body-decision';
import { z } from 'zod';
import { ID_PATTERN, LIMITS } from './limits';
import { DECIDING_BODIES } from './anchoring';
import { BODIES, NETWORK_TYPES, TRACKS } from './types';

// Messages here are FieldProblem codes (field-problems.ts), never text: the boundary words them per language.
const id = z.string().regex(ID_PATTERN, 'invalid');
const shortText = z.string().trim().min(1, 'required').max(LIMITS.shortText);
const longText = z.string().trim().min(1, 'required').max(LIMITS.longText);
const optionalText = z.string().trim().max(LIMITS.longText).optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'date');
const score = z.coerce.number().int('score').min(1, 'score').max(5, 'score');
const meetingId = z.string().min(1).max(512);

/** A tenant user referenced in a command (e.g. a nominee); verified against the roster by the caller. */
export const personRefSchema = z.object({ tenantId: id, objectId: id, name: shortText });

const base = { commandId: id, networkId: id };
const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...base, ...shape });

export const contractPhase1Schema = z.object({
  purpose: longText,
  background: longText,
  /** Kept for versions stored before the routing table named the parties; the form no longer asks for it. */
  parties: z.array(shortText).max(LIMITS.listItems).default([]),
});
export const contractPhase2Schema = z.object({
  startDate: isoDate,
  endDate: isoDate,
  frame: longText,
  mandate: longText,
  processCriteria: longText,
  productCriteria: longText,
});
export const contractPhase3Schema = z.object({
  understoodPurpose: longText,
  goal: longText,
  workingForm: longText,
  meetingCadence: shortText,
  groundRules: longText,
  tasks: longText,
});

export const implementationPathSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lineOrganisation') }),
  z.object({ kind: z.literal('decidingBody'), body: z.enum(DECIDING_BODIES) }),
]);

/** Every command of the lifecycle. Each carries an id, so replaying it changes nothing. */
export const commandSchema = z.discriminatedUnion('type', [
  cmd('submitIdea', {
    name: shortText,
    networkType: z.enum(NETWORK_TYPES),
    track: z.enum(TRACKS).optional(),
    purpose: longText,
    background: longText,
    originatorGroup: z.string().trim().max(LIMITS.shortText).default(''),
  }),
  cmd('withdrawIdea', { reason: optionalText }),
  cmd('assignTrack', { track: z.enum(TRACKS) }),
  cmd('recommendIdea', {
    outcome: z.enum(['recommend', 'reject']),
    reason: optionalText,
    meetingDate: isoDate.optional(),
  }),
  cmd('decideIdea', { outcome: z.enum(['approve', 'reject']), reason: optionalText, meetingDate: isoDate.optional() }),
  cmd('briefHeadsForum', {}),
  cmd('fillContractPhase1', { fields: contractPhase1Schema }),
  cmd('fillContractPhase2', { fields: contractPhase2Schema }),
  cmd('fillContractPhase3', { fields: contractPhase3Schema }),
  cmd('signContractPhase', { phase: z.coerce.number().int().min(1).max(3), meetingDate: isoDate.optional() }),
  cmd('expressInterest', { motivation: optionalText }),
  cmd('nominateLeader', { person: personRefSchema, overrideReason: optionalText }),
  cmd('decideLeader', {
    outcome: z.enum(['approve', 'reject']),
    reason: optionalText,
    meetingDate: isoDate.optional(),
  }),
  cmd('inviteParticipant', {
    person: personRefSchema,
    role: z.enum(['participant', 'guest']),
    guestUntil: isoDate.optional(),
  }),
  cmd('addExternalParticipant', {
    name: shortText,
    organisation: shortText,
    email: z.email('email').max(LIMITS.shortText),
    role: z.enum(['participant', 'guest']),
    guestUntil: isoDate.optional(),
  }),
  cmd('respondToInvitation', { participantId: id, accept: z.boolean() }),
  cmd('removeParticipant', { participantId: id }),
  cmd('informHeadsForumOfComposition', {}),
  cmd('holdKickoff', { heldOn: isoDate }),
  cmd('updateSettings', {
    anonymousReflections: z.boolean().optional(),
    meetingStartMessage: z.enum(['none', 'goalReminder']).optional(),
    channelId: z.string().max(512).nullable().optional(),
  }),
  cmd('linkMeeting', { meetingId, title: shortText, chatId: z.string().max(512).default('') }),
  cmd('noteMeetingStarted', { meetingId, title: z.string().trim().max(LIMITS.shortText).optional() }),
  cmd('endMeeting', {
    meetingId,
    attendeeKeys: z.array(z.string().max(300)).max(1000).optional(),
    title: z.string().trim().max(LIMITS.shortText).optional(),
  }),
  cmd('startReflection', { meetingId }),
  cmd('writeMeetingNotes', {
    meetingId,
    agenda: z.string().trim().max(LIMITS.longText).optional(),
    decisions: z.string().trim().max(LIMITS.longText).optional(),
  }),
  cmd('recordAttendance', {
    meetingId,
    joined: z.array(z.string().max(300)).max(1000).default([]),
    left: z.array(z.string().max(300)).max(1000).default([]),
  }),
  // How many are reminded, not who: the addressees are found again when the reminders are sent (issue 13, point 8).
  cmd('remindNonResponders', { meetingId, count: z.number().int().min(0).max(1000) }),
  cmd('answerReflection', {
    meetingId,
    value: score,
    valueComment: optionalText,
    workingWell: score,
    workingWellComment: optionalText,
    changeForm: z.boolean(),
    suggestion: optionalText,
  }),
  cmd('closeReflection', { meetingId }),
  cmd('startClosingReflection', {}),
  cmd('answerClosingReflection', {
    howWeWorked: longText,
    satisfaction: score,
    ownContribution: longText,
    goalProgress: z
      .array(z.object({ goal: shortText, progress: longText }))
      .min(1)
      .max(LIMITS.listItems),
    whatBecameDifferent: longText,
    howItWasCreated: longText,
    whereItCanBeSeen: longText,
    successAssessment: longText,
  }),
  cmd('addStory', { title: shortText, value: longText, forWhom: shortText }),
  cmd('submitClosingRecommendation', {
    continueNetwork: z.boolean(),
    sameForm: z.boolean(),
    sameParticipants: z.boolean(),
    reasoning: longText,
  }),
  // The body is checked against CONTINUATION_BODIES in the domain, so a wrong one gets a clear domain error.
  cmd('endorseClosingRecommendation', { comment: longText, decider: z.string().max(40).optional() }),
  cmd('decideContinuation', {
    outcome: z.enum(['extend', 'close']),
    reason: optionalText,
    meetingDate: isoDate.optional(),
    /** The value the deciding body sees created (issue 13, point 3). */
    valueSeen: optionalText,
    newEndDate: isoDate.optional(),
    evaluation: z
      .object({
        stillMakesSense: longText,
        achievingGoals: longText,
        rightParticipants: longText,
        resourcesUsedWell: longText,
        adjustments: longText,
      })
      .optional(),
  }),
  cmd('recordClosingMeeting', {
    experiences: longText,
    recommendations: z
      .array(z.object({ text: longText, path: implementationPathSchema }))
      .min(1)
      .max(LIMITS.listItems),
  }),
  // The deciding body decided in its own meeting (the council, a forum): its outcome is recorded with that date.
  cmd('recordAnchoringOutcome', { recommendationId: id, outcome: longText, meetingDate: isoDate }),
  cmd('approvePublication', { approvedRecommendationIds: z.array(id).max(LIMITS.listItems) }),
  cmd('recordEndReminder', { daysBefore: z.union([z.literal(60), z.literal(14)]) }),
  // The scheduler's reminder before a body's deadline, or its escalation after it (decision-deadlines.ts); the
  // body tells apart the bodies that owe the same contract version.
  cmd('noteDecisionDeadline', {
    decision: z.enum(DEADLINE_DECISIONS),
    since: z.string().max(40),
    body: z.enum(BODIES).optional(),
    step: z.enum(['reminder', 'escalation']),
  }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/** The raw input a boundary receives before validation. */
export type CommandInput = z.input<typeof commandSchema>;
