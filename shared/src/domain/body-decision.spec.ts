import { ballotState, bodyRuleOf, castBallot, forumConfigErrors, recommendersOf } from './body-decision';
import { isDomainError } from './errors';
import {
  actor,
  forum,
  MEETING_DATE,
  networkAt,
  orgConfig,
  PEOPLE,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';

const [POLITICAL, ADMINISTRATIVE, WELFARE, LEARNING] = TYPE_CASES as [
  (typeof TYPE_CASES)[number],
  (typeof TYPE_CASES)[number],
  (typeof TYPE_CASES)[number],
  (typeof TYPE_CASES)[number],
];
const three = [PEOPLE.headsForum, PEOPLE.headsForum2, PEOPLE.director];
const votesRule = (quorum: number) => ({
  body: 'headsForum' as const,
  rule: 'votes' as const,
  members: three,
  quorum,
  secretaries: [],
  deadlineDays: 14,
});
const press = (who: keyof typeof PEOPLE, outcome: string, extra: Record<string, string> = {}) => ({
  by: PEOPLE[who],
  at: '2026-01-05T09:00:00.000Z',
  outcome,
  ...extra,
});
const base = { recommenders: [], outcomes: ['approve', 'reject'], today: '2026-01-05' };
const codeOf = (r: unknown) => (isDomainError(r) ? r.code : 'ok');

describe('castBallot: votes on the card', () => {
  it('decides when the quorum agrees, for or against, and records every vote', () => {
    const first = castBallot({ ...base, rule: votesRule(2), votes: [], press: press('headsForum', 'reject') });
    expect(first).toEqual(expect.objectContaining({ kind: 'pending', quorum: 2, deadlocked: false }));
    if (isDomainError(first) || first.kind !== 'pending') throw new Error('pending expected');
    const second = castBallot({
      ...base,
      rule: votesRule(2),
      votes: first.votes,
      press: press('headsForum2', 'reject'),
    });
    expect(second).toEqual(
      expect.objectContaining({
        kind: 'decided',
        outcome: 'reject',
        record: expect.objectContaining({ body: 'headsForum' }),
      }),
    );
    if (isDomainError(second) || second.kind !== 'decided') throw new Error('decided expected');
    expect(second.record.votes?.map((v) => [v.by.name, v.outcome])).toEqual([
      ['Claus Chefforum', 'reject'],
      ['Cecilie Chefforum', 'reject'],
    ]);
  });

  it('counts each member once', () => {
    const first = castBallot({ ...base, rule: votesRule(2), votes: [], press: press('headsForum', 'approve') });
    if (isDomainError(first) || first.kind !== 'pending') throw new Error('pending expected');
    expect(
      codeOf(castBallot({ ...base, rule: votesRule(2), votes: first.votes, press: press('headsForum', 'approve') })),
    ).toBe('NETWORK.ALREADY_VOTED');
  });

  it('refuses the recommender, naming the rule, and does not count them towards the quorum', () => {
    const recommenders = [PEOPLE.director];
    const own = castBallot({
      ...base,
      recommenders,
      rule: votesRule(2),
      votes: [],
      press: press('director', 'approve'),
    });
    expect(codeOf(own)).toBe('DECISION.OWN_RECOMMENDATION');
    expect(ballotState(votesRule(2), [], recommenders, base.outcomes)).toEqual({
      quorum: 2,
      eligible: 2,
      deadlocked: false,
    });
  });

  it('flags a deadlock once no outcome can reach the quorum', () => {
    const split = castBallot({ ...base, rule: votesRule(2), votes: [], press: press('headsForum', 'approve') });
    if (isDomainError(split) || split.kind !== 'pending') throw new Error('pending expected');
    // The director recommended: only the two heads vote, and they disagree.
    const after = castBallot({
      ...base,
      recommenders: [PEOPLE.director],
      rule: votesRule(2),
      votes: split.votes,
      press: press('headsForum2', 'reject'),
    });
    expect(after).toEqual(expect.objectContaining({ kind: 'pending', deadlocked: true }));
  });
});

describe('castBallot: decided in the body meeting', () => {
  const meeting = {
    ...votesRule(2),
    body: 'politicalCommittee' as const,
    rule: 'meeting' as const,
    members: [PEOPLE.politician, PEOPLE.outsider],
    secretaries: [PEOPLE.politician],
  };
  it('lets one secretary record the outcome with the meeting date', () => {
    const r = castBallot({
      ...base,
      rule: meeting,
      votes: [],
      press: press('politician', 'approve', { meetingDate: '2025-11-12' }),
    });
    expect(r).toEqual({
      kind: 'decided',
      outcome: 'approve',
      record: expect.objectContaining({ body: 'politicalCommittee', meetingDate: '2025-11-12', by: PEOPLE.politician }),
    });
  });

  it('refuses a member who is not secretary, a missing date and a date still to come', () => {
    expect(
      codeOf(
        castBallot({
          ...base,
          rule: meeting,
          votes: [],
          press: press('outsider', 'approve', { meetingDate: MEETING_DATE }),
        }),
      ),
    ).toBe('DECISION.SECRETARY_ONLY');
    expect(codeOf(castBallot({ ...base, rule: meeting, votes: [], press: press('politician', 'approve') }))).toBe(
      'DECISION.MEETING_DATE',
    );
    expect(
      codeOf(
        castBallot({
          ...base,
          rule: meeting,
          votes: [],
          press: press('politician', 'approve', { meetingDate: '2026-01-06' }),
        }),
      ),
    ).toBe('DECISION.MEETING_DATE');
  });
});

describe('forumConfigErrors', () => {
  it('refuses a quorum larger than the forum, a meeting without a secretary, a secretary who is no member', () => {
    const config = orgConfig();
    expect(forumConfigErrors(config)).toEqual({});
    const bad = orgConfig({
      forums: {
        ...config.forums,
        headsForum: forum([PEOPLE.headsForum, PEOPLE.headsForum2], { quorum: 3 }),
        politicalCommittee: forum([PEOPLE.politician], { rule: 'meeting' }),
        directorsForum: forum([PEOPLE.directorsForum], { secretaries: [PEOPLE.outsider] }),
      },
    });
    expect(forumConfigErrors(bad)).toEqual({
      'headsForum.quorum': 'quorumTooLarge',
      'politicalCommittee.secretaries': 'secretaryRequired',
      'directorsForum.secretaries': 'secretaryNotMember',
    });
  });
});

describe('whose recommendation, which rule', () => {
  it('names the recommender of each decision: the idea, the nomination, the joint recommendation', () => {
    const world = new TestWorld();
    expect(recommendersOf(networkAt(world, WELFARE, 'recommended'), 'idea')).toEqual([PEOPLE.director]);
    expect(recommendersOf(networkAt(world, WELFARE, 'leaderNominated'), 'leader')).toEqual([PEOPLE.director]);
    const awaiting = networkAt(world, LEARNING, 'awaitingContinuationDecision');
    expect(recommendersOf(awaiting, 'continuation')).toEqual([PEOPLE.leader, PEOPLE.director]);
  });

  it('takes the political committee by its meeting and the director group as the directors’ forum', () => {
    const config = orgConfig();
    expect(bodyRuleOf('politicalCommittee', config, null).rule).toBe('meeting');
    expect(bodyRuleOf('directorGroup', config, null).members).toEqual([PEOPLE.director, PEOPLE.directorsForum]);
    expect(bodyRuleOf('director', config, null)).toEqual(expect.objectContaining({ rule: 'votes', quorum: 1 }));
  });

  it('refuses the director deciding the leader she nominated when she sits in the heads’ forum', () => {
    const world = new TestWorld();
    world.config = orgConfig({
      forums: { ...orgConfig().forums, headsForum: forum([PEOPLE.headsForum, PEOPLE.director], { quorum: 1 }) },
    });
    const nominated = networkAt(world, ADMINISTRATIVE, 'leaderNominated');
    expect(codeOf(world.run(nominated, actor('director'), { type: 'decideLeader', outcome: 'approve' }))).toBe(
      'DECISION.OWN_RECOMMENDATION',
    );
    expect(world.must(nominated, actor('headsForum'), { type: 'decideLeader', outcome: 'approve' }).phase).toBe(
      'leaderAppointed',
    );
  });

  it('decides the political track only with the committee meeting record', () => {
    const world = new TestWorld();
    const recommended = networkAt(world, POLITICAL, 'recommended');
    expect(codeOf(world.run(recommended, actor('politician'), { type: 'decideIdea', outcome: 'approve' }))).toBe(
      'DECISION.MEETING_DATE',
    );
    const approved = world.must(recommended, actor('politician'), {
      type: 'decideIdea',
      outcome: 'approve',
      meetingDate: '2025-11-12',
    });
    expect(approved.decision).toEqual(
      expect.objectContaining({ body: 'politicalCommittee', meetingDate: '2025-11-12' }),
    );
  });
});
