import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEEP_LINK_ENTITY_ID,
  networkOfSubPageId,
  networkSubPageId,
  networkTabDeepLink,
} from '../../shared/src/api/tab-deep-link';
import { renderAppCard } from '../../shared/src/cards/app.card';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, CHANNELS } from '../support/bot-harness';
import { adaptiveCardProblems } from '../support/validate-card';
import { arrange } from '../bot/flow-helpers';

const APP_ID = '0d3c1f5e-6a7b-4c8d-9e0f-1a2b3c4d5e6f';

type Action = { type: string; url?: string; title?: string };
const actions = (card: unknown) => ((card as { actions?: Action[] }).actions ?? []) as Action[];

describe('the deep link from a card to the network in the tab', () => {
  it("is Teams' entity link to the overview tab, the network in the context's subEntityId", () => {
    const link = networkTabDeepLink(APP_ID, 'n/1 ø');
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${APP_ID}/overview?context=`)).toBe(true);
    const url = new URL(link);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'network:n/1 ø' });
    // The query is URL-encoded, as Teams requires (no raw braces or quotes).
    expect(url.search).not.toMatch(/[{}"]/);
    // The tab reads the same id back; anything else names no network.
    expect(networkOfSubPageId(networkSubPageId('n/1 ø'))).toBe('n/1 ø');
    for (const other of [undefined, '', 'network:', 'meeting:m1']) expect(networkOfSubPageId(other)).toBeNull();
  });

  it('opens a tab the manifest has', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest', 'manifest.json'), 'utf8')) as {
      staticTabs: { entityId: string; contentUrl: string }[];
    };
    const tab = manifest.staticTabs.find((t) => t.entityId === DEEP_LINK_ENTITY_ID);
    expect(tab?.contentUrl).toBe('${{PUBLIC_URL}}/tab/overview');
  });

  it('renders as an Action.OpenUrl after the card buttons, and Microsoft’s parser accepts the card', () => {
    const card = renderAppCard({
      title: 'Beslutning',
      actions: [{ title: 'Godkend', verb: 'decideIdea', data: { networkId: 'n1' } }],
      openUrl: { title: 'Åbn netværket i fanen', url: networkTabDeepLink(APP_ID, 'n1') },
    });
    expect(actions(card).map((a) => a.type)).toEqual(['Action.Execute', 'Action.OpenUrl']);
    expect(actions(card)[1]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Åbn netværket i fanen',
      url: networkTabDeepLink(APP_ID, 'n1'),
    });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(actions(renderAppCard({ title: 'Beslutning' }))).toEqual([]);
  });
});

describe('cards the bot sends carry the link when TEAMS_APP_ID is set', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true, env: { TEAMS_APP_ID: APP_ID } });
    await arrange(h, TYPE_CASES[2]!, 'recommended', 'linked1');
  });
  afterAll(() => h.stop());

  it('on the posted card everyone sees and on a person’s own view, in their language', async () => {
    const posted = h.teams.cardsIn(CHANNELS.headsForum).map((m) => m.base);
    expect(posted.length).toBeGreaterThan(0);
    for (const card of posted)
      expect(actions(card).filter((a) => a.type === 'Action.OpenUrl')).toEqual([
        { type: 'Action.OpenUrl', title: 'Åbn netværket i fanen', url: networkTabDeepLink(APP_ID, 'linked1') },
      ]);
    const { card } = await h.invoke(
      'headsForum',
      'refreshCard',
      { networkId: 'linked1', kind: 'decision' },
      { locale: 'en-GB' },
    );
    expect(actions(card).find((a) => a.type === 'Action.OpenUrl')).toEqual({
      type: 'Action.OpenUrl',
      title: "Open the network's tab",
      url: networkTabDeepLink(APP_ID, 'linked1'),
    });
  });
});

describe('without TEAMS_APP_ID (local runs, the Playground)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
    await arrange(h, TYPE_CASES[2]!, 'recommended', 'unlinked1');
  });
  afterAll(() => h.stop());

  it('cards carry no link to a tab that cannot be named', () => {
    const posted = h.teams.cardsIn(CHANNELS.headsForum).map((m) => m.base);
    expect(posted.length).toBeGreaterThan(0);
    for (const card of posted) expect(actions(card).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
  });
});
