import { BotHarness, cardText, personalChatOf } from '../support/bot-harness';

/** Every name a plain object inherits, plus the accessor that reaches its prototype. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];

describe('verbs and text commands that name Object.prototype members (issue 10, finding 1)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(PROTOTYPE_NAMES)('answers the verb %s with the polite unknown-action card and nothing else', async (verb) => {
    const { status, card, raw } = await h.invoke('participant', verb, { networkId: 'x', kind: verb, view: verb });
    expect(status).toBe(200);
    expect(card.type).toBe('AdaptiveCard');
    expect(cardText(card)).toContain('Noget gik galt');
    expect(cardText(card)).toContain('Skriv **hjælp**');
    // The invoke answer is only a card: no handler context, no connection string, no account key.
    const body = JSON.stringify(raw);
    expect(body).not.toMatch(/AccountKey|DefaultEndpointsProtocol|connectionString|devstoreaccount1/i);
    expect(Object.keys(raw as object).sort()).toEqual(['statusCode', 'type', 'value']);
  });

  it.each(PROTOTYPE_NAMES)('answers the text %s as an unknown command', async (text) => {
    const before = h.sentTo(personalChatOf('participant')).length;
    const result = await h.message('participant', text);
    expect(result.status).toBe(200);
    const sent = h.sentTo(personalChatOf('participant')).slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.activity)).not.toMatch(/AccountKey|DefaultEndpointsProtocol/i);
  });

  it('treats a card kind named after a prototype member as unknown, not as a card kind', async () => {
    const { card } = await h.invoke('participant', 'refreshCard', { networkId: 'missing', kind: 'constructor' });
    expect(JSON.stringify(card)).not.toMatch(/AccountKey/);
  });
});
