#!/usr/bin/env node
// Benchmarks: prints figures, asserts nothing (the machines are shared and noisy: compare ratios within a run).
//   1. decide(): pure domain throughput
//   2. the command service on Azurite: sequential commands/s, and 50 concurrent reflection answers to one meeting
//   3. memory: heap growth per network kept in the in-memory store
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], {
  cwd: root,
  stdio: 'inherit',
});
const dist = (p) => require(join(root, 'shared', 'dist', p));
const { decide } = dist('domain/decide.js');
const { parseCommand } = dist('domain/parse-command.js');
const { NetworkService } = dist('app/network-service.js');
const { createPseudonymiser } = dist('app/pseudonymiser.js');
const { TablePartitionStore } = dist('storage/table-partition-store.js');
const { InMemoryPartitionStore } = dist('storage/in-memory-partition-store.js');
const { RowNetworkRepository } = dist('storage/row-network-repository.js');
const { RowConfigRepository } = dist('storage/row-config-repository.js');
const { RowLeaderIndex } = dist('storage/row-leader-index.js');
const { orgConfig, PEOPLE, lifecycleSteps, TYPE_CASES, actor, TestWorld } = dist('testing/domain-fixtures.js');

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

// 1. decide()
{
  const world = new TestWorld();
  const steps = lifecycleSteps(TYPE_CASES[2], 'bench');
  let n = null;
  let count = 0;
  const t0 = process.hrtime.bigint();
  for (let round = 0; round < 200; round++) {
    n = null;
    for (const step of steps) {
      const command = parseCommand({ commandId: `c${count}`, networkId: 'bench', ...step.input(n) });
      const result = decide(n, command, world.context(actor(step.who)));
      n = result.network;
      count++;
    }
  }
  const t = ms(t0);
  console.log(
    `decide(): ${count} commands (validate + decide, full lifecycle ×200) in ${t.toFixed(0)} ms = ${Math.round((count / t) * 1000)} commands/s`,
  );
}

async function startAzurite() {
  const child = spawn(process.execPath, [join(root, 'scripts', 'azurite-table-server.cjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const { port } = JSON.parse(line);
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  return {
    child,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
  };
}

async function service(store) {
  const config = new RowConfigRepository(store);
  await config.save(orgConfig(), null);
  return new NetworkService({
    networks: new RowNetworkRepository(store),
    config,
    leaders: new RowLeaderIndex(store),
    clock: { now: () => new Date('2026-01-05T09:00:00Z') },
    ids: { next: () => randomUUID() },
    pseudonymise: createPseudonymiser('bench-secret-0123456789abcdef'),
  });
}

async function lifecycleThroughService(svc, networkId) {
  let n = null;
  for (const step of lifecycleSteps(TYPE_CASES[2], networkId)) {
    const r = await svc.execute({ commandId: randomUUID(), networkId, ...step.input(n) }, actor(step.who));
    if (r.kind !== 'ok') throw new Error(r.code);
    n = r.network;
  }
  return n;
}

const azurite = await startAzurite();
try {
  for (const [label, store] of [
    ['in-memory', new InMemoryPartitionStore()],
    [
      'Azurite',
      new TablePartitionStore({
        kind: 'connectionString',
        connectionString: azurite.connectionString,
        tablePrefix: `b${Date.now().toString(36)}`,
      }),
    ],
  ]) {
    const svc = await service(store);
    const t0 = process.hrtime.bigint();
    const networks = 10;
    for (let i = 0; i < networks; i++) await lifecycleThroughService(svc, `net${i}`);
    const commands = networks * lifecycleSteps(TYPE_CASES[2], 'x').length;
    const t = ms(t0);
    console.log(
      `service on ${label}: ${commands} sequential commands in ${t.toFixed(0)} ms = ${Math.round((commands / t) * 1000)} commands/s`,
    );

    // 50 people answer one meeting's reflection at once.
    const netId = 'reflect';
    let n = null;
    for (const step of lifecycleSteps(TYPE_CASES[2], netId).slice(0, 16)) {
      const r = await svc.execute({ commandId: randomUUID(), networkId: netId, ...step.input(n) }, actor(step.who));
      n = r.network;
    }
    const people = Array.from({ length: 49 }, (_, i) => ({
      tenantId: PEOPLE.participant.tenantId,
      objectId: `p${i}`,
      name: `P${i}`,
    }));
    for (const person of people)
      n = (
        await svc.execute(
          { commandId: randomUUID(), networkId: netId, type: 'inviteParticipant', person, role: 'participant' },
          actor('leader'),
        )
      ).network;
    for (const person of people) {
      const p = n.participants.find((x) => x.kind === 'internal' && x.person.objectId === person.objectId);
      n = (
        await svc.execute(
          { commandId: randomUUID(), networkId: netId, type: 'respondToInvitation', participantId: p.id, accept: true },
          { ...person, surface: 'bot' },
        )
      ).network;
    }
    await svc.execute(
      { commandId: randomUUID(), networkId: netId, type: 'linkMeeting', meetingId: 'm1', title: 'Møde' },
      actor('leader'),
    );
    await svc.execute(
      { commandId: randomUUID(), networkId: netId, type: 'endMeeting', meetingId: 'm1' },
      actor('leader'),
    );
    const t1 = process.hrtime.bigint();
    const results = await Promise.all(
      [PEOPLE.participant, ...people].map((person) =>
        svc.execute(
          {
            commandId: randomUUID(),
            networkId: netId,
            type: 'answerReflection',
            meetingId: 'm1',
            value: 4,
            workingWell: 3,
            changeForm: false,
          },
          { ...person, surface: 'bot' },
        ),
      ),
    );
    const failed = results.filter((r) => r.kind !== 'ok').length;
    console.log(`service on ${label}: 50 concurrent reflection answers in ${ms(t1).toFixed(0)} ms (${failed} refused)`);
  }
} finally {
  azurite.child.kill('SIGTERM');
}

// 3. memory per network (in-memory store, full lifecycle rows incl. audit)
{
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const svc = await service(new InMemoryPartitionStore());
  for (let i = 0; i < 50; i++) await lifecycleThroughService(svc, `mem${i}`);
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `memory: ~${Math.round((after - before) / 50 / 1024)} KiB heap per closed network in the in-memory store (50 networks${globalThis.gc ? '' : ', no --expose-gc: rough'})`,
  );
}
