import { deadlineStepDue, daysOverdue, pendingDecision } from './decision-deadlines';
import { forum, networkAt, orgConfig, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';

const [, , WELFARE, LEARNING] = TYPE_CASES;

describe('deadlines of a body’s pending decisions', () => {
  it('gives a recommended idea to its decider with the forum’s deadline and a reminder 3 days before', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE!, 'recommended');
    const config = orgConfig({ forums: { ...orgConfig().forums, headsForum: forum([], { deadlineDays: 10 }) } });
    const p = pendingDecision(n, config)!;
    expect(p).toMatchObject({ decision: 'idea', body: 'headsForum', since: n.recommendation!.at });
    expect(Date.parse(p.dueOn) - Date.parse(p.since)).toBe(10 * 86_400_000);
    expect(Date.parse(p.dueOn) - Date.parse(p.remindOn)).toBe(3 * 86_400_000);
  });

  it('reminds half way for a short deadline, and a person deciding alone has the default 14 days', () => {
    const world = new TestWorld();
    const short = orgConfig({ forums: { ...orgConfig().forums, headsForum: forum([], { deadlineDays: 4 }) } });
    const p = pendingDecision(networkAt(world, WELFARE!, 'recommended'), short)!;
    expect(Date.parse(p.dueOn) - Date.parse(p.remindOn)).toBe(2 * 86_400_000);
    const alone = pendingDecision(networkAt(new TestWorld(), LEARNING!, 'recommended'), orgConfig())!;
    expect(alone.body).toBe('director');
    expect(Date.parse(alone.dueOn) - Date.parse(alone.since)).toBe(14 * 86_400_000);
  });

  it('is due: nothing before the reminder, the reminder once, the escalation once, and none once decided', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE!, 'recommended');
    const config = orgConfig();
    const p = pendingDecision(n, config)!;
    const at = (ms: number) => new Date(Date.parse(p.since) + ms).toISOString();
    expect(deadlineStepDue(n, config, at(86_400_000))).toBeNull();
    expect(deadlineStepDue(n, config, p.remindOn)?.step).toBe('reminder');
    const reminded = { ...n, deadlineNotices: [{ decision: p.decision, since: p.since, remindedAt: p.remindOn }] };
    expect(deadlineStepDue(reminded, config, at(12 * 86_400_000))).toBeNull();
    expect(deadlineStepDue(reminded, config, p.dueOn)?.step).toBe('escalation');
    const escalated = { ...n, deadlineNotices: [{ ...reminded.deadlineNotices[0]!, escalatedAt: p.dueOn }] };
    expect(deadlineStepDue(escalated, config, at(30 * 86_400_000))).toBeNull();
    expect(daysOverdue(p, at(16 * 86_400_000))).toBe(2);
    expect(pendingDecision(networkAt(new TestWorld(), WELFARE!, 'approved'), config)).toBeNull();
  });
});
