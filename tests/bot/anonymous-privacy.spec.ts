import { TableClient, TableServiceClient } from '@azure/data-tables';
import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { personKey } from '../../shared/src/domain/types';
import { actionsOf, BotHarness, type Card, cardOf, cardText } from '../support/bot-harness';
import { azuriteConnectionString } from '../support/azurite-env';
import { meetingSetup, people, reflectionCards } from './meeting-helpers';
import { CLOSING_ANSWER, networkAs, tab } from './closing-round-helpers';

const options = { allowInsecureConnection: true };

/** One stored entity of any table, with the system's own timestamp. */
interface Entity {
  table: string;
  partitionKey: string;
  rowKey: string;
  etag: string;
  timestamp: string;
  text: string;
}

/** Every entity of every table of this test's server (its table prefix), read straight from Azurite. */
async function everyEntity(h: BotHarness): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const t of TableServiceClient.fromConnectionString(azuriteConnectionString(), options).listTables()) {
    if (!t.name?.startsWith(h.tablePrefix)) continue;
    const client = TableClient.fromConnectionString(azuriteConnectionString(), t.name, options);
    for await (const e of client.listEntities({ disableTypeConversion: true })) {
      const { partitionKey, rowKey, etag, timestamp, ...rest } = e as Record<string, unknown>;
      out.push({
        table: t.name.slice(h.tablePrefix.length),
        partitionKey: String(partitionKey),
        rowKey: String(rowKey),
        etag: String(etag),
        timestamp: String((timestamp as { value?: string } | undefined)?.value ?? timestamp ?? ''),
        text: JSON.stringify(rest),
      });
    }
  }
  return out;
}

/** The entities an action created or changed: the set difference of two reads, by key and ETag. */
function written(before: Entity[], after: Entity[]): Entity[] {
  const seen = new Set(before.map((e) => `${e.table}|${e.partitionKey}|${e.rowKey}|${e.etag}`));
  return after.filter((e) => !seen.has(`${e.table}|${e.partitionKey}|${e.rowKey}|${e.etag}`));
}

type Person = { tenantId: string; objectId: string; name: string };

/** Every way a stored row can name a person: object id, person key, name, Teams id, personal chat. */
function traces(p: Person): RegExp[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    new RegExp(`(?<![\\w-])${esc(p.objectId)}(?![\\w-])`),
    new RegExp(esc(personKey(p))),
    new RegExp(esc(p.name)),
    new RegExp(esc(`29:${p.objectId}`)),
    new RegExp(esc(`a:personal-${p.objectId}`)),
  ];
}
const names = (e: Entity, who: Person[]) =>
  who.filter((p) => traces(p).some((re) => re.test(`${e.partitionKey} ${e.rowKey} ${e.text}`))).map((p) => p.name);
const where = (e: Entity) => `${e.table}/${e.partitionKey}/${e.rowKey}`;

/** Exact times in a row (the app's ISO times and the table's own timestamp); a day's start names no moment. */
function moments(e: Entity): string[] {
  const found = [...`${e.text} ${e.timestamp}`.matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?/g)].map((m) =>
    m[0].replace(/(\.\d{3})\d*/, '$1').replace(/Z?$/, ''),
  );
  return found.filter((m) => !/T00:00:00(\.000)?$/.test(m));
}

/**
 * The rows that must name people, and why (the allow-list): the directory (the app can message only people it
 * knows), the network's main row (its members' keys, for "my networks"), participant rows (who takes part),
 * meeting rows (the chat's eligible members: the denominator "2 af 3" and who may answer), the leader index,
 * the configuration, the audit events and command rows of what people did by name (invited, accepted), and the
 * outbox rows of cards sent to a person before they answered (an invitation, the closing reflection card).
 * Never an answer row, nor an answer's or a reminder's event, command or message.
 */
