import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText } from '../support/bot-harness';
import { arrange } from './flow-helpers';

/** The refresh handler over HTTP: the view a card names, or a clear notice and a logged error for one it can't. */
describe('refreshCard', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start();
    await arrange(h, TYPE_CASES[2]!, 'recommended', 'refresh1');
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each([
    ['a view it does not have', { networkId: 'refresh1', view: 'kalender' }],
    ['a network card kind it does not have', { networkId: 'refresh1', view: 'network', kind: 'oldKind' }],
    ['a contract phase that does not exist', { networkId: 'refresh1', view: 'contract', phase: 7 }],
  ])('answers %s with a notice saying so, and logs it as an error', async (_what, data) => {
    const before = h.errorLogs.length;
    const { status, card } = await h.invoke('headsForum', 'refreshCard', data);
    expect(status).toBe(200);
    expect(cardText(card)).toContain('Noget gik galt');
    expect(cardText(card)).toContain('Kortet kan ikke vises for dig: det beder om en visning, som appen ikke kender.');
    expect(cardText(card)).not.toContain('Indstilling');
    expect(h.errorLogs.slice(before).map((e) => e.msg)).toEqual(['card refresh names a view the bot does not know']);
  });

  it('renders the view a card posted before views were named asks for (a kind only)', async () => {
    const before = h.errorLogs.length;
    const { card } = await h.invoke('headsForum', 'refreshCard', { networkId: 'refresh1', kind: 'decision' });
    expect(cardText(card)).toContain('Beslutning:');
    expect(actionsOf(card).map((a) => a.verb)).toEqual(['decideIdea', 'decideIdea']);
    expect(h.errorLogs.slice(before)).toEqual([]);
  });
});
