import { randomUUID } from 'node:crypto';
import { NetworkService } from '../app/network-service';
import { createPseudonymiser } from '../app/pseudonymiser';
import { isDomainError } from '../domain/errors';
import type { Network } from '../domain/network';
import type { PartitionStore } from '../storage/partition-store';
import { RowConfigRepository } from '../storage/row-config-repository';
import { RowLeaderIndex } from '../storage/row-leader-index';
import { RowNetworkRepository } from '../storage/row-network-repository';
import {
  actor,
  orgConfig,
  type Persona,
  STAGES,
  stepsTo,
  type TestCommandInput,
  TestWorld,
  type TypeCase,
} from './domain-fixtures';
import type { Actor, PersonRef } from '../domain/types';

/** The service wired to a store, as the server wires it, with a test clock and configuration. */
export async function serviceOn(store: PartitionStore) {
  const world = new TestWorld();
  const networks = new RowNetworkRepository(store);
  const config = new RowConfigRepository(store);
  const leaders = new RowLeaderIndex(store);
  await config.save(orgConfig(), null);
  const service = new NetworkService({
    networks,
    config,
    leaders,
    clock: { now: () => world.now },
    ids: { next: () => randomUUID() },
    pseudonymise: createPseudonymiser('a-test-secret-that-is-long-enough'),
  });
  const exec = (
    who: Persona | Actor | PersonRef,
    networkId: string,
    input: TestCommandInput,
    commandId: string = randomUUID(),
  ) =>
    service.execute(
      { commandId, networkId, ...input },
      typeof who === 'string' ? actor(who) : { surface: 'bot', ...who },
    );
  const must = async (
    who: Persona | Actor | PersonRef,
    networkId: string,
    input: TestCommandInput,
  ): Promise<Network> => {
    const result = await exec(who, networkId, input);
    if (isDomainError(result)) throw new Error(`expected ${input.type} to succeed, got ${result.code}`);
    return result.network;
  };
  /** Runs the lifecycle script through the service and storage up to a stage. */
  const networkAtStage = async (tc: TypeCase, stage: (typeof STAGES)[number], networkId: string): Promise<Network> => {
    let n: Network | null = null;
    for (const step of stepsTo(tc, stage, networkId)) n = await must(step.who, networkId, step.input(n));
    return n!;
  };
  return { world, store, networks, config, leaders, service, exec, must, networkAtStage };
}
