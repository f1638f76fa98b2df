import { ConcurrencyError } from '../domain/concurrency-error';
import { baseConversationId, type Directory, type KnownConversation, type KnownPerson } from '../domain/directory';
import { type PersonRef, personKey } from '../domain/types';
import { partitionKey, prefixUpperBound } from './keys';
import { MAX_KEY_RANGES, type PartitionStore } from './partition-store';
import { CONVERSATION_ROW, PERSON_ROW, PERSONAL_CHAT_COLUMN } from './directory-row-kinds';

const PEOPLE = 'person';
const CONVERSATIONS = 'conversation';
/** Entries kept per kind before starting over (a bound on memory, not a tuning knob). */
const MAX_REMEMBERED = 20_000;
/**
 * One row per conversation that has a welcome or any card of the app: created by the welcome (once, whichever
 * instance gets the install first) or written by the outbox after a card; its presence means "no welcome here".
 */
const WELCOMED = 'welcomed';
/**
 * Unknown people read by key per audience at most (in queries of MAX_KEY_RANGES keys, in parallel); more than
 * this and one read of the whole partition is cheaper in requests.
 */
const MAX_KEYED_READS = 4 * MAX_KEY_RANGES;
/**
 * How long a person found unreachable (no row, or no Teams id yet) is not looked for again. Teams ids are
 * learnt from the person's own activity on any instance; until then they refresh the card by hand.
 */
const UNREACHABLE_FOR_MS = 30_000;

/**
 * The directory table: one partition of people (keyed by person key) and one of conversations. Upserts merge
 * with what is known, so a sparse activity never erases a stored Teams id.
 */
export class RowDirectory implements Directory {
  /**
   * What this instance last read or wrote of each person and conversation: every activity remembers its sender
   * and conversation, and almost always nothing changed, so that must not cost a read each time. Another
   * instance's newer row is overwritten only by a merge that differs from what this one knew, as before.
   */
  private readonly lastKnownPeople = new Map<string, KnownPerson>();
  private readonly lastKnownConversations = new Map<string, KnownConversation>();
  /** Conversations this instance has marked as posted in: a mark is written once, not with every card. */
  private readonly markedPostedIn = new Map<string, true>();
  /** When a key was last found unreachable (see UNREACHABLE_FOR_MS). */
  private readonly unreachableSince = new Map<string, number>();

  constructor(
    private readonly store: PartitionStore,
    private readonly now: () => number = Date.now,
  ) {}

  private static keep<T>(map: Map<string, T>, key: string, value: T): void {
    if (map.size >= MAX_REMEMBERED) map.clear();
    map.set(key, value);
  }