function allowed(e: Entity): boolean {
  if (e.table === 'directory' || e.table === 'config' || e.table === 'leaders') return true;
  if (e.table !== 'networks') return false;
  if (e.rowKey === 'network' || e.rowKey.startsWith('participant~') || e.rowKey.startsWith('meeting~')) return true;
  if (e.rowKey.startsWith('reflection~') || e.rowKey.startsWith('closing~')) return false;
  const about =
    /reflectionAnswered|closingReflectionAnswered|reflectionRemindersSent|answerReflection|answerClosingReflection|remindNonResponders|"variant\\":\\"reminder/;
  return !about.test(e.text);
}

describe('an anonymous network leaves no trace of who answered what in storage', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('over HTTP, from meeting to closing reflection: no stored row, time or set difference ties an answer to a person', async () => {
    const trio = people(3);
    const everyone: Person[] = [...trio, PEOPLE.participant, PEOPLE.leader];
    const { meetingId, chatId } = await meetingSetup(h, 'anon', trio, { anonymous: true });
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Anonymt møde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    const answerWrites: Entity[] = [];

    /** Runs an action and keeps what it wrote (after delivering what it caused). */
    async function writesOf(action: () => Promise<unknown>): Promise<Entity[]> {
      const before = await everyEntity(h);
      await action();
      await h.deliver();
      return written(before, await everyEntity(h));
    }

    // 1. An answer in the meeting chat writes its row, its audit event, its command and the card's update.
    const first = await writesOf(() =>
      h.invoke(
        trio[0]!,
        'answerReflection',
        { networkId: 'anon', meetingId, value: '4', workingWell: '5', changeForm: 'false', valueComment: 'Godt' },
        { conversationId: chatId, replyToId: card.activityId },
      ),
    );
    expect(first.some((e) => e.rowKey.startsWith('reflection~'))).toBe(true);
    answerWrites.push(...first);

    // 2. The reminder: the event keeps the count; the addressees are found when sending, never stored.
    const reminder = await writesOf(() => h.server.services.scheduler.tick());
    const reminded = (p: Person) =>
      h.sentTo(`a:personal-${p.objectId}`).filter((s) => cardText(cardOf(s)).includes('Et lille skub'));
    expect(trio.map((p) => reminded(p).length)).toEqual([0, 1, 1]);
    const event = reminder.find((e) => e.rowKey.startsWith('audit~') && e.text.includes('reflectionRemindersSent'));
    expect(event?.text).toContain('\\"count\\":2');
    // (The same tick starts the closing reflection, its end date having passed: those cards name their addressees.)
    const aboutReminder = reminder.filter((e) => /reflectionRemindersSent|remindNonResponders|reminder/.test(e.text));
    expect(aboutReminder.length).toBeGreaterThanOrEqual(3);
    for (const e of aboutReminder)
      expect({ row: where(e), names: names(e, everyone) }).toEqual({ row: where(e), names: [] });

    // 3. An answer on the reminder in one's own chat: no message row ties that chat to the answer's moment.
    const own = reminded(trio[1]!)[0]!;
    const second = await writesOf(() =>
      h.invoke(
        trio[1]!,
        'answerReflection',
        { networkId: 'anon', meetingId, value: '3', workingWell: '3', changeForm: 'true' },
        { conversationId: `a:personal-${trio[1]!.objectId}`, replyToId: own.activityId },
      ),
    );
    expect(second.some((e) => e.rowKey.startsWith('outbox~'))).toBe(false);
    answerWrites.push(...second);

    // 4. The closing reflection (the tick above opened it, anonymous): lowering the setting later reveals nothing.
    expect((await h.network('anon'))?.phase).toBe('closingReflection');
    const closingCard = h
      .sentTo(`a:personal-${trio[0]!.objectId}`)
      .filter((s) => cardText(cardOf(s)).includes('Afsluttende refleksion: '))
      .at(-1)!;
    const send = actionsOf(cardOf(closingCard) as Card).find((a) => a.verb === 'answerClosingReflection')!;
    const closing = await writesOf(() =>
      h.invoke(
        trio[0]!,
        'answerClosingReflection',
        { ...send.data, ...CLOSING_ANSWER },
        { conversationId: `a:personal-${trio[0]!.objectId}`, replyToId: closingCard.activityId },
      ),
    );
    expect(closing.some((e) => e.rowKey.startsWith('closing~'))).toBe(true);
    answerWrites.push(...closing);
    await tab(h, 'leader', 'POST', '/api/networks/anon/commands', {
      type: 'updateSettings',
      anonymousReflections: false,
    });
    const view = await networkAs(h, 'leader', 'anon');
    expect(view.closing?.summary).toMatchObject({ anonymous: true, visible: false, answered: 1, questions: [] });

    // What the answers wrote names nobody, and carries no moment that a row naming someone also carries.
    for (const e of answerWrites)
      expect({ row: where(e), names: names(e, everyone) }).toEqual({ row: where(e), names: [] });
    const all = await everyEntity(h);
    const named = all.filter((e) => names(e, everyone).length > 0);
    const namedMoments = new Set(named.flatMap(moments));
    for (const e of answerWrites) {
      const shared = moments(e).filter((m) => namedMoments.has(m));
      expect({ row: where(e), shared }).toEqual({ row: where(e), shared: [] });
    }
    const answers = all.filter((e) => e.rowKey.startsWith('reflection~') || e.rowKey.startsWith('closing~'));
    expect(answers).toHaveLength(3);
    for (const e of answers) expect(e.text).toMatch(/answeredAt\\":\\"\d{4}-\d{2}-\d{2}\\"/);

    // The whole store: a person is named only in the rows that must name them.
    expect(all.length).toBeGreaterThan(50);
    const stray = named.filter((e) => !allowed(e)).map((e) => ({ row: where(e), names: names(e, everyone) }));
    expect(stray).toEqual([]);
  });
});

