import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const root = join(__dirname, '..', '..');
const demo = JSON.parse(readFileSync(join(root, 'local', 'demo-config.json'), 'utf8')) as {
  tenantId: string;
  people: { key: string; objectId: string; teamsId?: string; name: string }[];
  meetingChat: { id: string };
};
const who = (key: string) => demo.people.find((p) => p.key === key)!;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Frame {
  action: string;
  actionConversationId: string;
  message?: {
    messageId: string;
    attachments?: {
      content?: { body?: { text?: string }[]; actions?: { verb: string; data: Record<string, unknown> }[] };
    }[];
  };
}

/**
 * The whole local stack exactly as `npm start` runs it (Azurite on disk, demo data, the server, Microsoft's
 * Agents Playground), driven through the Playground's own HTTP API as a newcomer would click through the tour.
 */
describe('npm start, end to end with the Agents Playground', () => {
  let stack: ChildProcess;
  let output = '';
  const frames: Frame[] = [];
  let ws: WebSocket;
  let ports: { server: number; storage: number; playground: number };

  beforeAll(async () => {
    ports = { server: await freePort(), storage: await freePort(), playground: await freePort() };
    stack = spawn(process.execPath, [join(root, 'scripts', 'start-local.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(ports.server),
        AZURITE_PORT: String(ports.storage),
        PLAYGROUND_PORT: String(ports.playground),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'netvaerk-')),
        SKIP_BUILD: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stack.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    stack.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    for (let i = 0; i < 300 && !output.includes('Ctrl-C stops everything'); i++)
      await new Promise((r) => setTimeout(r, 200));
    if (!output.includes('Ctrl-C stops everything')) throw new Error(`the stack did not start:\n${output}`);
    ws = new WebSocket(`ws://localhost:${ports.playground}/_ws_conversation/v1/conversations/stream`);
    ws.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
    await new Promise((r) => ws.once('open', r));
  }, 120_000);

  afterAll(async () => {
    ws?.close();
    if (stack && stack.exitCode === null) {
      stack.kill('SIGINT');
      await new Promise((r) => stack.once('exit', r));
    }
  });

  const pg = (path: string, body: unknown) =>
    fetch(`http://localhost:${ports.playground}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => {
      const text = await r.text();
      if (!r.ok) throw new Error(`${path} → ${r.status} ${text}`);
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    });

  async function cardIn(
    conversationId: string,
    title: string,
  ): Promise<{ messageId: string; actions: { verb: string; data: Record<string, unknown> }[] }> {
    for (let i = 0; i < 100; i++) {
      const frame = [...frames]
        .reverse()
        .find(
          (f) =>
            f.action === 'createMessage' &&
            f.actionConversationId === conversationId &&
            JSON.stringify(f.message?.attachments ?? '').includes(title),
        );
      if (frame?.message)
        return { messageId: frame.message.messageId, actions: frame.message.attachments?.[0]?.content?.actions ?? [] };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no card "${title}" in ${conversationId}; saw ${frames.length} frames`);
  }

  const press = (as: string, conversationId: string, replyToId: string, verb: string, data: Record<string, unknown>) =>
    pg('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      from: { id: who(as).teamsId },
      conversation: { id: conversationId },
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data } },
    }).catch((error: Error) => {
      throw new Error(
        `${as} pressing ${verb} on ${replyToId} in ${conversationId}: ${error.message}; frames: ${JSON.stringify(frames.map((f) => [f.action, f.actionConversationId, f.message?.messageId]))}`,
      );
    });

  const api = (path: string, as: string) =>
    fetch(`http://127.0.0.1:${ports.server}/api${path}`, { headers: { 'x-dev-user': who(as).objectId } }).then(
      (r) => r.json() as Promise<Record<string, unknown>>,
    );

  it('prints where everything is', () => {
    expect(output).toContain(`http://localhost:${ports.playground}`);
    expect(output).toContain(`http://127.0.0.1:${ports.server}/tab/overview`);
    expect(output).toContain('demo data: 6 networks');
  });

  it('takes an idea from the Playground chat through approval, ends a meeting and shows the reflection in the tab API', async () => {
    const personal = 'a:personal-dorthe';
    await pg(`/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, {
      from: { id: who('dorthe').teamsId },
      text: 'ny idé',
      textFormat: 'plain',
    });
    // The Playground always reports the locale en-US, so its user gets English cards (Teams would send da-DK).
    const form = await cardIn(personal, 'Propose a network');
    const submit = form.actions.find((a) => a.verb === 'submitIdea')!;
    const submitted = JSON.stringify(
      await press('dorthe', personal, form.messageId, 'submitIdea', {
        ...submit.data,
        name: 'Tryg overgang fra skole til job',
        networkType: 'welfare',
        purpose: 'Ingen unge falder mellem to stole',
        background: 'Skole og jobcenter arbejder hver for sig',
        originatorGroup: 'UU-vejledningen',
      }),
    );
    expect(submitted).toContain('Thank you! Your idea');

    const recommendation = await cardIn(personal, 'Recommendation: Tryg overgang');
    expect(
      JSON.stringify(
        await press('dorthe', personal, recommendation.messageId, 'recommendIdea', {
          ...recommendation.actions.find((a) => a.data.outcome === 'recommend')!.data,
        }),
      ),
    ).toContain('Recommended by Dorthe');

    // The heads' forum decides in its channel (channel cards are Danish); Claus, a member, approves.
    const general = '19:netvaerk-general@thread.tacv2';
    const decision = await cardIn(general, 'Beslutning: Tryg overgang');
    const networkId = String(decision.actions[0]!.data.networkId);
    const updatesBefore = frames.filter((f) => f.action === 'updateMessage').length;
    // A channel post is a thread: its cards are acted on in `<channel>;messageid=<post>`.
    expect(
      JSON.stringify(
        await press('claus', `${general};messageid=${decision.messageId}`, decision.messageId, 'decideIdea', {
          networkId,
          kind: 'decision',
          outcome: 'approve',
        }),
      ),
    ).toContain('Approved by Claus Chef');

    // The channel card is updated in place for everyone (in its thread).
    for (let i = 0; i < 50 && frames.filter((f) => f.action === 'updateMessage').length === updatesBefore; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(frames.filter((f) => f.action === 'updateMessage').length).toBeGreaterThan(updatesBefore);

    // A meeting of a demo network ends; a participant answers the reflection in the meeting chat.
    const ended = spawnSync(process.execPath, [join(root, 'scripts', 'meeting-end.mjs'), 'hjerneskade', 'Turmøde'], {
      env: { ...process.env, PORT: String(ports.server), PLAYGROUND_PORT: String(ports.playground) },
      encoding: 'utf8',
    });
    expect(ended.stdout).toContain('the reflection card is in the Playground');
    const reflection = await cardIn(demo.meetingChat.id, 'Refleksion over mødet: Turmøde');
    // The Playground does not refresh cards for refresh.userIds as Teams does: Pia opens her own view by hand.
    const open = reflection.actions.find((a) => a.verb === 'refreshCard')!;
    const own = (await press('pia', demo.meetingChat.id, reflection.messageId, 'refreshCard', open.data)) as {
      value?: { actions?: { verb: string; data: Record<string, unknown> }[] };
    };
    const send = own.value!.actions!.find((a) => a.verb === 'answerReflection')!;
    const answered = JSON.stringify(
      await press('pia', demo.meetingChat.id, reflection.messageId, 'answerReflection', {
        ...send.data,
        value: '5',
        workingWell: '4',
        changeForm: 'false',
        valueComment: 'Godt møde',
      }),
    );
    expect(answered).toContain('Your answer is saved');

    // The tab's API shows both.
    const overview = await api('/networks', 'dorthe');
    expect(JSON.stringify(overview)).toContain('Tryg overgang fra skole til job');
    const network = JSON.stringify(await api('/networks/hjerneskade', 'pia'));
    expect(network).toContain('Turmøde');
    expect(network).toContain('Godt møde');
  }, 120_000);

  it('runs the in-meeting tour: meeting:start, the reflection started from the panel, no second card at the end', async () => {
    const script = (name: string, args: string[]) =>
      spawnSync(process.execPath, [join(root, 'scripts', name), ...args], {
        env: { ...process.env, PORT: String(ports.server), PLAYGROUND_PORT: String(ports.playground) },
        encoding: 'utf8',
      });
    const started = script('meeting-start.mjs', ['hjerneskade', 'Workshopmøde']);
    const meetingId = /\((local-hjerneskade-\d+)\)/.exec(started.stdout)?.[1];
    expect(started.stdout).toContain(`/tab/preview/hjerneskade?meeting=${encodeURIComponent(meetingId!)}`);
    const panel = `/networks/hjerneskade/panel?meeting=${encodeURIComponent(meetingId!)}`;
    const post = (path: string, as: string, body: unknown) =>
      fetch(`http://127.0.0.1:${ports.server}/api${path}`, {
        method: 'POST',
        headers: { 'x-dev-user': who(as).objectId, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ meeting: { status: string; expected: number } }>);
    const opened = await post(
      `/networks/hjerneskade/panel/commands?meeting=${encodeURIComponent(meetingId!)}`,
      'lene',
      {
        type: 'startReflection',
      },
    );
    expect(opened.meeting.status).toBe('reflectionOpen');
    await cardIn(demo.meetingChat.id, 'Refleksion over mødet: Workshopmøde');
    const stage = await api(`/networks/hjerneskade/stage?meeting=${encodeURIComponent(meetingId!)}`, 'pia');
    // Every demo person "joined": the network's own people are the ones asked.
    expect(stage).toEqual(expect.objectContaining({ responses: 0, expected: opened.meeting.expected }));
    expect(opened.meeting.expected).toBeGreaterThan(1);
    const ended = script('meeting-end.mjs', ['hjerneskade', 'Workshopmøde', meetingId!]);
    expect(ended.status).toBe(0);
    // The end is stored with whatever it sends (the outbox is written in the same transaction): once it shows,
    // a second card would already be on its way; the unit of proof is tests/bot/in-meeting.spec.ts.
    let after: { meeting: { endedAt: string | null } } = { meeting: { endedAt: null } };
    for (let i = 0; i < 50 && !after.meeting.endedAt; i++) {
      after = (await api(panel, 'lene')) as typeof after;
      if (!after.meeting.endedAt) await new Promise((r) => setTimeout(r, 100));
    }
    expect(after.meeting.endedAt).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1000));
    const cards = frames.filter(
      (f) =>
        f.action === 'createMessage' &&
        f.actionConversationId === demo.meetingChat.id &&
        JSON.stringify(f.message?.attachments ?? '').includes('Refleksion over mødet: Workshopmøde'),
    );
    expect(cards).toHaveLength(1);
    const meetings = (await api('/networks/hjerneskade', 'lene')).meetings as { id: string; attendance: unknown }[];
    expect(meetings.find((m) => m.id === meetingId)?.attendance).toEqual(
      expect.objectContaining({ present: expect.arrayContaining([expect.objectContaining({ name: 'Pia Deltager' })]) }),
    );
  }, 120_000);

  it('stops everything on Ctrl-C and leaves no process behind', async () => {
    const pid = stack.pid!;
    stack.kill('SIGINT');
    const code = await new Promise<number | null>((r) => stack.once('exit', r));
    expect(code).toBe(0);
    expect(output).toContain('stopped.');
    const left = spawnSync('ps', ['-eo', 'pid,ppid,args'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(
        (line) =>
          line.includes(String(ports.storage)) ||
          line.includes(`-p ${ports.playground}`) ||
          line.includes(`ppid=${pid}`),
      );
    expect(left).toEqual([]);
    for (const port of Object.values(ports)) {
      const free = await new Promise<boolean>((resolve) => {
        const s = createServer()
          .once('error', () => resolve(false))
          .listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
      });
      expect({ port, free }).toEqual({ port, free: true });
    }
  });
});
