// What users wait on, measured from outside over loopback: the real server (bot/dist/main.js) and a bare
// botbuilder floor, both on one Azurite, Teams' side played by a fake Bot Connector, load from autocannon.
// Prints figures; asserts nothing. Used by scripts/bench.mjs (`npm run bench [-- --quick]`).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import autocannon from 'autocannon';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(join(root, 'shared', 'dist', p));
const { NetworkService } = dist('app/network-service.js');
const { createPseudonymiser } = dist('app/pseudonymiser.js');
const { TablePartitionStore } = dist('storage/table-partition-store.js');
const { RowNetworkRepository } = dist('storage/row-network-repository.js');
const { RowConfigRepository } = dist('storage/row-config-repository.js');
const { RowLeaderIndex } = dist('storage/row-leader-index.js');
const { RowDirectory } = dist('storage/row-directory.js');
const { orgConfig, PEOPLE, lifecycleSteps, TYPE_CASES, actor } = dist('testing/domain-fixtures.js');

const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const SECRET = 'bench-secret-0123456789abcdef0123';
const TENANT = PEOPLE.leader.tenantId;
const BOT = { id: '28:netvaerk-bot', name: 'Netværk for Teams' };

/** The fake Bot Connector from the test support code, compiled on the fly (it is TypeScript, types only). */
function loadFakeConnector() {
  const ts = require('typescript');
  const source = readFileSync(join(root, 'tests', 'support', 'fake-connector.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const dir = join(tmpdir(), `netvaerk-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fake-connector.cjs'), outputText);
  return require(join(dir, 'fake-connector.cjs'));
}

function lineFrom(child, test) {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const value = test(line);
      if (value !== undefined) resolve(value);
    });
    child.once('exit', (code) => reject(new Error(`process exited ${code} before it was ready`)));
  });
}

