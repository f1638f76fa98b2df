#!/usr/bin/env node
// Benchmarks: prints figures, asserts nothing (the machines are shared and noisy: compare ratios within a run).
//   1. decide(): pure domain throughput
//   2. the command service on Azurite: sequential commands/s, and 50 concurrent reflection answers to one meeting
//   3. memory: heap growth per network kept in the in-memory store
//   4. over HTTP against the real server (scripts/bench/http-bench.mjs): card actions beside a bare botbuilder
//      floor (`card action ratio`), storage round trips per action, the meeting-end burst, the tab's network
//      view of a big network, start-up time and memory
//   5. the tab's initial load (scripts/bench/tab-load.mjs): gzip size and time to first render in Chromium
// Ends with one table, each figure beside its target. `--quick` shortens the load runs (same figures).
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

const quick = process.argv.includes('--quick');
// `--only=burst,actions` runs only those of the HTTP runs (actions, burst, view, tab), to profile one of them.
const only =
  process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

// 1. decide()
if (!only) {
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

const azurite = only ? null : await startAzurite();
if (azurite)
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
      const script = lifecycleSteps(TYPE_CASES[2], netId);
      // Up to the step that makes the network active (the script's length before it changes with the rules).
      for (const step of script.slice(0, script.findIndex((s) => s.reaches === 'active') + 1)) {
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
            {
              commandId: randomUUID(),
              networkId: netId,
              type: 'respondToInvitation',
              participantId: p.id,
              accept: true,
            },
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
      console.log(
        `service on ${label}: 50 concurrent reflection answers in ${ms(t1).toFixed(0)} ms (${failed} refused)`,
      );
    }
  } finally {
    azurite.child.kill('SIGTERM');
  }

// 3. memory per network (in-memory store, full lifecycle rows incl. audit)
if (!only) {
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

// 4 and 5: what users wait on, over HTTP and in the browser.
const { runHttpBench } = await import('./bench/http-bench.mjs');
const { buildTab, initialAssets, timeToFirstRender } = await import('./bench/tab-load.mjs');
const report = new Map();
if (!only || only.includes('tab')) {
  buildTab();
  const assets = initialAssets();
  report.set('tab initial JS + CSS (gzip)', {
    value: assets.gzip / 1024,
    unit: 'KiB',
    extra: `${assets.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(0)}`).join(', ')}; ${(assets.raw / 1024).toFixed(0)} KiB raw`,
    target: '≤ 250 KB',
    ok: assets.gzip <= 250_000,
  });
}
await runHttpBench({
  quick,
  sections: only,
  report,
  withServer: async (url, asObjectId) => {
    const first = await timeToFirstRender(url, asObjectId, quick ? 3 : 5);
    report.set('tab time to first render (headless Chromium, median)', { value: first, unit: 'ms', target: '—' });
  },
});

const rows = [...report.entries()].map(([name, r]) => [
  name,
  `${Number.isFinite(r.value) ? (Math.abs(r.value) < 10 ? r.value.toFixed(2) : r.value.toFixed(0)) : String(r.value)} ${r.unit}`.trim(),
  r.target,
  r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  r.extra ?? '',
]);
const width = (i) => Math.max(...rows.map((r) => r[i].length), 6);
console.log('');
console.log(['figure', 'value', 'target', '', 'detail'].map((h, i) => h.padEnd(i < 4 ? width(i) : 0)).join('  '));
for (const r of rows) console.log(r.map((c, i) => (i < 4 ? c.padEnd(width(i)) : c)).join('  '));
console.log('');
if (report.ratio !== undefined) console.log(`card action ratio: ${report.ratio.toFixed(2)}`);
