import { randomUUID } from 'node:crypto';
import { canIssue } from '../../shared/src/domain/can-issue';
import { ERROR_CATALOGUE } from '../../shared/src/domain/errors';
import type { OutboxView } from '../../shared/src/domain/outbox';
import { NETWORK_CARD_KINDS } from '../../shared/src/cards/kinds/registry';
import { PERMISSIONS } from '../../shared/src/domain/permissions';
import { actor, PEOPLE, type Persona, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { MESSAGES } from '../../shared/src/i18n/messages';
import { partitionKey } from '../../shared/src/storage/keys';
import { outboxRows } from '../../shared/src/storage/row-outbox';
import { actionsOf, BotHarness, type Card, cardText, teamsIdOf, TENANT } from '../support/bot-harness';
import { arrange } from './flow-helpers';
import { type CardCase, defaultCases, INPUTS, otherCases, routedCases } from './shared-card-cases';

/**
 * Every card with a user-specific view, posted for everyone in a channel, as each person sees it once their
 * Teams client has done what Teams does (refresh for refresh.userIds): the card offers exactly the commands the
 * domain says that person may issue now (canIssue, the oracle), the people with more to do than the shared card
 * offers are exactly those in refresh.userIds, and every button anyone sees works.
 */
const CHANNEL = '19:kortvisninger@thread.tacv2';
const PERSONAS = Object.keys(PEOPLE) as Persona[];
const WELFARE = TYPE_CASES[2]!;
const WRITTEN: CardCase[] = [...TYPE_CASES.flatMap(routedCases), ...otherCases(WELFARE)];
// A kind without a written case gets one from its spec, so a new card needs no line in shared-card-cases.ts.
const CASES: CardCase[] = [...WRITTEN, ...defaultCases(WELFARE, WRITTEN)];

const isCommand = (verb: string) => Object.hasOwn(PERMISSIONS, verb);
const commandsOn = (card: Card) =>
  [
    ...new Set(
      actionsOf(card)
        .map((a) => a.verb)
        .filter(isCommand),
    ),
  ].sort();

/** The fixed parts of every refusal and error text a card can show, long enough to be unambiguous. */
const ERROR_TEXTS = [
  ...Object.values(ERROR_CATALOGUE).map((e) => e.da),
  MESSAGES['card.refusal.title'].da,
  MESSAGES['card.error.title'].da,
  MESSAGES['card.form.fix'].da,
  MESSAGES['card.refresh.unknown'].da,
].map((text) =>
  text
    .split(/\{\w+\}/)
    .sort((a, b) => b.length - a.length)[0]!
    .trim(),
);
const problemsIn = (card: Card) => ERROR_TEXTS.filter((e) => e.length >= 8 && cardText(card).includes(e));

describe('user-specific views of every shared card, as Teams shows them', () => {
  let h: BotHarness;
  let seq = 0;
  beforeAll(async () => {
    h = await BotHarness.start();
    await h.server.services.directory.rememberConversation({
      conversationId: CHANNEL,
      name: 'Kortvisninger',
      serviceUrl: h.connector.url,
      tenantId: TENANT,
      conversationType: 'channel',
      teamId: '19:team@thread.tacv2',
    });
    // The test leader leads two networks from the start, so every nomination below carries the director's
    // logged override and no case depends on how many networks the others have appointed the leader to so far.
    for (const id of ['vis-a', 'vis-b']) await arrange(h, WELFARE, 'leaderAppointed', id);
  });
  afterAll(async () => {
    await h.stop();
  });

  /** The bot posts a view of a network in the channel (through its outbox, as after a change); its message id. */
  async function post(networkId: string, view: OutboxView): Promise<string> {
    const message = { id: randomUUID(), target: { kind: 'conversation' as const, conversationId: CHANNEL }, view };
    const rows = outboxRows(networkId, [{ ...message, mode: 'send' }], new Date().toISOString());
    await h.server.services.store.transact(
      'networks',
      partitionKey(networkId),
      rows.map((r) => ({ kind: 'create' as const, ...r })),
    );
    await h.deliver();
    const entry = (await h.server.services.outbox.forNetwork(partitionKey(networkId))).find(
      (e) => e.message.id === message.id,
    );
    if (!entry?.sentActivityId) throw new Error(`not posted: ${entry?.status} ${entry?.lastError}`);
    return entry.sentActivityId;
  }

  async function posted(c: CardCase) {
    const networkId = `vis${++seq}`;
    await c.setup(h, networkId);
    const network = (await h.network(networkId))!;
    const activityId = await post(networkId, c.view(network));
    return { networkId, network, activityId };
  }

  it('covers every card kind, every contract phase, the participants card and the reflection', () => {
    const views = CASES.map((c) => c.label.split(' (')[0]);
    expect(NETWORK_CARD_KINDS.filter((k) => !views.includes(k))).toEqual([]);
    expect(views).toEqual(
      expect.arrayContaining(['contract 1', 'contract 2', 'contract 3', 'participants', 'reflection']),
    );
  });

  it.each(CASES.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const { networkId, network, activityId } = await posted(c);
    const { config } = await h.server.services.config.load();
    const base = h.teams.cardsIn(CHANNEL).find((m) => m.activityId === activityId)!.base;
    const userIds = (base.refresh as { userIds?: string[] } | undefined)?.userIds ?? [];
    const offeredToAll = commandsOn(base);
    const commands = c.commands(network);
    const may = (p: Persona) =>
      commands
        .filter((command) => canIssue(network, command.type, actor(p), config, command.extra))
        .map((command) => command.type)
        .sort();
    const seen = (p: Persona) => h.cardSeenBy(p, CHANNEL, activityId)!;

    expect(
      PERSONAS.map((p) => ({
        p,
        offers: commandsOn(seen(p)),
        listed: userIds.includes(teamsIdOf(p)),
        own: seen(p) !== base,
      })),
    ).toEqual(
      PERSONAS.map((p) => {
        const more = may(p).some((command) => !offeredToAll.includes(command));
        return { p, offers: may(p), listed: more, own: more };
      }),
    );
    expect(Boolean(base.refresh)).toBe(userIds.length > 0);
    // The case is not vacuous: someone may act on a card that is for a command.
    expect(PERSONAS.some((p) => may(p).length > 0)).toBe(commands.length > 0);
    expect(h.teams.failures).toEqual([]);

    // Every distinct button anyone sees, pressed by the first person who sees it.
    const pressed = new Set<string>();
    for (const p of PERSONAS) {
      for (const action of actionsOf(seen(p))) {
        // Ids differ between copies of a case; the rest says which button it is.
        const { networkId: _id, participantId: _pid, recommendationId: _rid, ...rest } = action.data;
        const key = `${action.verb} ${JSON.stringify(rest)}`;
        if (pressed.has(key)) continue;
        pressed.add(key);
        await pressWorks(c, p, action.verb, rest, isCommand(action.verb) ? null : networkId);
      }
    }
  });

  /**
   * Presses a button and checks it worked: a 200 with a card and no refusal or error on it, and for a command,
   * a change the domain recorded. Each press is on a card of its own, as the person sees it (the answer replaces
   * their view of that card); a command on a fresh copy of the case, so one press can't spoil another (a
   * decision taken can't be taken again), a view on the same network posted again.
   */
  async function pressWorks(
    c: CardCase,
    p: Persona,
    verb: string,
    data: Record<string, unknown>,
    sameNetwork: string | null,
  ) {
    const { networkId, activityId } = sameNetwork
      ? { networkId: sameNetwork, activityId: await post(sameNetwork, c.view((await h.network(sameNetwork))!)) }
      : await posted(c);
    const network = (await h.network(networkId))!;
    const action = actionsOf(h.cardSeenBy(p, CHANNEL, activityId)!).find(
      (a) => a.verb === verb && Object.entries(data).every(([k, v]) => a.data[k] === v),
    );
    const audit = (await h.server.services.networks.auditTrail(networkId)).length;
    const inputs = INPUTS[verb]?.(network, data) ?? {};
    const result = action
      ? await h.invoke(p, verb, { ...action.data, ...inputs }, { conversationId: CHANNEL, replyToId: activityId })
      : null;
    const recorded = (await h.server.services.networks.auditTrail(networkId)).length > audit;
    expect({
      who: p,
      verb,
      data,
      status: result?.status,
      card: result?.card.type,
      problems: result && problemsIn(result.card),
      recorded: recorded || !isCommand(verb),
    }).toEqual({
      who: p,
      verb,
      data,
      status: 200,
      card: 'AdaptiveCard',
      problems: [],
      recorded: true,
    });
    await h.deliver();
  }
});
