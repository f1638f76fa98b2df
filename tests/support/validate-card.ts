// Microsoft's Adaptive Cards library: its lib/ doesn't load in plain Node, but the UMD bundle parses a card
// without a DOM (see ../shared/TOOLCHAIN.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Problems Microsoft's parser reports for a card (unknown elements, bad values), or none. */
export function adaptiveCardProblems(card: unknown): string[] {
  const ctx = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(card, ctx);
  return Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
}

/** Every Action.Execute verb in a card, including the refresh action. */
export function verbsIn(card: unknown): string[] {
  const verbs: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute' && typeof o.verb === 'string') verbs.push(o.verb);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return verbs;
}
