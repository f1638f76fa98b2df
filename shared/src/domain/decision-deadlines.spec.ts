import {
  deadlineStepsDue,
  daysOverdue,
  escalatedDecisions,
  pendingDecision,
  pendingDecisions,
} from './decision-deadlines';
import type { Network } from './network';
import type { Body } from './types';
import {
  actor,
  FIXTURE_INPUTS,
  forum,
  MEETING_DATE,
  networkAt,
  orgConfig,
  PEOPLE,
  SYSTEM_ACTOR,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';

const [POLITICAL, , WELFARE, LEARNING] = TYPE_CASES;
const DAY = 86_400_000;
const steps = (n: Network, config = orgConfig(), now: string) =>
  deadlineStepsDue(n, config, now).map((s) => `${s.pending.decision}/${s.pending.body}/${s.step}`);

describe('deadlines of a body’s pending decisions', () => {
  it('gives a recommended idea to its decider with the forum’s deadline and a reminder 3 days before', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE!, 'recommended');
    const config = orgConfig({ forums: { ...orgConfig().forums, headsForum: forum([], { deadlineDays: 10 }) } });
    const p = pendingDecision(n, config)!;
    expect(p).toMatchObject({ decision: 'idea', body: 'headsForum', since: n.recommendation!.at });
    expect(Date.parse(p.dueOn) - Date.parse(p.since)).toBe(10 * DAY);
    expect(Date.parse(p.dueOn) - Date.parse(p.remindOn)).toBe(3 * DAY);
  });

  it('reminds half way for a short deadline, and a person deciding alone has the default 14 days', () => {
    const world = new TestWorld();
    const short = orgConfig({ forums: { ...orgConfig().forums, headsForum: forum([], { deadlineDays: 4 }) } });
    const p = pendingDecision(networkAt(world, WELFARE!, 'recommended'), short)!;
    expect(Date.parse(p.dueOn) - Date.parse(p.remindOn)).toBe(2 * DAY);
    const alone = pendingDecision(networkAt(new TestWorld(), LEARNING!, 'recommended'), orgConfig())!;
    expect(alone.body).toBe('director');
    expect(Date.parse(alone.dueOn) - Date.parse(alone.since)).toBe(14 * DAY);
  });

  it('is due: nothing before the reminder, the reminder once, the escalation once, and none once decided', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE!, 'recommended');
    const config = orgConfig();
    const p = pendingDecision(n, config)!;
    const at = (ms: number) => new Date(Date.parse(p.since) + ms).toISOString();
    expect(steps(n, config, at(DAY))).toEqual([]);
    expect(steps(n, config, p.remindOn)).toEqual(['idea/headsForum/reminder']);
    const reminded = { ...n, deadlineNotices: [{ decision: p.decision, since: p.since, remindedAt: p.remindOn }] };
    expect(steps(reminded, config, at(12 * DAY))).toEqual([]);
    expect(steps(reminded, config, p.dueOn)).toEqual(['idea/headsForum/escalation']);
    const escalated = { ...n, deadlineNotices: [{ ...reminded.deadlineNotices[0]!, escalatedAt: p.dueOn }] };
    expect(steps(escalated, config, at(30 * DAY))).toEqual([]);
    expect(daysOverdue(p, at(16 * DAY))).toBe(2);
    expect(pendingDecision(networkAt(new TestWorld(), WELFARE!, 'approved'), config)).toBeNull();
  });
});

