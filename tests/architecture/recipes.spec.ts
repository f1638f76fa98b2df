import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { emitTo, filesOf, overlayOf, programWith, typeErrors } from './recipe-harness';
import { NEW_CARD, NEW_EVENT, NEW_NETWORK_TYPE, type Recipe } from './recipes/recipes';

/* eslint-disable @typescript-eslint/no-require-imports -- the spec runs the JavaScript it has just compiled */

/**
 * The recipes of docs/architecture.md, done for real on a copy of shared/ (issue 12): a fixture network type and
 * a fixture card compile and work with the files the recipe names and no others, and leaving out any one piece
 * fails to compile — so the recipe's file count is the true one and a forgotten piece cannot slip through.
 */
describe('the recipes in docs/architecture.md hold', () => {
  let out: string;
  beforeAll(() => {
    out = emitTo(overlayOf([NEW_NETWORK_TYPE, NEW_CARD, NEW_EVENT]), 'all');
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('a network type takes 3 files, a card on an existing command 3, an event 4 in shared/src (as docs say)', () => {
    expect(filesOf(NEW_NETWORK_TYPE)).toBe(3);
    expect(filesOf(NEW_CARD)).toBe(3);
    expect(filesOf(NEW_EVENT)).toBe(4);
  });

  it('an event without a notification rule fails to compile, in notificationsFor itself', () => {
    const rule = NEW_EVENT.steps.findIndex((step) => step.file === 'src/app/notifications.ts');
    const errors = typeErrors(programWith(overlayOf([NEW_EVENT], { recipe: NEW_EVENT, step: rule })));
    expect(errors).not.toEqual([]);
    expect(errors.every((e) => e.startsWith('src/app/notifications.ts: '))).toBe(true);
  }, 300_000);

  it('runs the new event through notificationsFor: its rule is that nobody is told', () => {
    const fixtures = require(join(out, 'testing', 'domain-fixtures.js'));
    const { notificationsFor } = require(join(out, 'app', 'notifications.js'));
    const world = new fixtures.TestWorld();
    const network = fixtures.networkAt(world, fixtures.TYPE_CASES[0], 'active');
    const event = { type: 'fixtureEvent', data: { note: 'x' }, at: '2026-01-01T00:00:00.000Z', by: null };
    expect(notificationsFor([event], network, world.config)).toEqual([]);
  });

  it('runs a network of the new type from idea to active through its own row of the routing table', () => {
    const fixtures = require(join(out, 'testing', 'domain-fixtures.js'));
    const { routeFor } = require(join(out, 'domain', 'routing.js'));
    const { t } = require(join(out, 'i18n', 'messages.js'));
    const tc = {
      type: 'fixtureType',
      recommender: 'director',
      decider: 'headsForum',
      briefer: 'director',
      continuationDecider: 'headsForum',
      contractParties: ['director', 'headsForum'],
    };
    const network = fixtures.networkAt(new fixtures.TestWorld(), tc, 'active');
    expect(network).toMatchObject({ type: 'fixtureType', phase: 'active' });
    expect(routeFor(network)).toMatchObject({ recommender: 'director', decider: 'headsForum' });
    expect(t('da', 'type.fixtureType')).toBe('Prøvenetværk');
  });

  it('renders the new card with its button for the one who may act, and without it for others', () => {
    const fixtures = require(join(out, 'testing', 'domain-fixtures.js'));
    const { networkCardView } = require(join(out, 'cards', 'views', 'network-card.view.js'));
    const { renderAppCard } = require(join(out, 'cards', 'app.card.js'));
    const world = new fixtures.TestWorld();
    const tc = {
      type: 'fixtureType',
      recommender: 'director',
      decider: 'headsForum',
      briefer: 'director',
      continuationDecider: 'headsForum',
      contractParties: ['director', 'headsForum'],
    };
    const network = fixtures.networkAt(world, tc, 'approved');
    const view = (who: string) =>
      JSON.stringify(
        renderAppCard(
          networkCardView('fixtureCard', network, { locale: 'da', viewer: fixtures.actor(who), config: world.config }),
        ),
      );
    const director = view('director');
    expect(director).toContain('Er chefforum orienteret?');
    expect(director).toContain('"verb":"briefHeadsForum"');
    expect(director).not.toContain('${');
    expect(view('participant')).not.toContain('"verb":"briefHeadsForum"');
  });

  const pieces = (recipe: Recipe) => recipe.steps.map((step, index) => [recipe.name, step.file, index] as const);
  const recipes = [NEW_NETWORK_TYPE, NEW_CARD, NEW_EVENT];
  it.each(recipes.flatMap(pieces))(
    '%s: leaving out the change to %s fails to compile',
    (name, _file, index) => {
      const recipe = recipes.find((r) => r.name === name)!;
      const errors = typeErrors(programWith(overlayOf([recipe], { recipe, step: index })));
      expect(errors.length).toBeGreaterThan(0);
    },
    300_000,
  );
});
