/**
 * Messages of the cards' navigation (issue 15): opening a network from "Mine netværk" and the way back.
 * Spread into MESSAGES in messages.ts.
 */
export const CARD_NAV_MESSAGES = {
  'action.openNetwork': { da: 'Åbn {name}', en: 'Open {name}' },
  'action.backToNetworks': { da: 'Tilbage til mine netværk', en: 'Back to my networks' },
} as const;
