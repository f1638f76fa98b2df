import { openFollowUps } from './anchoring';
import { mayReadClosingReflection, summariseClosingReflection } from './closing-summary';
import { configChanges } from './config-audit';
import { type DomainError, errorMessage, isDomainError } from './errors';
import type { Network } from './network';
import type { Decided } from './outcome';
import { maySeeCommentAuthors } from './privacy';
import { currentRound } from './rounds';
import { actor, FIXTURE_INPUTS, networkAt, orgConfig, PEOPLE, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';

const WELFARE = TYPE_CASES.find((tc) => tc.type === 'welfare')!;
const codeOf = (r: Decided | DomainError) => (isDomainError(r) ? r.code : 'ok');
const okOf = (r: Decided | DomainError): Decided => {
  if (isDomainError(r)) throw new Error(`unexpected ${r.code}`);
  return r;
};
const { EVALUATION } = FIXTURE_INPUTS;
const answer = (over: Record<string, unknown> = {}) => ({ ...FIXTURE_INPUTS.CLOSING_ANSWER, ...over });

/** The network decided on and extended to 2026-12-31: the first round is behind it. */
function extended(world: TestWorld, n = networkAt(world, WELFARE, 'awaitingContinuationDecision')): Network {
  return world.must(n, actor('headsForum'), {
    type: 'decideContinuation',
    outcome: 'extend',
    newEndDate: '2026-12-31',
    evaluation: EVALUATION,
    valueSeen: 'Færre overdragelser for de unge',
  });
}

describe('the closing reflection is seen (issue 13, point 3)', () => {
  it('shows an anonymous reflection with fewer than three answers only as a count', () => {
    const two = [answer(), answer({ successAssessment: 'Nogenlunde' })];
    const s = summariseClosingReflection(two, true, 1);
    expect(s).toMatchObject({ answered: 2, visible: false, satisfactionAverage: null, questions: [], goals: [] });
  });

  it('shows averages, every text answer per question and the progress per goal from three answers', () => {
    const three = [
      answer({ satisfaction: 5, successAssessment: 'Ø-svar' }),
      answer({ satisfaction: 4, successAssessment: 'A-svar' }),
      answer({ satisfaction: 2, goalProgress: [{ goal: 'En fælles plan', progress: 'Halvvejs' }] }),
    ];
    const s = summariseClosingReflection(three, true, 1);
    expect(s.visible).toBe(true);
    expect(s.satisfactionAverage).toBe(3.7);
    // Sorted for an anonymous reflection: the order of the answers reveals nothing.
    expect(s.questions.find((q) => q.question === 'successAssessment')?.answers).toEqual(['A-svar', 'God', 'Ø-svar']);
    expect(s.goals).toEqual([{ goal: 'En fælles plan', answers: ['Halvvejs', 'Nået', 'Nået'] }]);
  });

  it('shows one answer of a named reflection, and only the round asked for', () => {
    const rows = [answer({ round: 1 }), answer({ round: 2, successAssessment: 'Runde to' })];
    expect(summariseClosingReflection(rows, false, 2)).toMatchObject({ answered: 1, visible: true });
    expect(summariseClosingReflection(rows, false, 2).questions.at(-1)?.answers).toEqual(['Runde to']);
    // Rows written before rounds existed belong to the first round.
    expect(summariseClosingReflection([answer()], false, 1).answered).toBe(1);
  });

  it('is read by the leader, the director, the consultants and the deciding body, not by others', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'awaitingContinuationDecision');
    const config = orgConfig();
    const reads = (p: keyof typeof PEOPLE) => mayReadClosingReflection(n, actor(p), config);
    expect(['leader', 'director', 'consultant', 'headsForum', 'headsForum2'].map((p) => reads(p as never))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['participant', 'politician', 'directorsForum', 'outsider'].map((p) => reads(p as never))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("fixes the reflection's anonymity when it opens: lowering it later keeps answers anonymous", () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'active');
    n = world.must(n, actor('leader'), { type: 'updateSettings', anonymousReflections: true });
    n = world.must(n, actor('leader'), { type: 'startClosingReflection' });
    n = world.must(n, actor('leader'), { type: 'updateSettings', anonymousReflections: false });
    world.now = new Date('2026-11-02T13:47:11.000Z');
    const decided = okOf(world.run(n, actor('participant'), { type: 'answerClosingReflection', ...answer() }));
    const [event] = decided.events;
    expect(event?.anonymous).toBe(true);
    expect(event?.actor).toBeNull();
    expect(event?.row?.value).toMatchObject({ person: null, answeredAt: '2026-11-02', round: 1 });
    // The audit event keeps only the day, like the answer.
    expect(event?.at).toBe('2026-11-02T00:00:00.000Z');
  });

  it('records the value the deciding body sees created with its decision', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'awaitingContinuationDecision');
    const closed = world.must(n, actor('headsForum'), {
      type: 'decideContinuation',
      outcome: 'close',
      valueSeen: 'En ny praksis i sagsbehandlingen',
    });
    expect(closed.closing?.valueSeen).toMatchObject({
      text: 'En ny praksis i sagsbehandlingen',
      by: PEOPLE.headsForum,
    });
  });
});

