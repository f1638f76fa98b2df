/** The schemas of who the user is and whom they can pick: the answers of /api/me, /api/people, /api/dev/users. */
import { z } from 'zod';
import type { ApiErrorBody, DevUserDto, MeDto, PersonDto } from './api-types';
import { contractOf } from './response-contract';

export const personSchema = z.object({ tenantId: z.string(), objectId: z.string(), name: z.string() });

export const apiErrorContract = contractOf<ApiErrorBody>()(
  'ApiErrorBody',
  z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).optional(),
  }),
);

export const meContract = contractOf<MeDto>()(
  'MeDto',
  z.object({
    person: personSchema,
    director: z.boolean(),
    consultant: z.boolean(),
    forums: z.array(z.string()),
    seesAll: z.boolean(),
    mayExportCaseRecords: z.boolean(),
    localDev: z.boolean(),
  }),
);

export const peopleContract = contractOf<{ people: PersonDto[] }>()(
  'PeopleDto',
  z.object({ people: z.array(personSchema) }),
);

export const devUsersContract = contractOf<{ users: DevUserDto[] }>()(
  'DevUsersDto',
  z.object({
    users: z.array(
      z.object({ objectId: z.string(), tenantId: z.string(), name: z.string(), roles: z.array(z.string()) }),
    ),
  }),
);
