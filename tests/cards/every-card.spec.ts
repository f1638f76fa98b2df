import { renderAppCard } from '../../shared/src/cards/app.card';
import { ALL_VERBS } from '../../shared/src/cards/verbs';
import { configView } from '../../shared/src/cards/views/config.view';
import { contractFormView } from '../../shared/src/cards/views/contract-form.view';
import { ideaFormView } from '../../shared/src/cards/views/idea-form.view';
import { myNetworksView } from '../../shared/src/cards/views/my-networks.view';
import { networkCardView } from '../../shared/src/cards/views/network-card.view';
import { NETWORK_CARD_KINDS, type NetworkCardKind } from '../../shared/src/cards/kinds/registry';
import { refreshSection } from '../../shared/src/cards/card-refresh';
import { participantsView } from '../../shared/src/cards/views/participants.view';
import { noticeView, welcomeView } from '../../shared/src/cards/views/welcome.view';
import { cardActionHandlers } from '../../bot/src/app/card-actions/registry';
import {
  actor,
  networkAt,
  orgConfig,
  PEOPLE,
  type Persona,
  STAGES,
  TestWorld,
  TYPE_CASES,
} from '../../shared/src/testing/domain-fixtures';
import type { Actor } from '../../shared/src/domain/types';
import { cardTextContrasts } from '../support/card-contrast';
import { adaptiveCardProblems, verbsIn } from '../support/validate-card';

const CLOSING: readonly NetworkCardKind[] = NETWORK_CARD_KINDS.slice(NETWORK_CARD_KINDS.indexOf('endReminder'));
/** The kinds a network at a stage can be shown: the closing steps only from the active network on. */
const kindsAt = (stage: (typeof STAGES)[number]): readonly NetworkCardKind[] =>
  STAGES.indexOf(stage) >= STAGES.indexOf('active')
    ? NETWORK_CARD_KINDS
    : NETWORK_CARD_KINDS.filter((k) => !CLOSING.includes(k));
const VIEWERS: (Actor | null)[] = [null, ...(Object.keys(PEOPLE) as Persona[]).map((p) => actor(p))];
const config = orgConfig();
const known = Object.values(PEOPLE);

/** Every card the app can show: each view for every stage, type, viewer and language, plus the fixed cards. */
function everyCard(): { name: string; card: Record<string, unknown> }[] {
  const cards: { name: string; card: Record<string, unknown> }[] = [];
  for (const locale of ['da', 'en'] as const) {
    cards.push({ name: `welcome ${locale}`, card: renderAppCard(welcomeView(locale)) });
    cards.push({
      name: `idea form ${locale}`,
      card: renderAppCard(
        ideaFormView(
          locale,
          { name: 'x [a](http://evil)', formId: 'f' },
          { name: 'for lang', background: 'skal udfyldes' },
        ),
      ),
    });
    cards.push({ name: `notice ${locale}`, card: renderAppCard(noticeView('T', { text: 'm', tone: 'attention' })) });
    cards.push({
      name: `config ${locale}`,
      card: renderAppCard(
        configView(config, {
          locale,
          knownPeople: known,
          knownChannels: [{ conversationId: '19:x', name: 'Chefforum' }],
          fieldErrors: { 'headsForum.quorum': 'mindst 1' },
        }),
      ),
    });
    for (const tc of TYPE_CASES) {
      for (const stage of STAGES) {
        const n = networkAt(new TestWorld(), tc, stage);
        cards.push({
          name: `my networks ${stage}`,
          card: renderAppCard(myNetworksView([{ ...n, memberKeys: [], participantCount: 1, meetingCount: 0 }], locale)),
        });
        for (const viewer of VIEWERS) {
          const who = viewer?.objectId ?? 'shared';
          for (const kind of kindsAt(stage)) {
            cards.push({
              name: `${kind} ${tc.type} ${stage} ${who} ${locale}`,
              card: renderAppCard({
                ...networkCardView(kind, n, {
                  locale,
                  viewer,
                  config,
                  knownPeople: known,
                  participantId: n.participants[0]?.id ?? 'none',
                }),
                // The shared card carries the refresh for those who get their own view.
                ...(viewer ? {} : { refresh: refreshSection(n.id, { type: 'network', kind }, ['29:a'], locale) }),
              }),
            });
          }
          for (const phase of [1, 2, 3] as const)
            cards.push({
              name: `contract ${phase} ${stage} ${who}`,
              card: renderAppCard(
                contractFormView(n, phase, { locale, viewer, config, fieldErrors: { purpose: 'x' } }),
              ),
            });
          cards.push({
            name: `participants ${stage} ${who}`,
            card: renderAppCard(participantsView(n, { locale, viewer, config, knownPeople: known })),
          });
        }
      }
    }
  }
  return cards;
}