describe('named comments and configuration changes', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("shows a comment's author only to the leader, the director and the consultants", async () => {
    const duo = people(2);
    const { meetingId, chatId } = await meetingSetup(h, 'named', duo);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Møde' });
    await h.deliver();
    await h.invoke(
      duo[0]!,
      'answerReflection',
      { networkId: 'named', meetingId, value: '4', workingWell: '4', changeForm: 'false', valueComment: 'Nyttigt' },
      { conversationId: chatId, replyToId: reflectionCards(h, chatId)[0]!.activityId },
    );
    const byOf = async (who: 'leader' | 'director' | 'consultant' | 'headsForum' | 'politician' | 'participant') =>
      (await networkAs(h, who, 'named')).meetings[0]?.comments?.map((c) => c.by);
    expect([await byOf('leader'), await byOf('director'), await byOf('consultant')]).toEqual([
      ['Deltager 0'],
      ['Deltager 0'],
      ['Deltager 0'],
    ]);
    expect([await byOf('headsForum'), await byOf('politician'), await byOf('participant')]).toEqual([
      [null],
      [null],
      [null],
    ]);
  });

  it('records who changed the configuration, with each value before and after', async () => {
    const form = (await h.invoke('director', 'showConfig', {})).card;
    const values: Record<string, unknown> = {};
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
          values[o.id] = o.value ?? '';
        Object.values(o).forEach(walk);
      }
    };
    walk(form.body);
    const save = actionsOf(form).find((a) => a.verb === 'saveConfig')!;
    const saved = await h.invoke('director', 'saveConfig', {
      ...save.data,
      ...values,
      'headsForum.members': personKey(PEOPLE.headsForum),
      'headsForum.quorum': '1',
    });
    expect(cardText(saved.card)).toContain('Opsætningen er gemt');
    expect(cardText(saved.card)).toContain('headsForum.members – ændret af Dorthe Direktør');
    expect(cardText(saved.card)).toContain('efter: Claus Chefforum (chefforum)');
    const trail = await h.server.services.config.auditTrail();
    expect(trail).toEqual([
      expect.objectContaining({
        by: expect.objectContaining({ objectId: PEOPLE.director.objectId }),
        changes: [
          {
            field: 'headsForum.members',
            before: 'Cecilie Chefforum (chefforum2), Claus Chefforum (chefforum)',
            after: 'Claus Chefforum (chefforum)',
          },
        ],
      }),
    ]);
  });
});
