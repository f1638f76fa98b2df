/**
 * Domain errors of rounds, closing reflections and anchoring follow-up (issue 13, points 3, 4 and 6), spread
 * into ERROR_CATALOGUE: the same shape, a stable code and the message in both languages.
 */
export const CLOSING_ROUND_ERRORS = {
  'CONTRACT.PERIOD_FIXED': {
    status: 409,
    da: 'Netværkets periode ({startDate}–{endDate}) ændres kun ved en beslutning om forlængelse. Behold datoerne i den nye version af fase 2.',
    en: "The network's period ({startDate}–{endDate}) changes only through an extension decision. Keep the dates in the new version of phase 2.",
  },
  'ANCHORING.NOT_FOUND': {
    status: 422,
    da: 'Anbefalingen findes ikke i netværkets forankring.',
    en: "The recommendation is not among the network's anchoring recommendations.",
  },
  'ANCHORING.NO_DECISION_NEEDED': {
    status: 409,
    da: 'Anbefalingen gennemføres i linjeorganisationen; der skal ikke registreres en beslutning.',
    en: 'The recommendation is implemented in the line organisation; there is no decision to record.',
  },
  'ANCHORING.ALREADY_RECORDED': {
    status: 409,
    da: 'Udfaldet er allerede registreret af {by} den {at}.',
    en: 'The outcome was already recorded by {by} on {at}.',
  },
} as const;