  async rememberPerson(update: Partial<KnownPerson> & PersonRef): Promise<void> {
    const key = partitionKey(personKey(update));
    const existing = this.lastKnownPeople.get(key) ?? (await this.person(personKey(update)));
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
      { kind: 'upsert', rowKey: key, properties: PERSON_ROW.write(merged) },
    ]);
    RowDirectory.keep(this.lastKnownPeople, key, merged);
  }

  async person(key: string): Promise<KnownPerson | null> {
    const row = await this.store.get('directory', PEOPLE, partitionKey(key));
    const person = row ? PERSON_ROW.read(row.properties, row.rowKey) : null;
    if (person) RowDirectory.keep(this.lastKnownPeople, partitionKey(key), person);
    return person;
  }

  async people(): Promise<KnownPerson[]> {
    const rows = await this.store.range('directory', PEOPLE, '', prefixUpperBound(''));
    const people = rows.map((r) => {
      const person = PERSON_ROW.read(r.properties, r.rowKey);
      RowDirectory.keep(this.lastKnownPeople, r.rowKey, person);
      return person;
    });
    return people.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /**
   * A Teams id never changes once known (it is the person's id for this app), so what this instance knows
   * serves; only people it has not met (or met without a Teams id) are read, and those still unreachable are
   * not read again for UNREACHABLE_FOR_MS. An erased person is no longer anyone's candidate, so a remembered
   * entry of theirs is never asked for.
   */
  async reachablePeople(personKeys: readonly string[]): Promise<Map<string, KnownPerson>> {
    const found = new Map<string, KnownPerson>();
    const unknown: string[] = [];
    const now = this.now();
    for (const key of new Set(personKeys)) {
      const rowKey = partitionKey(key);
      const known = this.lastKnownPeople.get(rowKey);
      if (known?.teamsId) found.set(key, known);
      else if (now - (this.unreachableSince.get(rowKey) ?? -Infinity) >= UNREACHABLE_FOR_MS) unknown.push(key);
    }
    if (!unknown.length) return found;
    const read = new Map<string, KnownPerson>();
    if (unknown.length > MAX_KEYED_READS) for (const person of await this.people()) read.set(personKey(person), person);
    else {
      const queries = [];
      for (let i = 0; i < unknown.length; i += MAX_KEY_RANGES) {
        const ranges = unknown.slice(i, i + MAX_KEY_RANGES).map((key) => {
          const rowKey = partitionKey(key);
          return [rowKey, prefixUpperBound(rowKey)] as const;
        });
        queries.push(this.store.ranges('directory', PEOPLE, ranges));
      }
      for (const row of (await Promise.all(queries)).flat()) {
        const person = PERSON_ROW.read(row.properties, row.rowKey);
        RowDirectory.keep(this.lastKnownPeople, row.rowKey, person);
        read.set(personKey(person), person);
      }
    }
    for (const key of unknown) {
      const person = read.get(key);
      if (person?.teamsId) {
        found.set(key, person);
        this.unreachableSince.delete(partitionKey(key));
      } else RowDirectory.keep(this.unreachableSince, partitionKey(key), now);
    }
    return found;
  }

  /**
   * Found by the chat column, one row sent back whatever the organisation's size. A row stored before the column
   * existed is found by reading every person once, and rewritten with its column so the next lookup is a filter.
   */
  async personWithChat(conversationId: string): Promise<KnownPerson | null> {
    if (!conversationId) return null;
    for (const known of this.lastKnownPeople.values())
      if (known.personalConversationId === conversationId) return known;
    const where = { column: PERSONAL_CHAT_COLUMN, equals: conversationId };
    const [row] = await this.store.range('directory', PEOPLE, '', prefixUpperBound(''), where);
    if (row) {
      const person = PERSON_ROW.read(row.properties, row.rowKey);
      RowDirectory.keep(this.lastKnownPeople, row.rowKey, person);
      return person;
    }
    const person = (await this.people()).find((p) => p.personalConversationId === conversationId) ?? null;
    if (person)
      await this.store.transact('directory', PEOPLE, [
        { kind: 'upsert', rowKey: partitionKey(personKey(person)), properties: PERSON_ROW.write(person) },
      ]);
    return person;
  }

  async rememberConversation(conversation: KnownConversation): Promise<void> {
    const stored = { ...conversation, conversationId: baseConversationId(conversation.conversationId) };
    const key = partitionKey(stored.conversationId);
    await this.store.transact('directory', CONVERSATIONS, [
      { kind: 'upsert', rowKey: key, properties: CONVERSATION_ROW.write(stored) },
    ]);
    RowDirectory.keep(this.lastKnownConversations, key, stored);
  }

  /** A conversation's address: it never changes once known (Teams keeps a conversation's id and service URL). */
  async conversation(conversationId: string): Promise<KnownConversation | null> {
    const key = partitionKey(baseConversationId(conversationId));
    const known = this.lastKnownConversations.get(key);
    if (known) return known;
    const row = await this.store.get('directory', CONVERSATIONS, key);
    const conversation = row ? CONVERSATION_ROW.read(row.properties, row.rowKey) : null;
    if (conversation) RowDirectory.keep(this.lastKnownConversations, key, conversation);
    return conversation;
  }

  async conversations(): Promise<KnownConversation[]> {
    const rows = await this.store.range('directory', CONVERSATIONS, '', prefixUpperBound(''));
    // Rows an older version stored per thread (`;messageid=`) are not conversations of their own.
    return rows
      .map((r) => CONVERSATION_ROW.read(r.properties, r.rowKey))
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

  async markPostedIn(conversationId: string): Promise<void> {
    const key = partitionKey(baseConversationId(conversationId));
    if (!conversationId || this.markedPostedIn.has(key)) return;
    // An upsert, not a create: a welcomed conversation already has the row, and the mark only has to exist.
    await this.store.transact('directory', WELCOMED, [{ kind: 'upsert', rowKey: key, properties: { data: '1' } }]);
    RowDirectory.keep(this.markedPostedIn, key, true);
  }
}
