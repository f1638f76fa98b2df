import type { CardKindName, OutboxView } from '../../domain/outbox';
import { kindOf, NETWORK_CARD_KINDS, type NetworkCardKind } from './registry';

/** Compile-time: the domain's kind names and the registry's keys are the same set, no more and no fewer. */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const sameKinds: SameKeys<CardKindName, NetworkCardKind> = true;

describe("the outbox's card kinds are the registry's (issue 12)", () => {
  it('names every registered kind and no other: a misspelt kind does not compile', () => {
    expect(sameKinds).toBe(true);
    const views: OutboxView[] = NETWORK_CARD_KINDS.map((kind) => ({ type: 'network', kind }));
    expect(views.map((v) => (v.type === 'network' ? kindOf(v.kind) : null))).toEqual(NETWORK_CARD_KINDS);
    // `tsc -b` fails if this line compiles: the typo the handlers could once write unchecked.
    // @ts-expect-error -- 'nominaton' is not a card kind
    const typo: OutboxView = { type: 'network', kind: 'nominaton' };
    expect(typo.type === 'network' ? kindOf(typo.kind) : 'unchecked').toBeNull();
  });
});
