import { isDomainError } from './errors';
import { actor, FIXTURE_INPUTS, networkAt, PEOPLE, STAGES, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';

describe('the lifecycle from idea to closed', () => {
  for (const tc of TYPE_CASES) {
    const label = tc.track ? `${tc.type} (${tc.track} track)` : tc.type;

    it(`runs a ${label} network through every stage`, () => {
      const world = new TestWorld();
      const closed = networkAt(world, tc, 'closed');
      expect(closed.phase).toBe('closed');
      expect(closed.leader).toEqual(PEOPLE.leader);
      expect(closed.contract.filter((c) => c.locked).map((c) => c.phase)).toEqual([1, 2, 3]);
      expect(closed.anchoring?.recommendations.every((r) => r.approved)).toBe(true);
      expect(closed.publication?.by).toEqual(PEOPLE.director);
      expect(closed.closing?.stories).toHaveLength(2);
    });

    it(`extends a ${label} network with evaluation answers and a new end date`, () => {
      const world = new TestWorld();
      const awaiting = networkAt(world, tc, 'awaitingContinuationDecision');
      const deciderActor = actor(tc.continuationDecider);
      const extended = world.must(awaiting, deciderActor, {
        type: 'decideContinuation',
        outcome: 'extend',
        meetingDate: '2026-01-05',
        newEndDate: '2026-12-31',
        evaluation: {
          stillMakesSense: 'Ja',
          achievingGoals: 'Delvist',
          rightParticipants: 'Ja, plus jobcentret',
          resourcesUsedWell: 'Ja',
          adjustments: 'Færre møder',
        },
      });
      expect(extended.phase).toBe('active');
      expect(extended.period?.endDate).toBe('2026-12-31');
      expect(extended.extensions).toHaveLength(1);
      expect(extended.extensions[0]?.previousEndDate).toBe(FIXTURE_INPUTS.PHASE2.endDate);
      expect(extended.closing).toBeNull();
    });
  }

  it('records who, when, what and from which surface for every change', () => {
    const world = new TestWorld();
    const result = world.run(null, actor('originator', 'tab'), {
      type: 'submitIdea',
      name: 'Campus Albertslund',
      networkType: 'innovation',
      purpose: 'Et campus',
      background: 'Politisk vision',
    });
    if (isDomainError(result)) throw new Error(result.code);
    expect(result.events).toEqual([
      expect.objectContaining({
        type: 'ideaSubmitted',
        actor: PEOPLE.originator,
        surface: 'tab',
        at: world.now.toISOString(),
        networkId: 'net1',
      }),
    ]);
    expect(result.network.version).toBe(1);
  });

  it('bumps the version on each change and never mutates its input', () => {
    const world = new TestWorld();
    const idea = Object.freeze(networkAt(world, TYPE_CASES[3]!, 'idea'));
    const next = world.must(idea, actor('originator'), { type: 'recommendIdea', outcome: 'recommend' });
    expect(next.version).toBe(idea.version + 1);
    expect(idea.phase).toBe('idea');
  });

  it('reaches each stage for each type', () => {
    for (const tc of TYPE_CASES) {
      for (const stage of STAGES) {
        expect(networkAt(new TestWorld(), tc, stage).phase).toBe(stage);
      }
    }
  });
});
