import type { KnownPerson } from '../domain/directory';
import { type PersonRef, personKey } from '../domain/types';
import { CountingPartitionStore } from './counting-partition-store';
import type { PartitionStore } from './partition-store';
import { RowDirectory } from './row-directory';
import { partitionKey } from './keys';

const TENANT = 'tenant-directory';
const personOf = (i: number): PersonRef => ({ tenantId: TENANT, objectId: `person-${i}`, name: `Person ${i}` });
const reachable = (i: number): Partial<KnownPerson> & PersonRef => ({
  ...personOf(i),
  teamsId: `29:person-${i}`,
  serviceUrl: 'https://smba.example/emea/',
  locale: 'da-DK',
});

/**
 * The directory's read of a shared card's refresh audience: it is made with every card update, so it must read
 * the candidates' rows only, and none this instance already knows, whatever the size of the organisation.
 */
export function describeDirectoryContract(name: string, freshStore: () => PartitionStore): void {
  describe(`directory: reachable people (${name})`, () => {
    let store: PartitionStore;
    /** An organisation of 60 people with Teams ids and 2 the bot knows only from the tab (no Teams id). */
    beforeAll(async () => {
      store = freshStore();
      const writer = new RowDirectory(store);
      for (let i = 0; i < 60; i += 1) await writer.rememberPerson(reachable(i));
      await writer.rememberPerson(personOf(60));
      await writer.rememberPerson(personOf(61));
    });

    /** A directory as a freshly started instance has it, counting its queries by kind. */
    function freshInstance(now: () => number = Date.now) {
      const calls: string[] = [];
      const counted = new CountingPartitionStore(store, (operation, table) => {
        if (table === 'directory') calls.push(operation);
      });
      return { directory: new RowDirectory(counted, now), calls };
    }

    it('reads only the asked-for people, by key, in one query of at most seven keys', async () => {
      const { directory, calls } = freshInstance();
      const found = await directory.reachablePeople([0, 7, 42].map((i) => personKey(personOf(i))));
      expect([...found.values()].map((p) => p.teamsId).sort()).toEqual(['29:person-0', '29:person-42', '29:person-7']);
      expect(calls).toEqual(['ranges']);
    });

    it('splits more keys into queries of seven (Table Storage allows 15 comparisons per filter)', async () => {
      const { directory, calls } = freshInstance();
      const found = await directory.reachablePeople(Array.from({ length: 15 }, (_, i) => personKey(personOf(i))));
      expect(found.size).toBe(15);
      expect(calls).toEqual(['ranges', 'ranges', 'ranges']);
    });

    it('asks storage nothing for people it already knows', async () => {
      const { directory, calls } = freshInstance();
      const keys = [1, 2, 3].map((i) => personKey(personOf(i)));
      await directory.reachablePeople(keys);
      calls.length = 0;
      const again = await directory.reachablePeople(keys);
      expect(again.size).toBe(3);
      expect(calls).toEqual([]);
    });

    it('reads the whole partition once when most of a big audience is unknown to the instance', async () => {
      const { directory, calls } = freshInstance();
      const found = await directory.reachablePeople(Array.from({ length: 50 }, (_, i) => personKey(personOf(i))));
      expect(found.size).toBe(50);
      expect(calls).toEqual(['range']);
    });

    it('leaves out people without a Teams id or row, and looks again for them only after 30 s', async () => {
      let clock = 1_000_000;
      const { directory, calls } = freshInstance(() => clock);
      const keys = [personKey(personOf(61)), personKey(personOf(99)), personKey(personOf(5))];
      expect([...(await directory.reachablePeople(keys)).keys()]).toEqual([keys[2]]);
      calls.length = 0;
      clock += 29_000;
      expect((await directory.reachablePeople(keys)).size).toBe(1);
      expect(calls).toEqual([]);
      // Meanwhile another instance met person 61 in Teams.
      await new RowDirectory(store).rememberPerson(reachable(61));
      clock += 1_000;
      const found = await directory.reachablePeople(keys);
      expect(found.get(keys[0]!)?.teamsId).toBe('29:person-61');
      expect(found.has(keys[1]!)).toBe(false);
      expect(calls).toEqual(['ranges']);
    });
  });

  describe(`directory: a personal chat's owner (${name})`, () => {
    let store: PartitionStore;
    beforeAll(async () => {
      store = freshStore();
      const writer = new RowDirectory(store);
      for (let i = 0; i < 30; i += 1)
        await writer.rememberPerson({ ...reachable(i), personalConversationId: `a:chat-${i}` });
      // A row as stored before the chat column existed: the same value, in the data column only.
      const legacy = { ...reachable(30), name: 'Person 30', personalConversationId: 'a:chat-30' };
      await store.transact('directory', 'person', [
        { kind: 'upsert', rowKey: partitionKey(personKey(legacy)), properties: { data: JSON.stringify(legacy), v: 2 } },
      ]);
    });

    function freshInstance() {
      const calls: string[] = [];
      const counted = new CountingPartitionStore(store, (operation, table) => {
        if (table === 'directory') calls.push(operation);
      });
      return { directory: new RowDirectory(counted), calls };
    }

    it('is found by one filtered query, and then from memory', async () => {
      const { directory, calls } = freshInstance();
      expect((await directory.personWithChat('a:chat-17'))?.teamsId).toBe('29:person-17');
      expect(calls).toEqual(['range']);
      calls.length = 0;
      expect((await directory.personWithChat('a:chat-17'))?.objectId).toBe('person-17');
      expect(calls).toEqual([]);
    });

    it('is null for a chat nobody owns, and for none', async () => {
      const { directory } = freshInstance();
      expect(await directory.personWithChat('a:chat-nobody')).toBeNull();
      expect(await directory.personWithChat('')).toBeNull();
    });

    it('finds a row stored before the chat column by reading everyone once, and rewrites it for the filter', async () => {
      const first = freshInstance();
      expect((await first.directory.personWithChat('a:chat-30'))?.objectId).toBe('person-30');
      expect(first.calls).toEqual(['range', 'range', 'transact']);
      const second = freshInstance();
      expect((await second.directory.personWithChat('a:chat-30'))?.objectId).toBe('person-30');
      expect(second.calls).toEqual(['range']);
    });
  });
}

/** Issue 15: no welcome below the app's own cards, whichever instance posted them or sees the install. */
export function describeWelcomeMarksContract(name: string, freshStore: () => PartitionStore): void {
  describe(`directory: welcomes and posted cards (${name})`, () => {
    it('welcomes a conversation once, and not at all once a card was posted there (or in its threads)', async () => {
      const store = freshStore();
      const one = new RowDirectory(store);
      const other = new RowDirectory(store);
      expect(await one.markWelcomed('19:fresh@thread.v2')).toBe(true);
      expect(await other.markWelcomed('19:fresh@thread.v2')).toBe(false);

      await one.markPostedIn('19:channel@thread.tacv2;messageid=1700000000001');
      expect(await other.markWelcomed('19:channel@thread.tacv2')).toBe(false);
      // A welcomed conversation can be marked as posted in too (the mark is an upsert).
      await other.markPostedIn('19:fresh@thread.v2');
      expect(await new RowDirectory(store).markWelcomed('19:fresh@thread.v2')).toBe(false);
    });
  });
}
