import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NETWORK_CARD_KINDS } from '../../shared/src/cards/kinds/registry';
import { importCycles, importsOf } from './import-graph';

const root = join(__dirname, '..', '..');

describe('the cards have no import cycle (issue 12 item 4)', () => {
  it('finds none among shared/src/cards and what it imports', () => {
    expect(importCycles(join(root, 'shared', 'src', 'cards'))).toEqual([]);
  });

  it('bites: a pair of files that import each other is a cycle (a type-only import too)', () => {
    expect(importCycles(join(__dirname, 'fixtures', 'cycle'))).toEqual([['cycle/ping.ts', 'cycle/pong.ts']]);
  });

  it('walks the real tree: the kinds registry imports one file per card kind', () => {
    // Guards the walker itself: if it resolved nothing, the first test would pass for the wrong reason.
    const registry = importsOf(join(root, 'shared', 'src', 'cards', 'kinds', 'registry.ts'));
    expect(registry.filter((f) => f.endsWith('.kind.ts'))).toHaveLength(NETWORK_CARD_KINDS.length);
    // And no kind file lies beside it unregistered (a card nobody can be sent).
    const kindFiles = readdirSync(join(root, 'shared', 'src', 'cards', 'kinds')).filter((f) => f.endsWith('.kind.ts'));
    expect(kindFiles).toHaveLength(NETWORK_CARD_KINDS.length);
  });
});
