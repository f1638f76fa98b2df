import { TYPE_CASES } from '../testing/domain-fixtures';
import { serviceOn } from '../testing/service-fixtures';
import { personKey } from '../domain/types';
import type { EntityProperties } from './entity-limits';
import { NETWORK_ROWS, partitionKey, rowKey, type TableName } from './keys';
import type { PartitionStore } from './partition-store';
import { RowConfigRepository } from './row-config-repository';
import { RowDirectory } from './row-directory';
import { RowLeaderIndex } from './row-leader-index';
import { RowLease } from './row-lease';
import { RowLinks } from './row-links';
import { RowNetworkRepository } from './row-network-repository';
import { RowOutbox } from './row-outbox';
import { RowRecordsLog } from './row-records-log';
import { StoredRowError } from './storage-errors';

const WELFARE = TYPE_CASES[2]!;
const PERSON = { tenantId: 't1', objectId: 'o1', name: 'Ole' };
const ANSWER_V1 = { meetingId: 'm1', value: 4, workingWell: 5, answeredAt: '2026-01-05T10:00:00.000Z', person: PERSON };

/** Writes a row as it is given, bypassing every repository: how rows written by an older server look. */
const raw = (store: PartitionStore, table: TableName, pk: string, rk: string, properties: EntityProperties) =>
  store.transact(table, pk, [{ kind: 'upsert', rowKey: rk, properties }]);

const withoutVersion = ({ v: _v, ...rest }: EntityProperties): EntityProperties => rest;

/**
 * Every stored row kind read from its older shape (version 1: no `v` column, fields added since missing), and a
 * corrupt row of each kind refused with an error naming the table and the row kind, on every store.
 */
