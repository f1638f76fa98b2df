import { z } from 'zod';
import { DECISION_RULES, emptyOrgConfig, FORUMS, type OrgConfig, withForumDefaults } from '../domain/types';
import type { ConfigAuditEntry } from '../domain/config-audit';
import { personRefSchema } from './row-schemas';
import { rowKind } from './stored-row';

const forumSchema = z.object({
  members: z.array(personRefSchema),
  quorum: z.number().int().positive(),
  rule: z.enum(DECISION_RULES),
  secretaries: z.array(personRefSchema),
  deadlineDays: z.number().int().positive(),
});
const orgConfigSchema = z.object({
  director: personRefSchema.nullable(),
  consultants: z.array(personRefSchema),
  forums: z.object(
    Object.fromEntries(FORUMS.map((f) => [f, forumSchema])) as Record<(typeof FORUMS)[number], typeof forumSchema>,
  ),
  channels: z.partialRecord(z.enum([...FORUMS, 'announcements']), z.string()),
});

/**
 * The organisation's configuration. Version 1 rows were written before every forum and the channels existed:
 * what they lack is the empty configuration's. Version 2 rows were written before each forum had a decision
 * rule, secretaries and a deadline: they read as one member deciding by vote (the political committee: in its
 * meeting), with the default deadline.
 */
export const CONFIG_ROW = rowKind<OrgConfig>({
  table: 'config',
  kind: 'configuration',
  version: 3,
  schema: orgConfigSchema as z.ZodType<OrgConfig>,
  upgrades: {
    1: (raw) => {
      const empty = emptyOrgConfig();
      const forums = typeof raw.forums === 'object' && raw.forums ? raw.forums : {};
      return { ...empty, ...raw, forums: { ...empty.forums, ...forums } };
    },
    2: (raw) => withForumDefaults(raw as unknown as OrgConfig) as unknown as Record<string, unknown>,
  },
});

/**
 * A configuration change in the audit trail: who changed what, with each field's value before and after (written
 * in the configuration's own transaction). Version 1 is the first shape.
 */
export const CONFIG_AUDIT_ROW = rowKind<ConfigAuditEntry>({
  table: 'config',
  kind: 'configuration audit',
  version: 1,
  schema: z.object({
    id: z.string().min(1),
    at: z.string(),
    by: personRefSchema,
    changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
  }) as z.ZodType<ConfigAuditEntry>,
});

/** One leader's networks: the plain column `ids` (JSON of network ids). Version 1 is the same shape. */
export const LEADER_ROW = rowKind<{ networkIds: string[] }>({
  table: 'leaders',
  kind: 'leader index',
  version: 2,
  schema: z.object({ networkIds: z.array(z.string()) }),
  decode: (p) => ({ networkIds: JSON.parse(String(p.ids)) as unknown }),
  encode: (value) => ({ ids: JSON.stringify(value.networkIds) }),
  upgrades: { 1: (raw) => raw },
});

/** A named lease: who holds it and until when (plain columns). Version 1 is the same shape. */
export const LEASE_ROW = rowKind<{ holder: string; until: string }>({
  table: 'leases',
  kind: 'lease',
  version: 2,
  schema: z.object({ holder: z.string(), until: z.string() }),
  decode: (p) => ({ holder: p.holder, until: p.until }),
  encode: (value) => ({ holder: value.holder, until: value.until }),
  upgrades: { 1: (raw) => raw },
});
