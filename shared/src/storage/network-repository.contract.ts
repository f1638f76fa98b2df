import { randomUUID } from 'node:crypto';
import { decide } from '../domain/decide';
import { errorMessage, isDomainError } from '../domain/errors';
import type { Decided } from '../domain/outcome';
import { parseCommand } from '../domain/parse-command';
import type { Command } from '../domain/commands';
import { actor, PEOPLE, TYPE_CASES } from '../testing/domain-fixtures';
import { serviceOn } from '../testing/service-fixtures';
import type { PartitionStore } from './partition-store';
import { RowOutbox } from './row-outbox';
import { CountingPartitionStore } from './counting-partition-store';
import { RowNetworkRepository } from './row-network-repository';
import { ConcurrencyError, EntityTooLargeError } from './storage-errors';
import { personKey } from '../domain/types';

const WELFARE = TYPE_CASES[2]!;

/** The behaviour every NetworkRepository (with the service on top) must have, on every store. */
export function describeNetworkRepositoryContract(name: string, makeStore: () => PartitionStore): void {
  describe(`${name} network repository contract`, () => {
    it('stores a network in its partition and reads back exactly what was decided', async () => {
      const { networks, networkAtStage } = await serviceOn(makeStore());
      const closed = await networkAtStage(WELFARE, 'closed', 'roundtrip');
      const loaded = await networks.load('roundtrip');
      expect(loaded?.network).toEqual(closed);
      const audit = await networks.auditTrail('roundtrip');
      expect(audit.map((e) => e.type)).toEqual(
        expect.arrayContaining(['ideaSubmitted', 'leaderAppointed', 'publicationApproved']),
      );
      expect(audit[0]).toEqual(expect.objectContaining({ actor: PEOPLE.originator, surface: 'bot' }));
      expect((await networks.list()).map((n) => n.id)).toContain('roundtrip');
    });

    it('lets exactly one of two concurrent decisions on one idea win; the other gets a concurrency error', async () => {
      const { networks, networkAtStage, world } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'recommended', 'race');
      const snapshot = (await networks.load('race'))!;
      const decideAs = (who: 'headsForum' | 'headsForum2', outcome: string) =>
        decide(
          snapshot.network,
          parseCommand({ type: 'decideIdea', commandId: randomUUID(), networkId: 'race', outcome }) as Command,
          world.context(actor(who)),
        ) as Decided;
      const results = await Promise.allSettled([
        networks.save(decideAs('headsForum', 'approve'), snapshot, 'decideIdea'),
        networks.save(decideAs('headsForum2', 'reject'), snapshot, 'decideIdea'),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(ConcurrencyError);
    });

    it('through the service, the loser of a race is told who already decided and when', async () => {
      const { exec, networkAtStage, networks } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'recommended', 'race2');
      const [a, b] = await Promise.all([
        exec('headsForum', 'race2', { type: 'decideIdea', outcome: 'approve' }),
        exec('headsForum2', 'race2', { type: 'decideIdea', outcome: 'reject' }),
      ]);
      const loser = [a, b].find(isDomainError);
      const winner = [a, b].find((r) => !isDomainError(r));
      expect(loser?.code).toBe('NETWORK.ALREADY_DECIDED');
      const decision = (await networks.load('race2'))!.network.decision!;
      expect(errorMessage(loser!, 'en')).toBe(`This was already decided by ${decision.by.name} on ${decision.at}.`);
      expect(winner).toBeDefined();
    });

    it('stores 200 concurrent reflection answers to one meeting, none lost', async () => {
      const { exec, must, networkAtStage, networks } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'active', 'reflect');
      const people = Array.from({ length: 199 }, (_, i) => ({
        tenantId: PEOPLE.participant.tenantId,
        objectId: `p${i}`,
        name: `Deltager ${i}`,
      }));
      for (const person of people)
        await must('leader', 'reflect', { type: 'inviteParticipant', person, role: 'participant' });
      const invited = (await networks.load('reflect'))!.network.participants;
      for (const person of people) {
        const invitation = invited.find((p) => p.kind === 'internal' && p.person.objectId === person.objectId)!;
        await must(person, 'reflect', { type: 'respondToInvitation', participantId: invitation.id, accept: true });
      }
      await must('leader', 'reflect', { type: 'linkMeeting', meetingId: 'meeting-1', title: 'Møde 1' });
      await must('leader', 'reflect', { type: 'endMeeting', meetingId: 'meeting-1' });
      const answerers = [PEOPLE.participant, ...people];
      const results = await Promise.all(
        answerers.map((person, i) =>
          exec(person, 'reflect', {
            type: 'answerReflection',
            meetingId: 'meeting-1',
            value: (i % 5) + 1,
            workingWell: 3,
            changeForm: false,
          }),
        ),
      );
      expect(results.filter(isDomainError)).toEqual([]);
      const answers = await networks.reflectionAnswers('reflect', 'meeting-1');
      expect(answers).toHaveLength(200);
      expect(new Set(answers.map((a) => a.person && personKey(a.person))).size).toBe(200);
      // 400 sequential set-up commands and 200 racing answers over 8 tally shards: ~30 s alone on Azurite, more
      // beside the browser suites in a full run. A generous limit, not a timing assertion.
    }, 240_000);

    it('changes nothing when a command is replayed', async () => {
      const { service, networkAtStage, networks } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'recommended', 'replay');
      const input = { type: 'decideIdea', commandId: 'same-click', networkId: 'replay', outcome: 'approve' };
      const first = await service.execute(input, actor('headsForum'));
      const auditBefore = (await networks.auditTrail('replay')).length;
      const second = await service.execute(input, actor('headsForum'));
      expect(isDomainError(first) || first.replayed).toBe(false);
      expect(!isDomainError(second) && second.replayed).toBe(true);
      expect((await networks.auditTrail('replay')).length).toBe(auditBefore);
      expect((await networks.load('replay'))!.network.version).toBe(isDomainError(first) ? -1 : first.network.version);
    });

    it('refuses an over-long field with a clear validation error and writes nothing', async () => {
      const { exec, networks } = await serviceOn(makeStore());
      const result = await exec('originator', 'toolong', {
        type: 'submitIdea',
        name: 'x'.repeat(201),
        networkType: 'welfare',
        purpose: 'p',
        background: 'b',
      });
      expect(isDomainError(result) && result.fieldErrors?.name).toBeTruthy();
      expect(await networks.load('toolong')).toBeNull();
      expect(await networks.auditTrail('toolong')).toEqual([]);
    });

    it('refuses a row over the storage limits before writing, leaving the network as it was', async () => {
      const { networks, networkAtStage, world } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'approved', 'huge');
      const snapshot = (await networks.load('huge'))!;
      const decided = decide(
        snapshot.network,
        parseCommand({ type: 'expressInterest', commandId: 'big', networkId: 'huge' }) as Command,
        world.context(actor('participant')),
      ) as Decided;
      const bloated = { ...decided, network: { ...decided.network, background: 'ø'.repeat(40_000) } };
      await expect(networks.save(bloated, snapshot, 'expressInterest')).rejects.toBeInstanceOf(EntityTooLargeError);
      expect((await networks.load('huge'))!.network).toEqual(snapshot.network);
      expect(await networks.findCommand('huge', 'big')).toBeNull();
    });

    it('refuses a write from a stale snapshot', async () => {
      const { networks, networkAtStage, world, must } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'approved', 'stale');
      const stale = (await networks.load('stale'))!;
      await must('participant', 'stale', { type: 'expressInterest' });
      const decided = decide(
        stale.network,
        parseCommand({ type: 'briefHeadsForum', commandId: 'late', networkId: 'stale' }) as Command,
        world.context(actor('centralHead')),
      ) as Decided;
      await expect(networks.save(decided, stale, 'briefHeadsForum')).rejects.toBeInstanceOf(ConcurrencyError);
    });

    it('keys any meeting id safely, even with / # ? and non-ASCII characters', async () => {
      const { must, networkAtStage, networks } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'active', 'keys');
      const meetingId = 'MCMxOTptZWV0aW5n/#?\\æøå==';
      await must('leader', 'keys', { type: 'linkMeeting', meetingId, title: 'Møde' });
      await must('leader', 'keys', { type: 'endMeeting', meetingId });
      await must('participant', 'keys', {
        type: 'answerReflection',
        meetingId,
        value: 4,
        workingWell: 5,
        changeForm: false,
      });
      expect((await networks.load('keys'))!.network.meetings[0]?.id).toBe(meetingId);
      expect(await networks.reflectionAnswers('keys', meetingId)).toHaveLength(1);
    });

    it('never lets a leader be appointed to a third network by two racing appointments', async () => {
      const { exec, networkAtStage, leaders } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'active', 'led1');
      await Promise.all(['led2', 'led3'].map((id) => networkAtStage(WELFARE, 'leaderNominated', id)));
      const results = await Promise.all(
        ['led2', 'led3'].map((id) => exec('headsForum', id, { type: 'decideLeader', outcome: 'approve' })),
      );
      expect(results.filter((r) => !isDomainError(r))).toHaveLength(1);
      expect(results.filter(isDomainError).map((e) => e.code)).toEqual(['LEADER.TOO_MANY_NETWORKS']);
      expect((await leaders.read(personKey(PEOPLE.leader))).networkIds).toHaveLength(2);
    });

    it('keeps messages in the outbox when later commands change the network', async () => {
      const { networkAtStage, must, store } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'approved', 'outboxed');
      const outbox = new RowOutbox(store);
      const before = (await outbox.forNetwork('outboxed')).length;
      expect(before).toBeGreaterThan(0);
      await must('participant', 'outboxed', { type: 'expressInterest' });
      await must('director', 'outboxed', { type: 'nominateLeader', person: PEOPLE.leader });
      expect((await outbox.forNetwork('outboxed')).filter((e) => e.status === 'pending').length).toBeGreaterThan(
        before,
      );
    });

    it('reads no outbox rows with the network, and finds a posted card by its mark, not among all messages', async () => {
      const { networkAtStage, must, store } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'approved', 'sent');
      await must('participant', 'sent', { type: 'expressInterest' });
      const outbox = new RowOutbox(store);
      const open = await outbox.open('sent');
      expect(open.length).toBeGreaterThan(2);
      expect(open.every((e) => e.networkId === 'sent' && e.status === 'pending')).toBe(true);
      // The first is posted; the rest settle in one write (superseded updates do so).
      const [first, ...rest] = open;
      await outbox.write({
        ...first!,
        status: 'sent',
        sentActivityId: 'act-1',
        sentConversationId: '19:forum@thread.tacv2;messageid=1',
      });
      let calls: string[] = [];
      const counted = new CountingPartitionStore(store, (operation) => calls.push(operation));
      await new RowOutbox(counted).writeAll(rest.map((e) => ({ ...e, status: 'sent' as const, lastError: 'x' })));
      expect(calls).toEqual(['transact']);
      expect(await outbox.open('sent')).toEqual([]);
      expect((await outbox.forNetwork('sent')).filter((e) => e.status === 'sent')).toHaveLength(open.length);

      calls = [];
      const countedOutbox = new RowOutbox(counted);
      // A thread of the channel post counts as the post's conversation; another conversation or id does not.
      expect(await countedOutbox.posted('sent', '19:forum@thread.tacv2;messageid=act-1', 'act-1')).toBe(true);
      expect(calls).toEqual(['get']);
      expect(await countedOutbox.posted('sent', '19:other@thread.tacv2', 'act-1')).toBe(false);
      expect(await countedOutbox.posted('sent', '19:forum@thread.tacv2', 'act-2')).toBe(false);

      // Every message is still in the partition, and the network's read returns none of them.
      const rowsRead: string[] = [];
      const watching = {
        ...store,
        get: store.get.bind(store),
        range: store.range.bind(store),
        rowsWithKey: store.rowsWithKey.bind(store),
        scan: store.scan.bind(store),
        transact: store.transact.bind(store),
        ranges: async (...args: Parameters<PartitionStore['ranges']>) => {
          const rows = await store.ranges(...args);
          rowsRead.push(...rows.map((r) => r.rowKey));
          return rows;
        },
      } satisfies PartitionStore;
      expect((await new RowNetworkRepository(watching).load('sent'))?.network.id).toBe('sent');
      expect(rowsRead.length).toBeGreaterThan(0);
      expect(rowsRead.filter((k) => k.startsWith('outbox~') || k.startsWith('posted~'))).toEqual([]);
    });

    it('releases the leader when a network closes', async () => {
      const { networkAtStage, leaders } = await serviceOn(makeStore());
      await networkAtStage(WELFARE, 'closed', 'done');
      expect((await leaders.read(personKey(PEOPLE.leader))).networkIds).toEqual([]);
    });
  });
}
