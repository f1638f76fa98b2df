import { isDomainError } from '../domain/errors';
import { hasComment, tallyOf } from '../domain/meeting-tally';
import type { PersonRef } from '../domain/types';
import { PEOPLE, TYPE_CASES } from '../testing/domain-fixtures';
import { serviceOn } from '../testing/service-fixtures';
import { partitionKey } from './keys';
import { tallyBaseKey, tallyPrefix } from './meeting-tally-rows';
import type { PartitionStore } from './partition-store';

const WELFARE = TYPE_CASES[2]!;

type Service = Awaited<ReturnType<typeof serviceOn>>;

/** An active network with `count` accepted participants besides the fixture's own, returned as people. */
export async function networkWithParticipants(s: Service, networkId: string, count: number): Promise<PersonRef[]> {
  await s.networkAtStage(WELFARE, 'active', networkId);
  const people = Array.from({ length: count }, (_, i) => ({
    tenantId: PEOPLE.participant.tenantId,
    objectId: `${networkId}-p${i}`,
    name: `Deltager ${i}`,
  }));
  for (const person of people)
    await s.must('leader', networkId, { type: 'inviteParticipant', person, role: 'participant' });
  const invited = (await s.networks.load(networkId))!.network.participants;
  for (const person of people) {
    const invitation = invited.find((p) => p.kind === 'internal' && p.person.objectId === person.objectId)!;
    await s.must(person, networkId, { type: 'respondToInvitation', participantId: invitation.id, accept: true });
  }
  return people;
}

export async function openMeeting(s: Service, networkId: string, meetingId: string): Promise<void> {
  await s.must('leader', networkId, { type: 'linkMeeting', meetingId, title: `Møde ${meetingId}` });
  await s.must('leader', networkId, { type: 'endMeeting', meetingId });
}

export const answerOf = (i: number, comment = '') => ({
  type: 'answerReflection' as const,
  value: (i % 5) + 1,
  workingWell: ((i + 2) % 5) + 1,
  changeForm: i % 3 === 0,
  ...(comment ? { valueComment: comment } : {}),
});

/** The store, with the row keys every multi-range read returned (how the network and its side rows are read). */
function watchingRanges(store: PartitionStore, rowsRead: string[]): PartitionStore {
  return {
    get: (...a) => store.get(...a),
    range: (...a) => store.range(...a),
    rowsWithKey: (...a) => store.rowsWithKey(...a),
    scan: (...a) => store.scan(...a),
    transact: (...a) => store.transact(...a),
    ranges: async (...a) => {
      const rows = await store.ranges(...a);
      rowsRead.push(...rows.map((r) => r.rowKey));
      return rows;
    },
  };
}