describe('every card', () => {
  const cards = everyCard();
  const handlers = cardActionHandlers([]);

  it('renders thousands of variants', () => {
    expect(cards.length).toBeGreaterThan(5000);
  });

  it('leaves no template expression unbound', () => {
    expect(cards.filter((c) => JSON.stringify(c.card).includes('${')).map((c) => c.name)).toEqual([]);
  });

  it("parses with Microsoft's adaptivecards library without a problem", () => {
    // The check can fail: a card with an unknown element is reported.
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })).not.toEqual([]);
    const problems = cards.flatMap((c) => adaptiveCardProblems(c.card).map((p) => `${c.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('is Adaptive Cards 1.5 with Action.Execute and an Action.Submit fallback', () => {
    for (const { card } of cards.slice(0, 200)) {
      expect(card.version).toBe('1.5');
      for (const action of (card.actions as { type: string; fallback?: string }[] | undefined) ?? []) {
        expect(action).toEqual(expect.objectContaining({ type: 'Action.Execute', fallback: 'Action.Submit' }));
      }
    }
  });

  it('uses only declared verbs, and every verb has a handler', () => {
    const used = new Set(cards.flatMap((c) => verbsIn(c.card)));
    expect([...used].filter((v) => !ALL_VERBS.includes(v as never))).toEqual([]);
    expect(ALL_VERBS.filter((v) => typeof handlers[v] !== 'function')).toEqual([]);
  });

  it("keeps every text at 4.5:1 or more in Teams' light and dark themes (issue 15)", () => {
    // The measure can fail: Teams' green text on white is about 2:1, its red on the dark background about 3.2:1.
    const probe = (color: string) => ({ body: [{ type: 'TextBlock', text: 'Indstillet af Ann', color }] });
    expect(cardTextContrasts(probe('Good')).find((c) => c.theme === 'light')!.ratio).toBeLessThan(4.5);
    expect(cardTextContrasts(probe('Attention')).find((c) => c.theme === 'dark')!.ratio).toBeLessThan(4.5);
    const low = new Set<string>();
    for (const { name, card } of cards)
      for (const c of cardTextContrasts(card))
        if (c.ratio < 4.5) low.add(`${c.theme} ${c.style}/${c.color}${c.subtle ? '/subtle' : ''}: ${name}`);
    expect([...low].slice(0, 10)).toEqual([]);
  });

  it('escapes user text so it cannot inject a Markdown link', () => {
    const world = new TestWorld();
    const n = world.must(null, actor('originator'), {
      type: 'submitIdea',
      name: '[Klik her](https://phish.example) **vigtigt**',
      networkType: 'welfare',
      purpose: '_p_',
      background: 'b',
    });
    const card = JSON.stringify(renderAppCard(networkCardView('status', n, { locale: 'da', viewer: null, config })));
    expect(card).toContain('\\\\[Klik her\\\\](https://phish.example) \\\\*\\\\*vigtigt\\\\*\\\\*');
    expect(card).not.toContain('"[Klik her](https://phish.example)');
  });
});
