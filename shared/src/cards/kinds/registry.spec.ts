import { NETWORK_CARD_KINDS } from './registry';
import { kindAsking, specOf } from './registry';

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
});
