import { randomUUID } from 'node:crypto';
import { NetworkService } from '../../shared/src/app/network-service';
import { createPseudonymiser } from '../../shared/src/app/pseudonymiser';
import { isDomainError } from '../../shared/src/domain/errors';
import type { Actor } from '../../shared/src/domain/types';
import { RowConfigRepository } from '../../shared/src/storage/row-config-repository';
import { RowLeaderIndex } from '../../shared/src/storage/row-leader-index';
import { RowNetworkRepository } from '../../shared/src/storage/row-network-repository';
import { actor, lifecycleSteps, orgConfig, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { freshTableStore } from '../support/azurite-env';

/**
 * Plain races on Azurite: two members of the heads' forum (quorum 1) deciding one idea at the same moment, 100
 * times. Exactly one decision may stand each time, and the audit trail must agree with the network.
 */
const RUNS = 100;
const WELFARE = TYPE_CASES[2]!;

async function setUp() {
  const store = freshTableStore();
  const networks = new RowNetworkRepository(store);
  const config = new RowConfigRepository(store);
  await config.save(orgConfig(), null);
  const service = new NetworkService({
    networks,
    config,
    leaders: new RowLeaderIndex(store),
    clock: { now: () => new Date() },
    ids: { next: () => randomUUID() },
    pseudonymise: createPseudonymiser('resilience-secret-0123456789abcdef'),
  });
  return { service, networks };
}

describe('concurrent decisions (Azurite)', () => {
  it(`two approvers deciding at once, ${RUNS} times: exactly one decision each time, no lost update`, async () => {
    const { service, networks } = await setUp();
    const run = async (i: number) => {
      const networkId = `race${i}`;
      for (const step of lifecycleSteps(WELFARE, networkId).slice(0, 2)) {
        const r = await service.execute({ commandId: randomUUID(), networkId, ...step.input(null) }, actor(step.who));
        if (isDomainError(r)) throw new Error(`${step.input(null).type}: ${r.code}`);
      }
      const decide = (who: Actor, outcome: 'approve' | 'reject') =>
        service.execute({ commandId: randomUUID(), networkId, type: 'decideIdea', outcome, reason: 'Vurderet' }, who);
      const [a, b] = await Promise.all([
        decide(actor('headsForum'), 'approve'),
        decide(actor('headsForum2'), 'reject'),
      ]);
      const winners = [a, b].filter((r) => !isDomainError(r) && r.events.length > 0);
      const trail = (await networks.auditTrail(networkId)).filter(
        (e) => e.type === 'ideaApproved' || e.type === 'ideaRejected',
      );
      const stored = (await networks.load(networkId))!.network;
      return { winners: winners.length, decisions: trail.length, decided: trail[0]?.type, phase: stored.phase };
    };
    const results = [];
    // Ten races at a time (different networks): the two writers of each race still meet head on.
    for (let i = 0; i < RUNS; i += 10)
      results.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => run(i + j)))));
    for (const r of results) {
      expect(r.winners).toBe(1);
      expect(r.decisions).toBe(1);
      expect(r.phase).toBe(r.decided === 'ideaApproved' ? 'approved' : 'rejected');
    }
  }, 300_000);
});
