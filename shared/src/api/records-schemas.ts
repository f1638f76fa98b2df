/** The schemas of the records pages' answers: the overview, the person search, an erasure, the privacy page. */
import { z } from 'zod';
import { PHASES } from '../domain/network';
import { RECORDS_EVENT_KINDS } from '../records/records-ports';
import { personSchema } from './people-schemas';
import type { ErasureDto, PersonSearchDto, PrivacyDto, RecordsOverviewDto } from './records-api-types';
import { contractOf } from './response-contract';

const purgeSchema = z.object({
  answersPurged: z.number(),
  closingAnswersPurged: z.number(),
  participantsPurged: z.number(),
  messagesDeleted: z.number(),
  auditEventsPurged: z.number(),
});

export const recordsOverviewContract = contractOf<RecordsOverviewDto>()(
  'RecordsOverviewDto',
  z.object({
    canExport: z.boolean(),
    canHandlePersonData: z.boolean(),
    canChangeSettings: z.boolean(),
    settings: z.object({ retentionMonths: z.number(), privacyOfficers: z.array(personSchema) }),
    networks: z.array(
      z.object({ id: z.string(), name: z.string(), phase: z.enum(PHASES), exportedAt: z.string().nullable() }),
    ),
    retention: z.array(
      z.object({
        networkId: z.string(),
        name: z.string(),
        closedAt: z.string().nullable(),
        deleteFrom: z.string().nullable(),
        exportedAt: z.string().nullable(),
        status: z.enum(['open', 'waiting', 'due', 'blocked', 'done']),
        wouldDelete: purgeSchema.nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        kind: z.enum(RECORDS_EVENT_KINDS),
        by: personSchema.nullable(),
        networkIds: z.array(z.string()),
        details: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    ),
  }),
);

export const personSearchContract = contractOf<PersonSearchDto>()(
  'PersonSearchDto',
  z.object({ people: z.array(personSchema.extend({ key: z.string() })) }),
);

export const erasureContract = contractOf<ErasureDto>()(
  'ErasureDto',
  z.object({ rowsChanged: z.number(), rowsDeleted: z.number() }),
);

export const privacyContract = contractOf<PrivacyDto>()('PrivacyDto', z.object({ retentionMonths: z.number() }));

/** An answer that only says the change was kept (the records settings). */
export const savedContract = contractOf<{ ok: true }>()('SavedDto', z.object({ ok: z.literal(true) }));
