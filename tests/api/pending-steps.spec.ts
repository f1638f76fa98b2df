import { PHASE_SPECS } from '@netvaerk/shared/domain/lifecycle';
import { continuationDeciderOf, routeFor } from '@netvaerk/shared/domain/routing';
import { networkAt, STAGES, TestWorld, TYPE_CASES } from '@netvaerk/shared/testing/domain-fixtures';
import { PHASE_STEPS, pendingOf } from '../../bot/src/api/views/pending';

// The tab's pending list names who a step waits for by the command's permission, as the card does
// (`awaitedBody`): these pin that the two agree with the routing table and the lifecycle.
describe("the tab's pending steps", () => {
  it('waits in each phase for a command that phase allows', () => {
    const world = new TestWorld();
    for (const phase of Object.keys(PHASE_STEPS) as (typeof STAGES)[number][])
      for (const tc of TYPE_CASES)
        expect(PHASE_SPECS[phase].commands).toContain(PHASE_STEPS[phase]!(networkAt(world, tc, phase)).command);
  });

  it.each(TYPE_CASES.map((tc) => [tc.type, tc] as const))(
    'a %s network waits for the routing table’s decider, then its continuation decider',
    (_type, tc) => {
      const world = new TestWorld();
      const recommended = networkAt(world, tc, 'recommended');
      expect(pendingOf(recommended, world.config)[0]).toMatchObject({
        kind: 'decision',
        waitingFor: [routeFor(recommended)!.decider],
      });
      const deciding = networkAt(world, tc, 'awaitingContinuationDecision');
      expect(pendingOf(deciding, world.config).find((p) => p.kind === 'continuation')).toMatchObject({
        waitingFor: [continuationDeciderOf(deciding)],
      });
    },
  );
});
