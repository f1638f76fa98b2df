import fc from 'fast-check';
import { parseConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import type { PartitionStore } from '../../shared/src/storage/partition-store';
import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { ALL_VERBS } from '../../shared/src/cards/verbs';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector';

const TENANT = PEOPLE.director.tenantId;

/** Counts writes, so a rejected activity can be shown to have written nothing. */
class CountingStore extends InMemoryPartitionStore implements PartitionStore {
  writes = 0;
  override async transact(...args: Parameters<PartitionStore['transact']>) {
    this.writes++;
    return super.transact(...args);
  }
}

/** A value of a field: mostly plausible, sometimes anything at all (wrong types, huge strings, nesting). */
const maybe = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 19, arbitrary: plausible }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });

function activityArbitrary(serviceUrl: string) {
  const person = fc.constantFrom(...Object.values(PEOPLE));
  const account = person.map((p) => ({ id: `29:${p.objectId}`, name: p.name, aadObjectId: p.objectId }));
  return fc.record(
    {
      type: maybe(fc.constantFrom('message', 'invoke', 'event', 'conversationUpdate', 'installationUpdate', 'typing')),
      id: maybe(fc.string({ maxLength: 40 })),
      channelId: maybe(fc.constantFrom('msteams', 'webchat', '')),
      serviceUrl: maybe(
        fc.oneof(
          { weight: 8, arbitrary: fc.constant(serviceUrl) },
          { weight: 1, arbitrary: fc.constantFrom('', 'https://attacker.example.net/', 'not a url') },
        ),
      ),
      locale: maybe(fc.constantFrom('da-DK', 'en-US', 'xx', '')),
      from: maybe(account),
      recipient: maybe(fc.constant({ id: '28:bot', name: 'Netværk for Teams' })),
      conversation: maybe(
        fc.record({
          id: fc.constantFrom('a:personal-fuzz', '19:meeting_fuzz@thread.v2', '19:chefforum@thread.tacv2'),
          conversationType: fc.constantFrom('personal', 'groupChat', 'channel'),
          tenantId: fc.constantFrom(TENANT, TENANT, TENANT, 'other-tenant'),
        }),
      ),
      channelData: maybe(fc.record({ tenant: fc.record({ id: fc.constantFrom(TENANT, 'x') }) })),
      text: maybe(fc.constantFrom('hjælp', 'ny idé', 'mine netværk', 'opsætning', 'tilknyt netværk', 'constructor')),
      name: maybe(
        fc.constantFrom(
          'adaptiveCard/action',
          'adaptiveCard/action',
          'application/vnd.microsoft.meetingEnd',
          'task/fetch',
        ),
      ),
      replyToId: maybe(fc.string({ maxLength: 20 })),
      value: maybe(
        fc.record({
          action: fc.record({
            type: fc.constant('Action.Execute'),
            verb: fc.constantFrom(...ALL_VERBS, 'constructor', '__proto__', 'toString'),
            data: fc.dictionary(fc.constantFrom('networkId', 'kind', 'view', 'phase', 'name'), fc.anything()),
          }),
          trigger: fc.constantFrom('manual', 'automatic'),
        }),
      ),
      entities: maybe(fc.array(fc.record({ type: fc.constantFrom('clientInfo', 'mention') }), { maxLength: 3 })),
      membersAdded: maybe(fc.array(account, { maxLength: 3 })),
    },
    { requiredKeys: ['type', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation'] },
  );
}

/** Half plausible activities with the odd wrong field, half anything at all (what a fuzzer on the wire sends). */
const activities = (serviceUrl: string) =>
  fc.oneof(activityArbitrary(serviceUrl), fc.anything({ maxDepth: 3 }), fc.object({ maxDepth: 2 }));

describe('arbitrary activities at the HTTP edge (issue 10, finding 5)', () => {
  let server: RunningServer;
  let connector: FakeConnector;
  let store: CountingStore;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    connector = await startFakeConnector();
    store = new CountingStore();
    const config = parseConfig({
      LOCAL_DEV: 'true',
      PORT: '0',
      STORAGE_CONNECTION_STRING: 'unused: the store is passed in',
      BOT_TENANT_IDS: TENANT,
      SCHEDULER_INTERVAL_MS: '3600000',
      OUTBOX_DISPATCH: 'false',
      LOG_LEVEL: 'silent',
    });
    server = await startServer(config, createLogger('silent'), { store });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server.close();
    await connector.stop();
  });

  it('answers 2,000 arbitrary activities with 2xx or 4xx only, and a rejected one writes nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(activities(connector.url), async (activity) => {
        const before = store.writes;
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
        });
        await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(store.writes).toBe(before);
      }),
      { numRuns: 2000 },
    );
    expect(unhandled).toEqual([]);
    // Both kinds were exercised: the property is not vacuous.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
  });
});
