import { z } from 'zod';
import type { KnownConversation, KnownPerson } from '../domain/directory';
import { rowKind } from './stored-row';

const knownPersonSchema = z.object({
  tenantId: z.string(),
  objectId: z.string(),
  name: z.string(),
  teamsId: z.string(),
  serviceUrl: z.string(),
  personalConversationId: z.string(),
  locale: z.string(),
}) satisfies z.ZodType<KnownPerson>;

/**
 * The plain column that repeats a person's personal chat id, so the chat's owner is found by a filter on the
 * store (a card pressed in a 1:1 chat is updated there) instead of by reading every person.
 */
export const PERSONAL_CHAT_COLUMN = 'chat';

/** A person the bot has met. Version 1 rows were written before the locale and the personal chat were kept. */
export const PERSON_ROW = rowKind<KnownPerson>({
  table: 'directory',
  kind: 'person',
  version: 2,
  schema: knownPersonSchema,
  encode: (person) => ({ data: JSON.stringify(person), [PERSONAL_CHAT_COLUMN]: person.personalConversationId }),
  upgrades: { 1: (raw) => ({ name: '', teamsId: '', serviceUrl: '', personalConversationId: '', locale: '', ...raw }) },
});

const knownConversationSchema = z.object({
  conversationId: z.string().min(1),
  name: z.string(),
  serviceUrl: z.string(),
  tenantId: z.string(),
  conversationType: z.string(),
  teamId: z.string(),
}) satisfies z.ZodType<KnownConversation>;

/** A conversation the bot is in. Version 1 rows may lack the team and the conversation's type. */
export const CONVERSATION_ROW = rowKind<KnownConversation>({
  table: 'directory',
  kind: 'conversation',
  version: 2,
  schema: knownConversationSchema,
  upgrades: { 1: (raw) => ({ name: '', teamId: '', conversationType: '', ...raw }) },
});

/** A meeting's or channel's network: the plain column `networkId`. Version 1 is the same shape. */
export const LINK_ROW = rowKind<{ networkId: string }>({
  table: 'directory',
  kind: 'link',
  version: 2,
  schema: z.object({ networkId: z.string().min(1) }),
  decode: (p) => ({ networkId: p.networkId }),
  encode: (value) => ({ networkId: value.networkId }),
  upgrades: { 1: (raw) => raw },
});