/** The tallies kept on write always equal the fold of the answers, and hold nobody's identity. */
export function describeMeetingTallyContract(name: string, makeStore: () => PartitionStore): void {
  describe(`${name}: per-meeting tallies kept on write`, () => {
    it('equals its answers through concurrent answers, replaced answers and one person answering at once', async () => {
      const s = await serviceOn(makeStore());
      const people = await networkWithParticipants(s, 'tally', 11);
      await openMeeting(s, 'tally', 'm1');
      const answer = (who: PersonRef, i: number, comment = '') =>
        s.exec(who, 'tally', { ...answerOf(i, comment), meetingId: 'm1' });
      const first = await Promise.all(people.map((p, i) => answer(p, i, i % 2 ? 'Godt' : '')));
      expect(first.filter(isDomainError)).toEqual([]);
      // Three answer again (other scores, a comment removed or added), one of them five times at once.
      const again = await Promise.all([
        answer(people[0]!, 4, 'Nu med kommentar'),
        answer(people[1]!, 2),
        ...[0, 1, 2, 3, 4].map((i) => answer(people[2]!, i, `gang ${i}`)),
      ]);
      expect(again.filter(isDomainError)).toEqual([]);
      const answers = await s.networks.reflectionAnswers('tally', 'm1');
      expect(answers).toHaveLength(11);
      const reflection = (await s.networks.meetingReflections('tally', ['m1'])).get('m1')!;
      expect(reflection.tally).toEqual(tallyOf(answers));
      expect(reflection.commented.map((a) => a.answerKey).sort()).toEqual(
        answers
          .filter(hasComment)
          .map((a) => a.answerKey)
          .sort(),
      );
      const overview = (await s.networks.meetingReflections('tally', ['m1'], { comments: false })).get('m1')!;
      expect(overview).toEqual({ tally: tallyOf(answers), commented: [] });
    });

    it("an answer reads its own answer row and the tally, never the others' answers, and counts them all", async () => {
      const rowsRead: string[] = [];
      const s = await serviceOn(watchingRanges(makeStore(), rowsRead));
      const people = await networkWithParticipants(s, 'own', 6);
      await openMeeting(s, 'own', 'm1');
      for (const [i, p] of people.slice(0, 5).entries()) await s.must(p, 'own', { ...answerOf(i), meetingId: 'm1' });
      const answerRows = () => rowsRead.filter((k) => k.startsWith('reflection~'));

      rowsRead.length = 0;
      const sixth = await s.exec(people[5]!, 'own', { ...answerOf(5), meetingId: 'm1' });
      if (isDomainError(sixth)) throw new Error(sixth.code);
      expect(sixth.answerCount).toBe(6);
      expect(sixth.answers?.map((a) => a.person?.objectId)).toEqual([people[5]!.objectId]);
      expect(answerRows()).toEqual([]);

      // An edit reads the one answer it replaces; the count stays.
      rowsRead.length = 0;
      const edit = await s.exec(people[0]!, 'own', { ...answerOf(3), meetingId: 'm1' });
      if (isDomainError(edit)) throw new Error(edit.code);
      expect(edit.answerCount).toBe(6);
      expect(answerRows()).toHaveLength(1);
      expect(
        (await s.networks.reflectionAnswers('own', 'm1')).find((a) => a.person?.objectId === people[0]!.objectId)
          ?.value,
      ).toBe(answerOf(3).value);
    });

    it('folds the answers of a meeting linked before tallies were kept', async () => {
      const store = makeStore();
      const s = await serviceOn(store);
      const people = await networkWithParticipants(s, 'legacy', 4);
      await openMeeting(s, 'legacy', 'old');
      // A meeting linked by an older server has no base tally row: its answers are not tallied on write.
      await store.transact('networks', partitionKey('legacy'), [{ kind: 'delete', rowKey: tallyBaseKey('old') }]);
      for (const [i, p] of people.entries()) await s.must(p, 'legacy', { ...answerOf(i, 'tekst'), meetingId: 'old' });
      const prefix = tallyPrefix('old');
      expect(await store.range('networks', partitionKey('legacy'), prefix, `${prefix}\u007f`)).toEqual([]);
      const answers = await s.networks.reflectionAnswers('legacy', 'old');
      const reflection = (await s.networks.meetingReflections('legacy', ['old'], { comments: false })).get('old')!;
      expect(reflection.tally).toEqual(tallyOf(answers));
      expect(reflection.tally.count).toBe(4);
      // An answer to it is counted from its answers (read in one more query, as there is no tally to read).
      const edit = await s.exec(people[0]!, 'legacy', { ...answerOf(2), meetingId: 'old' });
      if (isDomainError(edit)) throw new Error(edit.code);
      expect(edit.answerCount).toBe(4);
    });

    it('stores no person in the tally of an anonymous meeting', async () => {
      const store = makeStore();
      const s = await serviceOn(store);
      const people = await networkWithParticipants(s, 'anon', 3);
      await s.must('leader', 'anon', { type: 'updateSettings', anonymousReflections: true });
      await openMeeting(s, 'anon', 'a1');
      for (const [i, p] of people.entries()) await s.must(p, 'anon', { ...answerOf(i, 'hemmeligt'), meetingId: 'a1' });
      const prefix = tallyPrefix('a1');
      const rows = await store.range('networks', partitionKey('anon'), prefix, `${prefix}\u007f`);
      expect(rows.length).toBeGreaterThan(1);
      const text = JSON.stringify(rows.map((r) => [r.rowKey, r.properties]));
      for (const p of people) {
        expect(text).not.toContain(p.objectId);
        expect(text).not.toContain(p.name);
      }
      expect(text).not.toContain('hemmeligt');
      expect((await s.networks.meetingReflections('anon', ['a1'])).get('a1')!.tally.count).toBe(3);
    });
  });
}