describe('rounds (issue 13, point 4)', () => {
  it("keeps the first round's stories, recommendations and decision after an extension", () => {
    const world = new TestWorld();
    const before = networkAt(world, WELFARE, 'awaitingContinuationDecision');
    const n = extended(world, before);
    expect(n.phase).toBe('active');
    expect(n.closing).toBeNull();
    expect(currentRound(n)).toBe(2);
    const [first] = n.rounds ?? [];
    expect(first?.round).toBe(1);
    expect(first?.closing.stories).toEqual(before.closing?.stories);
    expect(first?.closing.recommendation).toEqual(before.closing?.recommendation);
    expect(first?.closing.directorEndorsement).toEqual(before.closing?.directorEndorsement);
    expect(first?.closing.valueSeen?.text).toBe('Færre overdragelser for de unge');
    expect(first?.extension).toMatchObject({ previousEndDate: '2026-10-31', newEndDate: '2026-12-31' });
  });

  it('writes a new locked version of contract phase 2 with the new end date; the old one stays', () => {
    const world = new TestWorld();
    const n = extended(world);
    const phase2 = n.contract.filter((c) => c.phase === 2).sort((a, b) => a.version - b.version);
    expect(phase2.map((c) => [c.version, c.locked, (c.fields as { endDate: string }).endDate])).toEqual([
      [1, true, '2026-10-31'],
      [2, true, '2026-12-31'],
    ]);
    expect(phase2[1]?.byExtension?.by).toEqual(PEOPLE.headsForum);
    expect(n.period).toEqual({ startDate: '2026-02-01', endDate: '2026-12-31' });
  });

  it('lets phase 2 be edited after an extension past a year, as long as the extended period is kept', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'awaitingContinuationDecision');
    world.now = new Date('2026-10-01T09:00:00.000Z');
    n = world.must(n, actor('headsForum'), {
      type: 'decideContinuation',
      outcome: 'extend',
      newEndDate: '2027-06-30',
      evaluation: EVALUATION,
    });
    const fields = { ...FIXTURE_INPUTS.PHASE2, endDate: '2027-06-30', mandate: 'Tre timer om ugen' };
    expect(codeOf(world.run(n, actor('leader'), { type: 'fillContractPhase2', fields }))).toBe('ok');
    expect(codeOf(world.run(n, actor('leader'), { type: 'fillContractPhase2', fields: FIXTURE_INPUTS.PHASE2 }))).toBe(
      'CONTRACT.PERIOD_FIXED',
    );
  });

  it('keeps answers per round: the second round writes its own rows', () => {
    const world = new TestWorld();
    let n = extended(world);
    n = world.must(n, actor('leader'), { type: 'startClosingReflection' });
    const decided = okOf(world.run(n, actor('participant'), { type: 'answerClosingReflection', ...answer() }));
    expect(decided.events[0]?.row?.keyParts[0]).toBe('2');
    expect(decided.events[0]?.row?.value).toMatchObject({ round: 2 });
  });

  it('changes the period only through an extension decision: a new phase-2 version must keep the dates', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'active');
    const refill = (endDate: string) =>
      codeOf(
        world.run(n, actor('leader'), { type: 'fillContractPhase2', fields: { ...FIXTURE_INPUTS.PHASE2, endDate } }),
      );
    expect(refill('2026-12-31')).toBe('CONTRACT.PERIOD_FIXED');
    expect(refill('2026-10-31')).toBe('ok');
  });
});

