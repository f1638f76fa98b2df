/** The schemas of the in-meeting answers: the side panel and the shared stage. */
import { z } from 'zod';
import type { MeetingPanelDto, StageDto } from './meeting-api-types';
import { contractOf } from './response-contract';

const status = z.enum(['scheduled', 'reflectionOpen', 'reflectionClosed']);
const averages = z.object({ value: z.number(), workingWell: z.number() }).nullable();

export const meetingPanelContract = contractOf<MeetingPanelDto>()(
  'MeetingPanelDto',
  z.object({
    network: z.object({ id: z.string(), name: z.string() }),
    charter: z
      .object({
        goal: z.string(),
        workingForm: z.string(),
        meetingCadence: z.string(),
        groundRules: z.string(),
        tasks: z.string(),
      })
      .nullable(),
    successCriteria: z.object({ process: z.string(), product: z.string() }).nullable(),
    meeting: z.object({
      id: z.string(),
      title: z.string(),
      status,
      anonymous: z.boolean(),
      startedAt: z.string().nullable(),
      endedAt: z.string().nullable(),
      reflectionStartedAt: z.string().nullable(),
      agenda: z.string(),
      decisions: z.string(),
      responses: z.number(),
      expected: z.number(),
    }),
    previous: z.object({ title: z.string(), endedAt: z.string().nullable(), decisions: z.string() }).nullable(),
    canLead: z.boolean(),
    canClose: z.boolean(),
    stageKeys: z.object({ plain: z.string(), withComments: z.string() }).nullable(),
    canAnswer: z.boolean(),
    ownAnswer: z
      .object({
        value: z.number(),
        valueComment: z.string(),
        workingWell: z.number(),
        workingWellComment: z.string(),
        changeForm: z.boolean(),
        suggestion: z.string(),
      })
      .nullable(),
  }),
);

export const stageContract = contractOf<StageDto>()(
  'StageDto',
  z.object({
    networkName: z.string(),
    meetingTitle: z.string(),
    status,
    anonymous: z.boolean(),
    goal: z.string().nullable(),
    groundRules: z.string().nullable(),
    responses: z.number(),
    expected: z.number(),
    averages,
    averagesAtClose: z.boolean(),
    changeFormVotes: z.number().nullable(),
    comments: z
      .array(z.object({ question: z.enum(['value', 'workingWell', 'suggestion']), text: z.string() }))
      .nullable(),
  }),
);
