/**
 * The recipes of docs/architecture.md as data: each names every file it touches and what goes in. The recipes
 * spec applies them to a copy of `shared/`, type-checks and runs the result, and leaves each piece out in turn to
 * show the compiler asks for it. A recipe that needs another file to work fails here, not in a reviewer's head.
 */
export type RecipeStep =
  /** A new file, with its whole text. */
  | { file: string; create: string }
  /** A line (or lines) inserted right after the first occurrence of an anchor in an existing file. */
  | { file: string; after: string; insert: string };

export interface Recipe {
  name: string;
  steps: RecipeStep[];
}

/** A network type with existing bodies: routed like a welfare network, decided by the heads' forum. */
export const NEW_NETWORK_TYPE: Recipe = {
  name: 'a new network type',
  steps: [
    {
      file: 'src/domain/types.ts',
      after: "export const NETWORK_TYPES = ['welfare', 'innovation', 'learning'",
      insert: ", 'fixtureType'",
    },
    {
      file: 'src/domain/routing.ts',
      after: 'export const ROUTING_TABLE: Readonly<Record<RouteKey, Route>> = {',
      insert: `
  fixtureType: {
    recommender: 'director',
    decider: 'headsForum',
    briefer: 'director',
    contractParties: ['director', 'headsForum'],
  },`,
    },
    {
      file: 'src/i18n/messages.ts',
      after: 'export const MESSAGES = {',
      insert: `
  'type.fixtureType': { da: 'Prøvenetværk', en: 'Trial network' },`,
    },
  ],
};

/** A card on an existing command: the heads' forum is asked to confirm it has been briefed. */
export const NEW_CARD: Recipe = {
  name: 'a new card on an existing command',
  steps: [
    {
      file: 'src/cards/kinds/fixture-card.kind.ts',
      create: `import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import type { KindSpec } from './kind-spec';

export const fixtureCardKind: KindSpec = {
  title: 'card.fixtureCard.title',
  command: 'briefHeadsForum',
  // The briefing request still answers a press of the command made elsewhere (\`answeringKinds\`).
  secondary: true,
  ask: (_n, c) => t(c.locale, 'card.fixtureCard.ask'),
  actions: (_n, c) => [{ title: t(c.locale, 'card.fixtureCard.confirm'), verb: Verbs.briefHeadsForum, data: {} }],
  done: (n, c) => (n.briefing ? { text: t(c.locale, 'card.fixtureCard.done'), tone: 'good' } : null),
};
`,
    },
    {
      file: 'src/cards/kinds/registry.ts',
      after: "import type { KindSpec } from './kind-spec';",
      insert: `
import { fixtureCardKind } from './fixture-card.kind';`,
    },
    {
      file: 'src/cards/kinds/registry.ts',
      after: 'export const KINDS = {',
      insert: `
  fixtureCard: fixtureCardKind,`,
    },
    {
      file: 'src/i18n/messages.ts',
      after: 'export const MESSAGES = {',
      insert: `
  'card.fixtureCard.title': { da: 'Orientering af chefforum: {name}', en: "Briefing the heads' forum: {name}" },
  'card.fixtureCard.ask': { da: 'Er chefforum orienteret?', en: "Has the heads' forum been briefed?" },
  'card.fixtureCard.confirm': { da: 'Chefforum er orienteret', en: "The heads' forum has been briefed" },
  'card.fixtureCard.done': { da: 'Chefforum er orienteret.', en: "The heads' forum has been briefed." },`,
    },
  ],
};

/** A new event that tells nobody: its name, its data, its (empty) notification rule and its name in the history. */
export const NEW_EVENT: Recipe = {
  name: 'a new event',
  steps: [
    { file: 'src/domain/event-types.ts', after: 'export const EVENT_TYPES = [', insert: "\n  'fixtureEvent'," },
    {
      file: 'src/domain/event-data.ts',
      after: 'export interface EventDataByType {',
      insert: '\n  fixtureEvent: { note: string };',
    },
    {
      file: 'src/app/notifications.ts',
      after: "      case 'anchoringOutcomeRecorded':",
      insert: "\n      case 'fixtureEvent':",
    },
    {
      file: 'src/i18n/event-names.ts',
      after: 'const EVENT_NAMES: Record<EventType, { da: string; en: string }> = {',
      insert: "\n  fixtureEvent: { da: 'Prøvehændelse', en: 'Trial event' },",
    },
  ],
};