export async function startAzurite() {
  const child = spawn(process.execPath, [join(root, 'scripts', 'azurite-table-server.cjs')], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const { port } = await lineFrom(child, (line) => JSON.parse(line));
  return {
    child,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
  };
}

/** Peak and current resident memory of a process, from the kernel (MiB). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/** CPU seconds (user + system) a process has used: less at the mercy of a loaded machine than wall time. */
export function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The real server as production starts it, in local-dev mode; resolves when it logs that it listens. */
async function startServer(env) {
  const t0 = performance.now();
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--disable-warning=DEP0111', join(root, 'bot', 'dist', 'main.js')],
    {
      env: {
        PATH: process.env.PATH ?? '',
        LOCAL_DEV: 'true',
        PORT: '0',
        LOG_LEVEL: 'info',
        PSEUDONYM_SECRET: SECRET,
        SCHEDULER_INTERVAL_MS: '3600000',
        LOG_STORAGE_ROUND_TRIPS: 'true',
        ...env,
        // BENCH_SERVER_ENV='{"NAME":"value"}' overrides the server's settings, to see what one of them costs.
        ...JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const roundTrips = [];
  const port = await lineFrom(child, (line) => {
    if (!line.startsWith('{')) return undefined;
    const entry = JSON.parse(line);
    if (entry.msg === 'turn storage round trips' || entry.msg === 'request storage round trips') roundTrips.push(entry);
    // Warnings and errors of the server reach the bench's own output (a refused setup is then visible).
    if (typeof entry.level === 'number' && entry.level >= 40) console.error(`[server] ${line.slice(0, 400)}`);
    return entry.msg === 'server listening' ? entry.port : undefined;
  });
  return { child, url: `http://127.0.0.1:${port}`, startMs: performance.now() - t0, roundTrips };
}

async function startFloor(env) {
  const child = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', join(root, 'scripts', 'bench', 'floor-server.cjs')],
    {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const { port } = await lineFrom(child, (line) => JSON.parse(line));
  return { child, url: `http://127.0.0.1:${port}` };
}

const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

const people = (prefix, n) =>
  Array.from({ length: n }, (_, i) => ({
    tenantId: TENANT,
    objectId: `${prefix}${i}`,
    name: `Deltager ${prefix}${i}`,
  }));

/** Storage and the command service on it, in this process, to arrange what the runs act on. */
function arrangeOn(connectionString, tablePrefix, connectorUrl) {
  const store = new TablePartitionStore({ kind: 'connectionString', connectionString, tablePrefix });
  const networks = new RowNetworkRepository(store);
  const config = new RowConfigRepository(store);
  const directory = new RowDirectory(store);
  const deps = {
    networks,
    config,
    leaders: new RowLeaderIndex(store),
    clock: { now: () => new Date() },
    ids: { next: () => randomUUID() },
    pseudonymise: createPseudonymiser(SECRET),
  };
  // What is arranged notifies no one: the runs measure actions, not a backlog of welcome messages.
  const service = new NetworkService({ ...deps, notifications: false });
  // Except a meeting's end: its reflection card is posted to the chat by the server, so the card answers update.
  const notifying = new NetworkService(deps);
  const must = async (input, who) => {
    const r = await service.execute({ commandId: randomUUID(), ...input }, who);
    if (r.kind !== 'ok') throw new Error(`${input.type}: ${r.code}`);
    return r.network;
  };
  const remember = (p) =>
    directory.rememberPerson({
      ...p,
      teamsId: `29:${p.objectId}`,
      serviceUrl: connectorUrl,
      locale: 'da-DK',
      personalConversationId: `a:personal-${p.objectId}`,
    });
  return {
    networks,
    async configure() {
      await config.save(orgConfig(), null);
      for (const p of Object.values(PEOPLE)) await remember(p);
    },
    /** An active network with these accepted participants. */
    async activeNetwork(networkId, participants) {
      let n = null;
      const steps = lifecycleSteps(TYPE_CASES[2], networkId);
      for (const step of steps.slice(0, steps.findIndex((s) => s.reaches === 'active') + 1)) {
        const input = step.input(n);
        // The bench's networks share one leader, beyond the usual two: the director overrides the limit.
        const override = input.type === 'nominateLeader' ? { overrideReason: 'Benchmark' } : {};
        n = await must({ networkId, ...input, ...override }, actor(step.who));
      }
      for (const p of participants) {
        await remember(p);
        n = await must({ networkId, type: 'inviteParticipant', person: p, role: 'participant' }, actor('leader'));
        const id = n.participants.find((x) => x.kind === 'internal' && x.person.objectId === p.objectId).id;
        n = await must(
          { networkId, type: 'respondToInvitation', participantId: id, accept: true },
          { ...p, surface: 'bot' },
        );
      }
      return n;
    },
    /** A meeting of the network that has ended: its reflection is open. */
    async endedMeeting(networkId, meetingId, { postCard = false } = {}) {
      const chatId = `19:meeting_${meetingId}@thread.v2`;
      await directory.rememberConversation({
        conversationId: chatId,
        name: `Møde ${meetingId}`,
        serviceUrl: connectorUrl,
        tenantId: TENANT,
        teamId: '',
        conversationType: 'groupChat',
      });
      await must({ networkId, type: 'linkMeeting', meetingId, title: `Møde ${meetingId}`, chatId }, actor('leader'));
      const ended = await (postCard ? notifying : service).execute(
        { commandId: randomUUID(), networkId, type: 'endMeeting', meetingId },
        actor('leader'),
      );
      if (ended.kind !== 'ok') throw new Error(`endMeeting: ${ended.code}`);
      return chatId;
    },
    answer: (networkId, meetingId, p) =>
      must(
        {
          networkId,
          type: 'answerReflection',
          meetingId,
          value: 4,
          workingWell: 3,
          changeForm: false,
          valueComment: 'Godt møde',
        },
        { ...p, surface: 'bot' },
      ),
    /** An idea recommended and waiting for the director's decision (the learning track). */
    async recommendedIdea(networkId) {
      const steps = lifecycleSteps(TYPE_CASES[3], networkId).slice(0, 2);
      for (const step of steps) await must({ networkId, ...step.input(null) }, actor(step.who));
    },
  };
}

/** A card action as a Teams client posts it: Action.Execute on a card in a conversation. */
function invokeBody(connectorUrl, user, conversationId, replyToId, verb, data) {
  return JSON.stringify({
    id: `bench-${randomUUID()}`,
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    timestamp: new Date().toISOString(),
    locale: 'da-DK',
    from: { id: `29:${user.objectId}`, name: user.name, aadObjectId: user.objectId },
    recipient: BOT,
    conversation: {
      id: conversationId,
      conversationType: conversationId.startsWith('a:') ? 'personal' : 'groupChat',
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT } },
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

/** autocannon against /api/messages with a body per request from `next()`; throws if any answer was not 200. */
async function load(url, next, { connections, duration, amount }, pid, storagePid) {
  const cpuBefore = pid ? cpuSecondsOf(pid) : 0;
  const storageBefore = storagePid ? cpuSecondsOf(storagePid) : 0;
  const started = performance.now();
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    ...(amount ? { amount } : { duration }),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: next() }) }],
  });
  return {
    // A run of a fixed amount ends on autocannon's next one-second tick: its rate is the connections over the
    // mean latency (Little's law) instead of the count over the wall time.
    rps: amount
      ? (connections * 1000) / result.latency.mean
      : result.requests.total / ((performance.now() - started) / 1000),
    total: result.requests.total,
    // The serving process's CPU per request (user + system): what the request costs apart from waiting.
    cpuMs: pid ? ((cpuSecondsOf(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total) : NaN,
    // The storage emulator's CPU per request: on one machine, its work competes with the server's.
    storageCpuMs: storagePid
      ? ((cpuSecondsOf(storagePid) - storageBefore) * 1000) / Math.max(1, result.requests.total)
      : NaN,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

function statsOf(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) };
}

/** Round trips per request of one kind, from the server's log lines. */
function roundTripsOf(entries, match) {
  const hits = entries.filter(match);
  if (hits.length === 0) return { median: NaN, mean: NaN, max: NaN, calls: [] };
  const totals = hits.map((e) => e.roundTrips);
  return {
    median: [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)],
    mean: totals.reduce((a, b) => a + b, 0) / totals.length,
    max: Math.max(...totals),
    calls: hits.at(-1).calls,
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `sections` picks some of the runs ('actions', 'burst', 'view', 'tab'), e.g. to profile one of them; all by
 * default.
 */
export async function runHttpBench({ quick, report, withServer, sections = null }) {
  const want = (section) => !sections || sections.includes(section);
  const { startFakeConnector } = loadFakeConnector();
  const connector = await startFakeConnector();
  const azurite = await startAzurite();
  const tablePrefix = `h${Date.now().toString(36)}`;
  const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: tablePrefix };
  const arrange = arrangeOn(azurite.connectionString, tablePrefix, connector.url);
  const children = [azurite.child];
  try {
    await arrange.configure();
    let loadChat = '';
    let ideas = 0;
    const answerers = people('a', 30);
    const burstPeople = people('b', 300);
    let burstChat = '';
    const viewPeople = people('v', 40);
    if (want('actions')) {
      // 1. Card actions: 30 participants answering one meeting's reflection, and the director deciding ideas.
      // One more participant than answer: the reflection stays open (it closes once everyone has answered).
      await arrange.activeNetwork('load', [...answerers, ...people('quiet', 1)]);
      // The floor writes rows of its own shape: into a network of the same size, never into the one we measure.
      await arrange.activeNetwork('floor', [...answerers, ...people('quiet', 1)]);
      loadChat = await arrange.endedMeeting('load', 'm-load', { postCard: true });
      ideas = quick ? 100 : 300;
      for (let i = 0; i < ideas; i += 20)
        await Promise.all(
          Array.from({ length: Math.min(20, ideas - i) }, (_, j) => arrange.recommendedIdea(`idea${i + j}`)),
        );
    }
    if (want('burst')) {
      // 2. The burst: 300 participants, a meeting that has just ended.
      await arrange.activeNetwork('burst', burstPeople);
      burstChat = await arrange.endedMeeting('burst', 'm-burst', { postCard: true });
    }
    if (want('view')) {
      // 3. The tab's view of a big network: 40 participants, 50 meetings (answers added later).
      await arrange.activeNetwork('big', viewPeople);
      for (let m = 0; m < 50; m++) await arrange.endedMeeting('big', `m${String(m).padStart(2, '0')}`);
    }

    const floor = want('actions') ? await startFloor(env) : null;
    if (floor) children.push(floor.child);
    const server = await startServer(env);
    children.push(server.child);
    report.set('start-up: server start to listening', { value: server.startMs, unit: 'ms', target: '—' });
    const postedIn = async (chat) => {
      // The card the server's outbox posts when the meeting ends; a setup that never posts it fails loudly.
      for (const started = performance.now(); performance.now() - started < 60_000;) {
        const card = connector.sent().find((x) => x.conversationId === chat);
        if (card) return card.activityId;
        await sleep(50);
      }
      throw new Error(`no card was posted in ${chat} within 60 s (see the server's log above)`);
    };
    const loadCard = want('actions') ? await postedIn(loadChat) : '';
    const burstCard = want('burst') ? await postedIn(burstChat) : '';
    await sleep(500);
    report.set('start-up: RSS when ready', { value: memoryOf(server.child.pid).rssMiB, unit: 'MiB', target: '—' });

    const answer = (user, chat, networkId) =>
      invokeBody(connector.url, user, chat, loadCard, 'answerReflection', {
        networkId,
        meetingId: 'm-load',
        value: '4',
        workingWell: '3',
        valueComment: 'Godt møde',
        changeForm: 'false',
      });
    if (want('actions')) {
      let i = 0;
      const nextAnswer = () => answer(answerers[i++ % answerers.length], loadChat, 'load');
      const nextFloorAnswer = () => answer(answerers[i++ % answerers.length], loadChat, 'floor');
      const opts = { connections: 10, duration: quick ? 4 : 10 };
      // Warm both (JIT, connection pools), then measure the floor and ours back to back.
      await load(floor.url, nextFloorAnswer, { ...opts, duration: 2 });
      await load(server.url, nextAnswer, { ...opts, duration: 2 });
      const floorAnswer = await load(floor.url, nextFloorAnswer, opts, floor.child.pid, azurite.child.pid);
      server.roundTrips.length = 0;
      const oursAnswer = await load(server.url, nextAnswer, opts, server.child.pid, azurite.child.pid);
      const answerTrips = roundTripsOf(server.roundTrips, (e) => e.verb === 'answerReflection');

      let idea = 0;
      const nextDecision = () =>
        invokeBody(
          connector.url,
          PEOPLE.director,
          `a:personal-${PEOPLE.director.objectId}`,
          'decision-card',
          'decideIdea',
          {
            networkId: `idea${idea++ % ideas}`,
            outcome: 'approve',
            reason: 'Godt forslag',
          },
        );
      const half = Math.floor(ideas / 2);
      // The floor acts on the first half of the ideas, ours decides the second half (each idea once).
      idea = 0;
      const floorDecide = await load(
        floor.url,
        nextDecision,
        { connections: 10, amount: half },
        floor.child.pid,
        azurite.child.pid,
      );
      idea = half;
      server.roundTrips.length = 0;
      const oursDecide = await load(
        server.url,
        nextDecision,
        { connections: 10, amount: ideas - half },
        server.child.pid,
        azurite.child.pid,
      );
      const decideTrips = roundTripsOf(server.roundTrips, (e) => e.verb === 'decideIdea');

      for (const [label, floorRun, ours, trips] of [
        ['reflection answer', floorAnswer, oursAnswer, answerTrips],
        ['approval (decideIdea)', floorDecide, oursDecide, decideTrips],
      ]) {
        report.set(`card action floor (${label}): req/s, p50/p99`, {
          value: floorRun.rps,
          unit: 'req/s',
          extra: `p50 ${floorRun.p50} ms, p99 ${floorRun.p99} ms, ${floorRun.cpuMs.toFixed(1)} ms CPU/req (+ Azurite ${floorRun.storageCpuMs.toFixed(1)} ms), ${floorRun.non2xx} non-2xx`,
          target: '—',
        });
        report.set(`card action ours (${label}): req/s, p50/p99`, {
          value: ours.rps,
          unit: 'req/s',
          extra: `p50 ${ours.p50} ms, p99 ${ours.p99} ms, ${ours.cpuMs.toFixed(1)} ms CPU/req (+ Azurite ${ours.storageCpuMs.toFixed(1)} ms), ${ours.non2xx} non-2xx`,
          target: '—',
        });
        report.set(`card action ratio (${label})`, {
          value: ours.rps / floorRun.rps,
          unit: '',
          target: '≥ 0.80',
          ok: ours.rps / floorRun.rps >= 0.8,
        });
        report.set(`storage round trips per action (${label})`, {
          value: trips.mean,
          unit: '',
          // A lost race is retried from a fresh read: the mean and the max include those retries.
          extra: `median ${trips.median}, max ${trips.max}; last: ${trips.calls.join(' ')}`,
          target: '≤ 2',
          ok: trips.median <= 2,
        });
      }
      report.ratio = Math.min(oursAnswer.rps / floorAnswer.rps, oursDecide.rps / floorDecide.rps);
    }

    if (want('burst')) {
      // 2. The meeting-end burst: 300 answers sent over 3 s, each timed from send to answer.
      const before = memoryOf(server.child.pid);
      const cpuBefore = { server: cpuSecondsOf(server.child.pid), azurite: cpuSecondsOf(azurite.child.pid) };
      let peak = before.rssMiB;
      const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(server.child.pid).rssMiB)), 50);
      const latencies = [];
      const t0 = performance.now();
      const statuses = await Promise.all(
        burstPeople.map(async (p, k) => {
          await sleep((k * 3000) / burstPeople.length);
          const body = invokeBody(connector.url, p, burstChat, burstCard, 'answerReflection', {
            networkId: 'burst',
            meetingId: 'm-burst',
            value: String(1 + (k % 5)),
            workingWell: '3',
            changeForm: 'false',
          });
          const s = performance.now();
          const res = await fetch(`${server.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          await res.text();
          latencies.push(performance.now() - s);
          return res.status;
        }),
      );
      const lastAnswered = performance.now();
      const cpu = {
        server: cpuSecondsOf(server.child.pid) - cpuBefore.server,
        azurite: cpuSecondsOf(azurite.child.pid) - cpuBefore.azurite,
      };
      const burstSeconds = (lastAnswered - t0) / 1000;
      // The shared card's count, as Teams would show it: the last update of the card in the meeting chat.
      const countOnCard = () => {
        const updates = connector.updates().filter((u) => u.activityId === burstCard);
        const text = JSON.stringify(updates.at(-1)?.activity ?? {});
        return /(\d+) af (\d+) har svaret/.exec(text)?.[1] ?? '0';
      };
      let cardRightAfter = NaN;
      while (performance.now() - lastAnswered < 15_000) {
        if (countOnCard() === '300') {
          cardRightAfter = (performance.now() - lastAnswered) / 1000;
          break;
        }
        await sleep(50);
      }
      clearInterval(sampler);
      const stored = (await arrange.networks.reflectionAnswers('burst', 'm-burst')).length;
      const lat = statsOf(latencies);
      const after = memoryOf(server.child.pid);
      report.set('burst: answers/s (300 answers sent over 3 s)', {
        value: 300 / burstSeconds,
        unit: 'answers/s',
        extra: `${statuses.filter((s) => s !== 200).length} non-200`,
        target: '—',
      });
      report.set('burst: CPU of the server / of Azurite while answering', {
        value: cpu.server,
        unit: 's',
        extra: `Azurite ${cpu.azurite.toFixed(1)} s; ${((1000 * cpu.server) / 300).toFixed(0)} ms of server CPU per answer`,
        target: '—',
      });
      report.set('burst: answer round trip p50 / p99', {
        value: lat.p99,
        unit: 'ms (p99)',
        extra: `p50 ${lat.p50.toFixed(0)} ms`,
        target: '≤ 1000 ms',
        ok: lat.p99 <= 1000,
      });
      report.set('burst: peak RSS of the server', {
        value: Math.max(peak, after.peakMiB),
        unit: 'MiB',
        extra: `before ${before.rssMiB.toFixed(0)} MiB`,
        target: '≤ 250 MB',
        ok: Math.max(peak, after.peakMiB) <= 250 / 1.048576,
      });
      report.set('burst: answers stored', { value: stored, unit: 'of 300', target: '300', ok: stored === 300 });
      report.set('burst: card shows 300 after the last answer', {
        value: cardRightAfter,
        unit: 's',
        extra: Number.isNaN(cardRightAfter) ? `card showed ${countOnCard()} after 15 s` : '',
        target: '≤ 5 s',
        ok: cardRightAfter <= 5,
      });
      report.set('RSS after the burst', { value: after.rssMiB, unit: 'MiB', target: '—' });
    }

    if (want('view')) {
      // 3. The tab's network view and overview: round trips before any answer, with 5 and with 40 answers to each
      // of 50 meetings (every answer with a comment, so the view also reads them); then load at 40 answers.
      const get = async (path) => {
        const res = await fetch(`${server.url}${path}`, { headers: { 'x-dev-user': PEOPLE.leader.objectId } });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        await res.arrayBuffer();
      };
      const tripsOf = async () => {
        server.roundTrips.length = 0;
        await get('/api/networks/big');
        await get('/api/networks');
        await sleep(100);
        return {
          view: roundTripsOf(server.roundTrips, (e) => e.path === '/api/networks/:id').mean,
          overview: roundTripsOf(server.roundTrips, (e) => e.path === '/api/networks').mean,
        };
      };
      const answerAll = async (from, to) => {
        for (let m = 0; m < 50; m++) {
          const meetingId = `m${String(m).padStart(2, '0')}`;
          await Promise.all(viewPeople.slice(from, to).map((p) => arrange.answer('big', meetingId, p)));
        }
      };
      const noAnswers = await tripsOf();
      await answerAll(0, 5);
      const fiveAnswers = await tripsOf();
      await answerAll(5, 40);
      const fortyAnswers = await tripsOf();
      server.roundTrips.length = 0;
      const viewRun = await autocannon({
        url: `${server.url}/api/networks/big`,
        connections: 4,
        duration: quick ? 4 : 8,
        headers: { 'x-dev-user': PEOPLE.leader.objectId },
      });
      report.set('tab network view (40 participants, 50 meetings × 40 answers): p50 / p99', {
        value: viewRun.latency.p99,
        unit: 'ms (p99)',
        extra: `p50 ${viewRun.latency.p50} ms, ${viewRun.requests.average} req/s, ${viewRun.non2xx} non-2xx`,
        target: '—',
      });
      report.set('tab network view: storage round trips, 5 → 40 answers per meeting', {
        value: fortyAnswers.view,
        unit: '',
        extra: `with 5 answers ${fiveAnswers.view}, before any answer ${noAnswers.view}`,
        target: 'not growing with answers',
        ok: fortyAnswers.view <= fiveAnswers.view,
      });
      report.set('tab overview: storage round trips, 5 → 40 answers per meeting', {
        value: fortyAnswers.overview,
        unit: '',
        extra: `with 5 answers ${fiveAnswers.overview}, before any answer ${noAnswers.overview}`,
        target: 'not growing with answers',
        ok: fortyAnswers.overview <= fiveAnswers.overview,
      });
    }
    if (want('tab')) await withServer?.(server.url, PEOPLE.director.objectId);
  } finally {
    for (const child of children.reverse()) await stop(child);
    await connector.stop();
  }
}
