import { z } from 'zod';
import type { OutboxEntry, OutboxMessage, OutboxTarget } from '../domain/outbox';
import type { EntityProperties } from './entity-limits';
import { rowKind } from './stored-row';
import { NETWORK_CARD_KINDS, type NetworkCardKind } from '../cards/kinds/registry';

/** An outbox row's columns: the message as JSON, and its sending state as plain columns (queried by status). */
export type OutboxRowValue = Omit<OutboxEntry, 'partitionKey' | 'rowKey' | 'etag'>;

/** Every target kind the domain addresses: a kind added there and missing here fails to compile, not to read. */
const TARGET_KINDS = [
  'person',
  'forum',
  'channel',
  'conversation',
  'nonResponders',
] as const satisfies readonly OutboxTarget['kind'][];
const everyTargetKind: Exclude<OutboxTarget['kind'], (typeof TARGET_KINDS)[number]> extends never ? true : never = true;
void everyTargetKind;

const messageSchema = z.looseObject({
  id: z.string().min(1),
  target: z.looseObject({ kind: z.enum(TARGET_KINDS) }),
  // A network card's kind is checked against the registry too: a kind this version does not know is a bad row.
  view: z.union([
    z.looseObject({
      type: z.literal('network'),
      kind: z.enum(NETWORK_CARD_KINDS as [NetworkCardKind, ...NetworkCardKind[]]),
    }),
    z.looseObject({ type: z.enum(['contract', 'participants', 'reflection']) }),
  ]),
  mode: z.enum(['send', 'update']),
  activityId: z.string().optional(),
});

const outboxRowSchema = z.object({
  networkId: z.string(),
  message: messageSchema,
  status: z.enum(['pending', 'sending', 'sent', 'failed', 'refused']),
  attempts: z.number().int().nonnegative(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  leaseUntil: z.string(),
  lastError: z.string(),
  sentActivityId: z.string(),
  sentConversationId: z.string(),
});

/**
 * The durable outbox's rows. Version 1 rows (before the version column) may lack the columns added later: the
 * lease, the sent conversation, and the next attempt (due at once).
 */
export const OUTBOX_ROW = rowKind<OutboxRowValue>({
  table: 'networks',
  kind: 'outbox message',
  version: 2,
  // The one cast: the message's view and target are checked by their discriminant; the renderer checks the rest.
  schema: outboxRowSchema as unknown as z.ZodType<OutboxRowValue>,
  decode: (p) => ({ ...p, message: JSON.parse(String(p.data)) as unknown, data: undefined, v: undefined }),
  upgrades: {
    1: (raw) => ({
      attempts: 0,
      leaseUntil: '',
      lastError: '',
      sentActivityId: '',
      sentConversationId: '',
      ...raw,
      nextAttemptAt: raw.nextAttemptAt ?? raw.createdAt ?? '',
    }),
  },
  encode: (e): EntityProperties => ({
    networkId: e.networkId,
    data: JSON.stringify(e.message satisfies OutboxMessage),
    status: e.status,
    attempts: e.attempts,
    createdAt: e.createdAt,
    nextAttemptAt: e.nextAttemptAt,
    leaseUntil: e.leaseUntil,
    lastError: e.lastError.slice(0, 2000),
    sentActivityId: e.sentActivityId,
    sentConversationId: e.sentConversationId,
  }),
});

/**
 * The mark a posted card leaves in its network's partition, written with the row's "sent": that the app posted
 * this activity to this conversation, found with one point read instead of reading every message the network
 * ever sent.
 */
export const POSTED_CARD_ROW = rowKind<{ outboxRowKey: string }>({
  table: 'networks',
  kind: 'posted card',
  version: 1,
  schema: z.object({ outboxRowKey: z.string() }),
});
