import { actionsOf, BotHarness, cardOf, cardText, personalChatOf } from '../support/bot-harness';

describe('smoke', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers ny idé with the form and stores a submitted idea', async () => {
    const r = await h.message('originator', 'ny idé');
    expect(r.status).toBe(200);
    const form = cardOf(h.sentTo(personalChatOf('originator')).at(-1)!);
    console.log(cardText(form));
    const submit = actionsOf(form).find((a) => a.verb === 'submitIdea')!;
    const res = await h.invoke('originator', 'submitIdea', {
      ...submit.data,
      name: 'Test',
      networkType: 'welfare',
      purpose: 'P',
      background: 'B',
    });
    console.log(res.status, cardText(res.card));
    await h.deliver();
    console.log(h.connector.sent().map((s) => [s.conversationId, cardText(cardOf(s)).slice(0, 80)]));
  });
});