export function describeStoredRowVersions(name: string, makeStore: () => PartitionStore): void {
  describe(`${name}: stored rows carry a version and are parsed by their schema`, () => {
    it('reads a network whose rows are all version 1 (schema: 1, lists added since missing) as it was', async () => {
      const store = makeStore();
      const { networkAtStage, networks } = await serviceOn(store);
      const before = await networkAtStage(WELFARE, 'active', 'old');
      const pk = partitionKey('old');
      const rows = await store.range('networks', pk, '', '\u007f');
      for (const row of rows.filter((r) => !r.rowKey.startsWith(`${NETWORK_ROWS.outbox}~`))) {
        const properties = withoutVersion(row.properties);
        if (row.rowKey === NETWORK_ROWS.main) {
          const { endReminders: _e, extensions: _x, pendingVotes: _p, ...core } = JSON.parse(String(properties.data));
          const { meetingStartMessage: _m, ...settings } = core.settings;
          properties.data = JSON.stringify({ ...core, settings });
          properties.schema = 1;
        }
        await raw(store, 'networks', pk, row.rowKey, properties);
      }
      expect((await networks.load('old'))?.network).toEqual(before);
      expect((await networks.list()).find((n) => n.id === 'old')?.phase).toBe('active');
      // Reading writes nothing: an old row keeps its shape until the network's next save rewrites it.
      const main = await store.get('networks', pk, NETWORK_ROWS.main);
      expect(main?.properties.v).toBeUndefined();
    });

    it('reads version 1 answers, closing answers, audit events and command records of a network', async () => {
      const store = makeStore();
      const { networkAtStage, networks } = await serviceOn(store);
      await networkAtStage(WELFARE, 'active', 'side');
      const pk = partitionKey('side');
      await raw(store, 'networks', pk, rowKey(NETWORK_ROWS.reflection, 'm1', 'k1'), {
        data: JSON.stringify(ANSWER_V1),
      });
      await raw(store, 'networks', pk, rowKey(NETWORK_ROWS.closingReflection, 'k1'), {
        data: JSON.stringify({ satisfaction: 4, answeredAt: '2026-01-05' }),
      });
      await raw(store, 'networks', pk, rowKey(NETWORK_ROWS.audit, '0000', 'x'), {
        data: JSON.stringify({ id: 'e', networkId: 'side', commandId: 'c', at: '0000', type: 'ideaSubmitted' }),
      });
      await raw(store, 'networks', pk, rowKey(NETWORK_ROWS.command, 'c-old'), {
        data: JSON.stringify({ commandId: 'c-old', type: 'submitIdea', at: '2026-01-01' }),
      });
      expect(await networks.reflectionAnswers('side', 'm1')).toEqual([
        { ...ANSWER_V1, answerKey: 'k1', valueComment: '', workingWellComment: '', suggestion: '', changeForm: false },
      ]);
      expect(await networks.closingAnswers('side')).toEqual([
        { satisfaction: 4, answeredAt: '2026-01-05', person: null },
      ]);
      expect((await networks.auditTrail('side'))[0]).toEqual(
        expect.objectContaining({ id: 'e', surface: 'system', actor: null }),
      );
      expect(await networks.findCommand('side', 'c-old')).toEqual({
        commandId: 'c-old',
        type: 'submitIdea',
        at: '2026-01-01',
      });
    });

    it('reads a version 1 outbox row (no lease, no sent conversation, no next attempt)', async () => {
      const store = makeStore();
      const message = {
        id: 'msg',
        target: { kind: 'person', personKey: 'k' },
        view: { type: 'participants' },
        mode: 'send',
      };
      await raw(store, 'networks', partitionKey('n1'), rowKey(NETWORK_ROWS.outbox, '2026', 'msg'), {
        networkId: 'n1',
        data: JSON.stringify(message),
        status: 'pending',
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      const [entry] = await new RowOutbox(store).forNetwork('n1');
      expect(entry).toEqual(
        expect.objectContaining({
          message,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: '2026-01-01T00:00:00.000Z',
          leaseUntil: '',
          sentConversationId: '',
        }),
      );
    });

    it('reads version 1 directory, link, leader, lease, configuration and records rows', async () => {
      const store = makeStore();
      const key = personKey(PERSON);
      await raw(store, 'directory', 'person', partitionKey(key), {
        data: JSON.stringify({ ...PERSON, teamsId: '29:x', serviceUrl: 'https://s' }),
      });
      await raw(store, 'directory', 'conversation', partitionKey('19:c'), {
        data: JSON.stringify({ conversationId: '19:c', serviceUrl: 'https://s', tenantId: 't1' }),
      });
      await raw(store, 'directory', 'meeting-link', partitionKey('meet'), { networkId: 'n1' });
      await raw(store, 'leaders', partitionKey(key), 'networks', { ids: JSON.stringify(['n1']) });
      await raw(store, 'leases', 'lease', 'scheduler', { holder: 'other', until: '2999-01-01T00:00:00.000Z' });
      await raw(store, 'config', 'org', 'current', { data: JSON.stringify({ director: PERSON, consultants: [] }) });
      await raw(store, 'records', 'settings', 'current', { data: JSON.stringify({ retentionMonths: 36 }) });
      await raw(store, 'records', 'exported', partitionKey('n1'), { at: '2026-02-01' });
      await raw(store, 'records', 'audit', rowKey('2026', 'r1'), {
        data: JSON.stringify({ id: 'r1', at: '2026', kind: 'caseRecordExported' }),
      });

      const directory = new RowDirectory(store);
      expect(await directory.person(key)).toEqual({
        ...PERSON,
        teamsId: '29:x',
        serviceUrl: 'https://s',
        personalConversationId: '',
        locale: '',
      });
      expect(await directory.conversation('19:c')).toEqual(
        expect.objectContaining({ conversationId: '19:c', name: '', teamId: '', conversationType: '' }),
      );
      expect(await new RowLinks(store).networkForMeeting('meet')).toBe('n1');
      expect((await new RowLeaderIndex(store).read(key)).networkIds).toEqual(['n1']);
      expect(await new RowLease(store).acquire('scheduler', 'me', 1000, new Date('2026-01-01'))).toBe(false);
      const { config } = await new RowConfigRepository(store).load();
      expect(config.director).toEqual(PERSON);
      expect(config.forums.headsForum).toEqual({
        members: [],
        quorum: 1,
        rule: 'votes',
        secretaries: [],
        deadlineDays: 14,
      });
      const records = new RowRecordsLog(store);
      expect(await records.settings()).toEqual({ retentionMonths: 36, privacyOfficers: [] });
      expect(await records.exported()).toEqual(new Map([['n1', '2026-02-01']]));
      expect(await records.events()).toEqual([
        { id: 'r1', at: '2026', kind: 'caseRecordExported', by: null, networkIds: [], details: {} },
      ]);
    });

    it('writes the version on every row it writes', async () => {
      const store = makeStore();
      const { networkAtStage } = await serviceOn(store);
      await networkAtStage(WELFARE, 'active', 'versioned');
      const rows = await store.range('networks', partitionKey('versioned'), '', '\u007f');
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.filter((r) => typeof r.properties.v !== 'number').map((r) => r.rowKey)).toEqual([]);
      expect((await store.get('config', 'org', 'current'))?.properties.v).toBe(3);
    });

    it('reads a version 2 configuration (before decision rules) as one member deciding by vote, the committee in its meeting', async () => {
      const store = makeStore();
      const v2Forum = { members: [PERSON], quorum: 2 };
      const forums = {
        directorsForum: v2Forum,
        headsForum: v2Forum,
        politicalCommittee: v2Forum,
        centralDepartmentHeads: v2Forum,
      };
      await raw(store, 'config', 'org', 'current', {
        v: 2,
        data: JSON.stringify({ director: PERSON, consultants: [], forums, channels: {} }),
      });
      const { config } = await new RowConfigRepository(store).load();
      expect(config.forums.headsForum).toEqual({ ...v2Forum, rule: 'votes', secretaries: [], deadlineDays: 14 });
      expect(config.forums.politicalCommittee.rule).toBe('meeting');
    });

    /** A corrupt row of each kind, and the read that must refuse it with the table and the row kind. */
    const CORRUPT: [string, TableName, string, string, EntityProperties, (s: PartitionStore) => Promise<unknown>][] = [
      [
        'network',
        'networks',
        'bad',
        NETWORK_ROWS.main,
        { v: 2, data: JSON.stringify({ id: 'bad', phase: 'nowhere' }) },
        (s) => new RowNetworkRepository(s).load('bad'),
      ],
      [
        'network',
        'networks',
        'bad',
        NETWORK_ROWS.main,
        { v: 2, data: '{not json' },
        (s) => new RowNetworkRepository(s).list(),
      ],
      [
        'network',
        'networks',
        'bad',
        NETWORK_ROWS.main,
        { schema: 7, data: '{}' },
        (s) => new RowNetworkRepository(s).load('bad'),
      ],
      [
        'reflection answer',
        'networks',
        'bad',
        rowKey(NETWORK_ROWS.reflection, 'm', 'k'),
        { v: 2, data: JSON.stringify({ ...ANSWER_V1, value: 9 }) },
        (s) => new RowNetworkRepository(s).reflectionAnswers('bad', 'm'),
      ],
      [
        'audit event',
        'networks',
        'bad',
        rowKey(NETWORK_ROWS.audit, 'x'),
        { v: 2, data: JSON.stringify({ id: 'e' }) },
        (s) => new RowNetworkRepository(s).auditTrail('bad'),
      ],
      [
        'command',
        'networks',
        'bad',
        rowKey(NETWORK_ROWS.command, 'c'),
        { v: 2, data: '[]' },
        (s) => new RowNetworkRepository(s).findCommand('bad', 'c'),
      ],
      [
        'outbox message',
        'networks',
        'bad',
        rowKey(NETWORK_ROWS.outbox, 'x'),
        { v: 2, networkId: 'bad', data: '{}', status: 'lost' },
        (s) => new RowOutbox(s).forNetwork('bad'),
      ],
      [
        'person',
        'directory',
        'person',
        'k',
        { v: 2, data: JSON.stringify({ name: 3 }) },
        (s) => new RowDirectory(s).person('k'),
      ],
      [
        'conversation',
        'directory',
        'conversation',
        'c',
        { v: 2, data: '{}' },
        (s) => new RowDirectory(s).conversation('c'),
      ],
      ['link', 'directory', 'meeting-link', 'm', { v: 2 }, (s) => new RowLinks(s).networkForMeeting('m')],
      ['leader index', 'leaders', 'k', 'networks', { v: 2, ids: '{"a":1}' }, (s) => new RowLeaderIndex(s).read('k')],
      ['lease', 'leases', 'lease', 'l', { v: 2, holder: 5 }, (s) => new RowLease(s).acquire('l', 'me', 1, new Date())],
      [
        'configuration',
        'config',
        'org',
        'current',
        { v: 2, data: JSON.stringify({ director: 'boss' }) },
        (s) => new RowConfigRepository(s).load(),
      ],
      [
        'configuration audit',
        'config',
        'org',
        'audit~2026-01-01T00:00:00.000Z~a1',
        { v: 1, data: JSON.stringify({ id: 'a1', at: '2026', changes: 'all of them' }) },
        (s) => new RowConfigRepository(s).auditTrail(),
      ],
      [
        'records settings',
        'records',
        'settings',
        'current',
        { v: 2, data: JSON.stringify({ retentionMonths: -1 }) },
        (s) => new RowRecordsLog(s).settings(),
      ],
      [
        'records event',
        'records',
        'audit',
        'e',
        { v: 2, data: JSON.stringify({ id: 'e', kind: 'guessed' }) },
        (s) => new RowRecordsLog(s).events(),
      ],
      ['records mark', 'records', 'purged', 'n', { v: 2 }, (s) => new RowRecordsLog(s).purged()],
      ['person', 'directory', 'person', 'k', { v: 99, data: '{}' }, (s) => new RowDirectory(s).person('k')],
    ];

    it.each(CORRUPT)(
      'refuses a corrupt %s row in %s with a storage error naming both',
      async (kind, table, pk, rk, properties, read) => {
        const store = makeStore();
        await raw(store, table, pk, rk, properties);
        const error: unknown = await read(store).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoredRowError);
        expect(error).toMatchObject({ code: 'STORAGE.BAD_ROW', table, rowKind: kind });
        expect((error as Error).message).toContain(`stored ${kind} row`);
        expect((error as Error).message).toContain(`in table ${table}`);
      },
    );
  });
}
