import type { KindSpec } from './kind-spec';
import { answeringKinds, KINDS, NETWORK_CARD_KINDS } from './registry';
import { kindAsking, specOf } from './registry';

const asking = (command: KindSpec['command'], secondary?: true): KindSpec => ({
  title: 'card.status.title',
  command,
  ...(secondary ? { secondary } : {}),
});

describe('the card kinds registry', () => {
  it('answers a press with the kind that asks for its command, read from the specs', () => {
    for (const kind of NETWORK_CARD_KINDS) {
      const command = specOf(kind).command;
      if (command) expect(kindAsking(command, kind)).toBe(kind);
    }
    expect(kindAsking('decideIdea')).toBe('decision');
  });

  it('ignores a pressed-on kind that does not ask for the command (card data is not trusted for it)', () => {
    expect(kindAsking('decideIdea', 'track')).toBe('decision');
    expect(kindAsking('decideIdea', 'no-such-kind')).toBe('decision');
  });

  it('answers null for a command no card asks for', () => {
    expect(kindAsking('withdrawIdea')).toBeNull();
  });

  it('does not depend on the order of the kinds: a second kind on a command answers only presses on itself', () => {
    const first = answeringKinds({ reminder: asking('decideIdea', true), main: asking('decideIdea') });
    const second = answeringKinds({ main: asking('decideIdea'), reminder: asking('decideIdea', true) });
    expect(first.get('decideIdea')).toBe('main');
    expect(second.get('decideIdea')).toBe('main');
  });

  it('refuses two kinds answering one command, or none, naming them (a bug found when the module loads)', () => {
    expect(() => answeringKinds({ a: asking('decideIdea'), b: asking('decideIdea') })).toThrow(
      'decideIdea is asked for by a, b',
    );
    expect(() => answeringKinds({ a: asking('decideIdea', true) })).toThrow('decideIdea is asked for by a');
  });

  it('gives the real registry one answering kind per command, the one the specs name', () => {
    for (const [command, kind] of answeringKinds(KINDS)) expect(specOf(kind).command).toBe(command);
  });
});