describe('anchoring follow-up (issue 13, point 6)', () => {
  function withRecommendations(world: TestWorld): Network {
    const n = networkAt(world, WELFARE, 'closingMeeting');
    return world.must(n, actor('leader'), {
      type: 'recordClosingMeeting',
      experiences: 'Vi lærte',
      recommendations: [
        { text: 'Fast møde', path: { kind: 'lineOrganisation' } },
        { text: 'Ny stilling', path: { kind: 'decidingBody', body: 'municipalCouncil' } },
        { text: 'Fælles budget', path: { kind: 'decidingBody', body: 'directorsForum' } },
      ],
    });
  }

  it('opens a task per deciding-body recommendation until its outcome is recorded, also after closing', () => {
    const world = new TestWorld();
    let n = withRecommendations(world);
    const [line, council, forum] = n.anchoring!.recommendations;
    expect(openFollowUps(n).map((r) => r.id)).toEqual([council!.id, forum!.id]);
    n = world.must(n, actor('director'), { type: 'approvePublication', approvedRecommendationIds: [line!.id] });
    expect(n.phase).toBe('closed');
    const record = (id: string, who: keyof typeof PEOPLE = 'director', meetingDate = '2026-01-04') =>
      world.run(n, actor(who), {
        type: 'recordAnchoringOutcome',
        recommendationId: id,
        outcome: 'Vedtaget',
        meetingDate,
      });
    expect(codeOf(record(council!.id, 'leader'))).toBe('NETWORK.FORBIDDEN');
    expect(codeOf(record(line!.id))).toBe('ANCHORING.NO_DECISION_NEEDED');
    expect(codeOf(record('unknown'))).toBe('ANCHORING.NOT_FOUND');
    // The body decided in its meeting: a date still to come is refused, naming the body.
    const early = record(council!.id, 'director', '2026-01-06');
    expect(codeOf(early)).toBe('DECISION.MEETING_DATE');
    expect(errorMessage(early as DomainError, 'da')).toBe(
      'Angiv datoen for mødet, hvor kommunalbestyrelsen traf beslutningen (i dag eller tidligere).',
    );
    const recorded = okOf(record(council!.id));
    n = recorded.network;
    expect(n.anchoring?.recommendations[1]?.followUp).toMatchObject({ outcome: 'Vedtaget', meetingDate: '2026-01-04' });
    expect(recorded.events[0]?.data).toMatchObject({ body: 'municipalCouncil', meetingDate: '2026-01-04' });
    expect(openFollowUps(n).map((r) => r.id)).toEqual([forum!.id]);
    expect(codeOf(record(council!.id))).toBe('ANCHORING.ALREADY_RECORDED');
  });
});

describe('privacy (issue 13, point 8)', () => {
  it('records how many were reminded, not who', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'active');
    const system = { ...actor('director'), isSystem: true, surface: 'system' as const };
    n = world.must(n, actor('leader'), { type: 'linkMeeting', meetingId: 'm1', title: 'Møde', chatId: 'chat' });
    n = world.must(n, system, { type: 'endMeeting', meetingId: 'm1' });
    const decided = okOf(world.run(n, system, { type: 'remindNonResponders', meetingId: 'm1', count: 2 }));
    expect(decided.events[0]?.data).toEqual({ meetingId: 'm1', count: 2 });
    expect(JSON.stringify(decided.events)).not.toContain(PEOPLE.participant.objectId);
  });

  it("keeps only the day of an anonymous meeting answer, and the event's time too", () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'active');
    const system = { ...actor('director'), isSystem: true, surface: 'system' as const };
    n = world.must(n, actor('leader'), { type: 'updateSettings', anonymousReflections: true });
    n = world.must(n, actor('leader'), { type: 'linkMeeting', meetingId: 'm1', title: 'Møde', chatId: 'chat' });
    n = world.must(n, system, { type: 'endMeeting', meetingId: 'm1' });
    world.now = new Date('2026-03-04T15:16:17.000Z');
    const decided = okOf(
      world.run(n, actor('participant'), {
        type: 'answerReflection',
        meetingId: 'm1',
        value: 4,
        workingWell: 4,
        changeForm: false,
      }),
    );
    expect(decided.events[0]?.row?.value).toMatchObject({ answeredAt: '2026-03-04', person: null });
    expect(decided.events[0]?.at).toBe('2026-03-04T00:00:00.000Z');
    expect(JSON.stringify(decided.events)).not.toContain('15:16');
  });

  it('shows comment authors only to the leader, the director and the consultants', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'active');
    const config = orgConfig();
    const sees = (p: keyof typeof PEOPLE) => maySeeCommentAuthors(n, actor(p), config);
    expect([sees('leader'), sees('director'), sees('consultant')]).toEqual([true, true, true]);
    expect([sees('headsForum'), sees('politician'), sees('participant')]).toEqual([false, false, false]);
  });

  it('lists every configuration change with its value before and after', () => {
    const before = orgConfig();
    const after = orgConfig({
      director: PEOPLE.consultant,
      forums: { ...before.forums, headsForum: { ...before.forums.headsForum, members: [PEOPLE.headsForum] } },
    });
    expect(configChanges(before, after)).toEqual([
      { field: 'director', before: 'Dorthe Direktør (director)', after: 'Karl Konsulent (consultant)' },
      {
        field: 'headsForum.members',
        before: 'Cecilie Chefforum (chefforum2), Claus Chefforum (chefforum)',
        after: 'Claus Chefforum (chefforum)',
      },
    ]);
    expect(configChanges(before, orgConfig())).toEqual([]);
  });
});
