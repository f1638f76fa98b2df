/** The schemas of the overview, one network's view, the network site and a new idea's answer. */
import { z } from 'zod';
import { DECIDING_BODIES } from '../domain/anchoring';
import { CLOSING_TEXT_QUESTIONS } from '../domain/closing-summary';
import { DECISION_LOG_KINDS } from '../domain/decision-log';
import { PHASES } from '../domain/network';
import { BODIES, NETWORK_TYPES, SURFACES, TRACKS } from '../domain/types';
import {
  PENDING_KINDS,
  type IdeaCreatedDto,
  type NetworkListDto,
  type NetworkViewDto,
  type SiteDto,
} from './api-types';
import { personSchema } from './people-schemas';
import { contractOf } from './response-contract';

const body = z.enum(BODIES);
const phase = z.enum(PHASES);
const networkType = z.enum(NETWORK_TYPES);
const track = z.enum(TRACKS).nullable();
const period = z.object({ startDate: z.string(), endDate: z.string() }).nullable();
const stamp = { by: z.string(), at: z.string() };
const contractPhase = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const averages = z.object({ value: z.number(), workingWell: z.number() }).nullable();
const commentQuestion = z.enum(['value', 'workingWell', 'suggestion']);

const pendingSchema = z.object({
  kind: z.enum(PENDING_KINDS),
  waitingFor: z.array(body),
  waitingForNames: z.array(z.string()),
  since: z.string().nullable(),
  dueOn: z.string().optional(),
  contractPhase: contractPhase.optional(),
  subject: z.string().optional(),
});

const summarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: networkType,
  track,
  phase,
  leader: personSchema.nullable(),
  period,
  daysLeft: z.number().nullable(),
  leaderLoad: z.number().nullable(),
  pending: z.array(pendingSchema),
  participantCount: z.number(),
  meetingCount: z.number(),
  responseRate: z.number().nullable(),
});

export const networkListContract = contractOf<NetworkListDto>()(
  'NetworkListDto',
  z.object({ scope: z.enum(['all', 'mine']), networks: z.array(summarySchema) }),
);

const contractPhaseSchema = z.object({
  phase: contractPhase,
  versions: z.array(
    z.object({
      version: z.number(),
      fields: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      editedBy: z.string(),
      editedAt: z.string(),
      signatures: z.array(z.object({ ...stamp, as: body, meetingDate: z.string().optional() })),
      parties: z.array(
        z.object({
          body,
          acknowledged: z.boolean(),
          by: z.array(z.object({ ...stamp, meetingDate: z.string().optional() })),
        }),
      ),
      locked: z.boolean(),
      byExtension: z.object(stamp).optional(),
    }),
  ),
  requiredSigners: z.array(body),
  canEdit: z.boolean(),
  canSign: z.boolean(),
  signsForMeeting: z.boolean(),
});

const participantSchema = z.object({
  id: z.string(),
  kind: z.enum(['internal', 'external']),
  name: z.string(),
  organisation: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(['participant', 'guest']),
  status: z.enum(['invited', 'accepted', 'declined']),
  guestUntil: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  respondedAt: z.string().nullable(),
});

const meetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['scheduled', 'reflectionOpen', 'reflectionClosed']),
  anonymous: z.boolean(),
  endedAt: z.string().nullable(),
  responses: z.number(),
  eligible: z.number(),
  averages,
  changeFormVotes: z.number().nullable(),
  comments: z.array(z.object({ question: commentQuestion, text: z.string(), by: z.string().nullable() })).nullable(),
  withheld: z.boolean(),
  reflectionStartedAt: z.string().nullable(),
  attendance: z
    .object({
      present: z.array(z.object({ name: z.string(), joinedAt: z.string(), leftAt: z.string().nullable() })),
      absent: z.array(z.string()),
    })
    .nullable(),
});

const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  value: z.string(),
  forWhom: z.string(),
  ...stamp,
});

