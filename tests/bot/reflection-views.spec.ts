import { actionsOf, BotHarness, type Card, cardText, type Someone } from '../support/bot-harness';
import { meetingSetup, people, reflectionCards } from './meeting-helpers';

/** The value of a card's input, as the person's client shows it (what they would send unless they change it). */
function inputValue(card: Card, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id) found = o.value;
      Object.values(o).forEach(walk);
    }
  };
  walk(card.body);
  return found;
}

/**
 * The reflection as participants meet it in Teams: their client refreshes the shared card into their own view,
 * they answer on it, and what they see afterwards (their answer, the count) comes from the refreshes too.
 */
describe('answering the reflection on one’s own refreshed card', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start();
  });
  afterEach(async () => {
    await h.stop();
  });

  /** Presses Send on the card as the person sees it, with their answers; the bot's answer. */
  async function answerOnOwnCard(who: Someone, chatId: string, activityId: string, answer: Record<string, string>) {
    const seen = h.cardSeenBy(who, chatId, activityId)!;
    const send = actionsOf(seen).find((a) => a.verb === 'answerReflection');
    if (!send) throw new Error(`no Send on the card ${JSON.stringify(who)} sees: ${cardText(seen).slice(0, 300)}`);
    return h.invoke(who, send.verb, { ...send.data, ...answer }, { conversationId: chatId, replyToId: activityId });
  }

  it('lets 30 participants each answer the questions on their own refreshed card; the count reads 30', async () => {
    const crowd = people(30);
    const { meetingId, chatId } = await meetingSetup(h, 'thirty', crowd);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Tredivemøde' });
    await h.deliver();
    const [card] = reflectionCards(h, chatId);
    const shared = h.cardSeenBy('outsider', chatId, card!.activityId)!;
    expect(cardText(shared)).toContain('0 af 30 har svaret');
    expect(cardText(shared)).not.toContain('Kom der noget værdifuldt ud af mødet?');
    const automatic = h.teams.refreshes.filter((r) => r.activityId === card!.activityId && r.trigger === 'automatic');
    expect(new Set(automatic.map((r) => r.userId)).size).toBe(30);
    for (const p of crowd) {
      const own = h.cardSeenBy(p, chatId, card!.activityId)!;
      expect(cardText(own)).toContain('Kom der noget værdifuldt ud af mødet?');
      expect(cardText(own)).toContain('Skal formen ændres til næste møde?');
    }

    const results = await Promise.all(
      crowd.map((p, i) =>
        answerOnOwnCard(p, chatId, card!.activityId, {
          value: String((i % 5) + 1),
          workingWell: '4',
          changeForm: i % 3 === 0 ? 'true' : 'false',
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(crowd.map(() => 200));
    // Each is told their answer is saved (or, the last few, that everyone has now answered and it closed).
    expect(
      results
        .filter((r) => !/Dit svar er gemt|Refleksionen er lukket/.test(cardText(r.card)))
        .map((r) => cardText(r.card)),
    ).toEqual([]);
    await h.deliver();

    expect(await h.server.services.networks.reflectionAnswers('thirty', meetingId)).toHaveLength(30);
    const after = h.lastCardIn(chatId)!.card;
    expect(cardText(after)).toContain('30 af 30 har svaret');
    expect(cardText(after)).toContain('Refleksionen er lukket');
    for (const p of crowd)
      expect(cardText(h.cardSeenBy(p, chatId, card!.activityId)!)).toContain('30 af 30 har svaret');
  });

  it("pre-fills a participant's answer in their refreshed card, editable until it closes, and refreshes change no count", async () => {
    const trio = people(3);
    const { meetingId, chatId } = await meetingSetup(h, 'prefill', trio);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Møde' });
    await h.deliver();
    const activityId = reflectionCards(h, chatId)[0]!.activityId;
    const [first, second, third] = [trio[0]!, trio[1]!, trio[2]!];

    await answerOnOwnCard(first, chatId, activityId, {
      value: '2',
      valueComment: 'God start',
      workingWell: '3',
      changeForm: 'true',
    });
    await h.deliver();
    // The card was updated for everyone; each client refreshed it again into its user's own view.
    const own = h.cardSeenBy(first, chatId, activityId)!;
    expect(cardText(own)).toContain('1 af 3 har svaret');
    expect(cardText(own)).toContain('Dit svar er gemt. Du kan rette det, indtil refleksionen lukker.');
    expect([inputValue(own, 'value'), inputValue(own, 'valueComment'), inputValue(own, 'changeForm')]).toEqual([
      '2',
      'God start',
      'true',
    ]);
    const other = h.cardSeenBy(second, chatId, activityId)!;
    expect(cardText(other)).toContain('1 af 3 har svaret');
    expect(inputValue(other, 'value')).toBe('');

    // Another answer updates the card and sets off a round of refreshes: the count moves by that one answer only.
    const refreshesBefore = h.teams.refreshes.length;
    await answerOnOwnCard(second, chatId, activityId, { value: '4', workingWell: '4', changeForm: 'false' });
    await h.deliver();
    expect(h.teams.refreshes.length).toBeGreaterThanOrEqual(refreshesBefore + 3);
    expect(await h.server.services.networks.reflectionAnswers('prefill', meetingId)).toHaveLength(2);
    expect(cardText(h.cardSeenBy(third, chatId, activityId)!)).toContain('2 af 3 har svaret');
    expect(inputValue(h.cardSeenBy(first, chatId, activityId)!, 'value')).toBe('2');

    // The first edits on their refreshed card: still one answer each, the newest.
    await answerOnOwnCard(first, chatId, activityId, { value: '5', workingWell: '3', changeForm: 'true' });
    await h.deliver();
    const answers = await h.server.services.networks.reflectionAnswers('prefill', meetingId);
    expect(answers.map((a) => a.value).sort()).toEqual([4, 5]);
    expect(inputValue(h.cardSeenBy(first, chatId, activityId)!, 'value')).toBe('5');

    // Someone who is not a participant, refreshing by hand, is told so and offered nothing.
    const outsider = await h.refreshManually('outsider', chatId, activityId);
    expect(cardText(outsider.card)).toContain('Refleksionen besvares af netværkets deltagere og leder.');
    expect(actionsOf(outsider.card)).toEqual([]);
  });
});
