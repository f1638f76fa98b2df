import { ConcurrencyError } from '../domain/concurrency-error';
import { baseConversationId, type Directory, type KnownConversation, type KnownPerson } from '../domain/directory';
import { type PersonRef, personKey } from '../domain/types';
import { partitionKey, prefixUpperBound } from './keys';
import type { PartitionStore } from './partition-store';

const PEOPLE = 'person';
const CONVERSATIONS = 'conversation';
const WELCOMED = 'welcomed';

/**
 * The directory table: one partition of people (keyed by person key) and one of conversations. Upserts merge
 * with what is known, so a sparse activity never erases a stored Teams id.
 */
export class RowDirectory implements Directory {
  constructor(private readonly store: PartitionStore) {}

  async rememberPerson(update: Partial<KnownPerson> & PersonRef): Promise<void> {
    const key = partitionKey(personKey(update));
    const existing = await this.person(personKey(update));
    const merged: KnownPerson = {
      tenantId: update.tenantId,
      objectId: update.objectId,
      name: update.name || existing?.name || '',
      teamsId: update.teamsId || existing?.teamsId || '',
      serviceUrl: update.serviceUrl || existing?.serviceUrl || '',
      personalConversationId: update.personalConversationId || existing?.personalConversationId || '',
      locale: update.locale || existing?.locale || '',
    };
    if (existing && JSON.stringify(existing) === JSON.stringify(merged)) return;
    await this.store.transact('directory', PEOPLE, [
      { kind: 'upsert', rowKey: key, properties: { data: JSON.stringify(merged) } },
    ]);
  }

  async person(key: string): Promise<KnownPerson | null> {
    const row = await this.store.get('directory', PEOPLE, partitionKey(key));
    return row ? (JSON.parse(String(row.properties.data)) as KnownPerson) : null;
  }

  async people(): Promise<KnownPerson[]> {
    const rows = await this.store.range('directory', PEOPLE, '', prefixUpperBound(''));
    return rows
      .map((r) => JSON.parse(String(r.properties.data)) as KnownPerson)
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  async rememberConversation(conversation: KnownConversation): Promise<void> {
    const stored = { ...conversation, conversationId: baseConversationId(conversation.conversationId) };
    await this.store.transact('directory', CONVERSATIONS, [
      { kind: 'upsert', rowKey: partitionKey(stored.conversationId), properties: { data: JSON.stringify(stored) } },
    ]);
  }

  async conversation(conversationId: string): Promise<KnownConversation | null> {
    const row = await this.store.get('directory', CONVERSATIONS, partitionKey(baseConversationId(conversationId)));
    return row ? (JSON.parse(String(row.properties.data)) as KnownConversation) : null;
  }

  async conversations(): Promise<KnownConversation[]> {
    const rows = await this.store.range('directory', CONVERSATIONS, '', prefixUpperBound(''));
    // Rows an older version stored per thread (`;messageid=`) are not conversations of their own.
    return rows
      .map((r) => JSON.parse(String(r.properties.data)) as KnownConversation)
      .filter((c) => baseConversationId(c.conversationId) === c.conversationId);
  }

  async markWelcomed(conversationId: string): Promise<boolean> {
    try {
      await this.store.transact('directory', WELCOMED, [
        { kind: 'create', rowKey: partitionKey(baseConversationId(conversationId)), properties: { data: '1' } },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
  }
}