/** A network of the type with contract phase 1 put up by the director, once the leader is appointed. */
function phase1PutUp(world: TestWorld, tc: (typeof TYPE_CASES)[number]): Network {
  const n = networkAt(world, tc, 'leaderAppointed');
  world.now = new Date(world.now.getTime() + DAY);
  return world.must(n, actor('director'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
}

const acknowledgements = (n: Network, config = orgConfig()) =>
  pendingDecisions(n, config).filter((p) => p.decision === 'contractAcknowledgement');

describe('deadlines of a body’s acknowledgement of contract phase 1 (issue 13, point 1)', () => {
  it('is pending for each body party from when the version was put up, by its own deadline; people sign alone', () => {
    const world = new TestWorld();
    const n = phase1PutUp(world, POLITICAL!);
    const since = n.contract.find((c) => c.phase === 1)!.editedBy.at;
    const forums = orgConfig().forums;
    const config = orgConfig({
      forums: { ...forums, politicalCommittee: { ...forums.politicalCommittee, deadlineDays: 30 } },
    });
    const pending = acknowledgements(n, config);
    expect(pending.map((p) => [p.body, p.since])).toEqual([
      ['directorsForum', since],
      ['politicalCommittee', since],
    ]);
    expect(pending.map((p) => (Date.parse(p.dueOn) - Date.parse(since)) / DAY)).toEqual([14, 30]);
    // The welfare network's director signs for herself: only the central department heads have a deadline.
    expect(acknowledgements(phase1PutUp(new TestWorld(), WELFARE!)).map((p) => p.body)).toEqual([
      'centralDepartmentHeads',
    ]);
    // A learning network's parties are the director and the leader: nobody's decision, no deadline.
    expect(acknowledgements(phase1PutUp(new TestWorld(), LEARNING!))).toEqual([]);
  });

  it('reminds each body 3 days before its deadline and escalates it on the day, once each', () => {
    const world = new TestWorld();
    const n = phase1PutUp(world, POLITICAL!);
    const [forumAck] = acknowledgements(n);
    const at = (days: number) => new Date(Date.parse(forumAck!.since) + days * DAY).toISOString();
    expect(steps(n, orgConfig(), at(10))).toEqual([]);
    expect(steps(n, orgConfig(), at(11))).toEqual([
      'contractAcknowledgement/directorsForum/reminder',
      'contractAcknowledgement/politicalCommittee/reminder',
    ]);
    // The scheduler's command notes each body's reminder once: a second one changes nothing.
    world.now = new Date(at(11));
    const note = (m: Network, body: Body, step: 'reminder' | 'escalation') =>
      world.run(m, SYSTEM_ACTOR, {
        type: 'noteDecisionDeadline',
        decision: 'contractAcknowledgement',
        since: forumAck!.since,
        body,
        step,
      });
    const once = note(n, 'directorsForum', 'reminder');
    if (!('events' in once)) throw new Error(`refused: ${once.code}`);
    expect(once.events.map((e) => [e.type, e.data])).toEqual([
      ['decisionReminderSent', { decision: 'contractAcknowledgement', body: 'directorsForum', dueOn: forumAck!.dueOn }],
    ]);
    const twice = note(once.network, 'directorsForum', 'reminder');
    expect('events' in twice && twice.events).toEqual([]);
    expect(steps(once.network, orgConfig(), at(12))).toEqual(['contractAcknowledgement/politicalCommittee/reminder']);
    const both = world.must(once.network, SYSTEM_ACTOR, {
      type: 'noteDecisionDeadline',
      decision: 'contractAcknowledgement',
      since: forumAck!.since,
      body: 'politicalCommittee',
      step: 'reminder',
    });
    expect(steps(both, orgConfig(), at(13))).toEqual([]);
    expect(steps(both, orgConfig(), at(14))).toEqual([
      'contractAcknowledgement/directorsForum/escalation',
      'contractAcknowledgement/politicalCommittee/escalation',
    ]);
    world.now = new Date(at(14));
    const escalated = note(both, 'politicalCommittee', 'escalation');
    if (!('events' in escalated)) throw new Error(`refused: ${escalated.code}`);
    expect(escalated.events.map((e) => e.type)).toEqual(['decisionEscalated']);
    expect(escalatedDecisions(escalated.network, orgConfig()).map((p) => p.body)).toEqual(['politicalCommittee']);
    expect(steps(escalated.network, orgConfig(), at(20))).toEqual([
      'contractAcknowledgement/directorsForum/escalation',
    ]);
  });

  it('is no longer pending for a body that has acknowledged, by its rule', () => {
    const world = new TestWorld();
    const n = phase1PutUp(world, POLITICAL!);
    const forumSigned = world.must(n, actor('directorsForum'), { type: 'signContractPhase', phase: 1 });
    expect(acknowledgements(forumSigned).map((p) => p.body)).toEqual(['politicalCommittee']);
    const committee = world.must(forumSigned, actor('politician'), {
      type: 'signContractPhase',
      phase: 1,
      meetingDate: MEETING_DATE,
    });
    expect(acknowledgements(committee)).toEqual([]);
    // Under a quorum of two, one member's acknowledgement leaves the body pending.
    const heads = forum([PEOPLE.centralHead, PEOPLE.headsForum2], { quorum: 2 });
    const w2 = new TestWorld();
    w2.config = orgConfig({ forums: { ...orgConfig().forums, centralDepartmentHeads: heads } });
    const welfare = phase1PutUp(w2, WELFARE!);
    const one = w2.must(welfare, actor('centralHead'), { type: 'signContractPhase', phase: 1 });
    expect(acknowledgements(one, w2.config).map((p) => p.body)).toEqual(['centralDepartmentHeads']);
  });

  it('starts afresh with a new version: its own since, and the old version’s notices do not count', () => {
    const world = new TestWorld();
    const v1 = phase1PutUp(world, WELFARE!);
    const [first] = acknowledgements(v1);
    const noticed = { ...v1, deadlineNotices: [{ ...first!, remindedAt: first!.remindOn, escalatedAt: first!.dueOn }] };
    expect(steps(noticed, orgConfig(), first!.dueOn)).toEqual([]);
    const director = world.must(noticed, actor('director'), { type: 'signContractPhase', phase: 1 });
    const locked = world.must(director, actor('centralHead'), { type: 'signContractPhase', phase: 1 });
    expect(acknowledgements(locked)).toEqual([]);
    world.now = new Date(world.now.getTime() + 3 * DAY);
    const v2 = world.must(locked, actor('director'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    const [second] = acknowledgements(v2);
    expect(second?.since).toBe(world.now.toISOString());
    expect(second?.since).not.toBe(first!.since);
    expect(steps(v2, orgConfig(), second!.remindOn)).toEqual([
      'contractAcknowledgement/centralDepartmentHeads/reminder',
    ]);
  });

  it('waits beside the leader decision, each with its own deadline, and only while phase 1 takes acknowledgements', () => {
    const world = new TestWorld();
    const approved = networkAt(world, WELFARE!, 'approved');
    const filled = world.must(approved, actor('director'), {
      type: 'fillContractPhase1',
      fields: FIXTURE_INPUTS.PHASE1,
    });
    world.now = new Date(world.now.getTime() + 2 * DAY);
    const n = world.must(filled, actor('director'), { type: 'nominateLeader', person: PEOPLE.leader });
    expect(pendingDecisions(n, orgConfig()).map((p) => `${p.decision}/${p.body}`)).toEqual([
      'leader/headsForum',
      'contractAcknowledgement/centralDepartmentHeads',
    ]);
    // Once the network is past the phases that take acknowledgements, nobody can give one: no deadline.
    expect(acknowledgements({ ...n, phase: 'closingReflection' })).toEqual([]);
  });
});