const closingSummarySchema = z.object({
  round: z.number(),
  answered: z.number(),
  anonymous: z.boolean(),
  visible: z.boolean(),
  satisfactionAverage: z.number().nullable(),
  questions: z.array(z.object({ question: z.enum(CLOSING_TEXT_QUESTIONS), answers: z.array(z.string()) })),
  goals: z.array(z.object({ goal: z.string(), answers: z.array(z.string()) })),
});

const closingSchema = z.object({
  startedAt: z.string(),
  stories: z.array(storySchema),
  recommendation: z
    .object({
      continueNetwork: z.boolean(),
      sameForm: z.boolean(),
      sameParticipants: z.boolean(),
      reasoning: z.string(),
      ...stamp,
      lastEdit: z.object(stamp).nullable(),
    })
    .nullable(),
  directorEndorsement: z.object({ comment: z.string(), ...stamp, decider: body }).nullable(),
  reflectionResponses: z.number(),
  satisfactionAverage: z.number().nullable(),
  round: z.number(),
  summary: closingSummarySchema.nullable(),
  valueSeen: z.object({ text: z.string(), ...stamp }).nullable(),
});

const roundSchema = z.object({
  round: z.number(),
  closing: closingSchema,
  extension: z.object({
    previousEndDate: z.string(),
    newEndDate: z.string(),
    ...stamp,
    evaluation: z.object({
      stillMakesSense: z.string(),
      achievingGoals: z.string(),
      rightParticipants: z.string(),
      resourcesUsedWell: z.string(),
      adjustments: z.string(),
    }),
  }),
});

const anchoringSchema = z.object({
  experiences: z.string(),
  recommendations: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      path: z.string(),
      approved: z.boolean().nullable(),
      followUp: z
        .object({ outcome: z.string(), ...stamp, meetingDate: z.string().nullable() })
        .nullable()
        .optional(),
    }),
  ),
});

const decisionSchema = z.object({
  kind: z.enum(DECISION_LOG_KINDS),
  outcome: z.string(),
  ...stamp,
  reason: z.string().nullable(),
  // An anchoring outcome's deciding body may be the municipal council, which is no body of the routing table.
  body: z.union([body, z.enum(DECIDING_BODIES)]).nullable(),
  meetingDate: z.string().nullable(),
  subject: z.string().nullable(),
  votes: z.array(z.object({ ...stamp, outcome: z.string() })),
});

const historySchema = z.object({
  id: z.string(),
  type: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  surface: z.enum(SURFACES),
  reason: z.string().nullable(),
});

const failedMessageSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  target: z.string(),
  card: z.string(),
  attempts: z.number(),
  lastError: z.string(),
});

export const networkViewContract = contractOf<NetworkViewDto>()(
  'NetworkViewDto',
  z.object({
    id: z.string(),
    name: z.string(),
    type: networkType,
    track,
    phase,
    purpose: z.string(),
    background: z.string(),
    originator: z.string(),
    originatorGroup: z.string(),
    leader: personSchema.nullable(),
    period,
    daysLeft: z.number().nullable(),
    anonymousReflections: z.boolean(),
    timeline: z.array(z.object({ phase, at: z.string().nullable() })),
    contract: z.array(contractPhaseSchema),
    participants: z.array(participantSchema),
    canManageParticipants: z.boolean(),
    meetings: z.array(meetingSchema),
    closing: closingSchema.nullable(),
    rounds: z.array(roundSchema),
    anchoring: anchoringSchema.nullable(),
    decisions: z.array(decisionSchema),
    pending: z.array(pendingSchema),
    history: z.array(historySchema),
    failedMessages: z.array(failedMessageSchema).nullable(),
  }),
);

export const siteContract = contractOf<SiteDto>()(
  'SiteDto',
  z.object({
    networks: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: networkType,
        period,
        publishedAt: z.string(),
        stories: z.array(storySchema),
        recommendations: z.array(z.object({ id: z.string(), text: z.string(), path: z.string() })),
      }),
    ),
  }),
);

export const ideaCreatedContract = contractOf<IdeaCreatedDto>()(
  'IdeaCreatedDto',
  z.object({ networkId: z.string(), name: z.string(), next: z.string() }),
);
