/** Expected failures of the decision rules and contract parties (issue 13), spread into ERROR_CATALOGUE. */
export const GOVERNANCE_ERRORS = {
  'DECISION.OWN_RECOMMENDATION': {
    status: 403,
    da: 'Du kan ikke stemme om en indstilling, du selv har givet: ingen træffer beslutning om sin egen indstilling. Beslutningen træffes af de øvrige medlemmer af {body}.',
    en: 'You cannot vote on a recommendation you made yourself: nobody decides on their own recommendation. The other members of {body} decide.',
  },
  'DECISION.SECRETARY_ONLY': {
    status: 403,
    da: '{body} træffer beslutningen på sit møde; kun et medlem med sekretærrollen registrerer udfaldet med mødedatoen.',
    en: '{body} decides in its meeting; only a member with the secretary role records the outcome with the meeting date.',
  },
  'DECISION.MEETING_DATE': {
    status: 422,
    da: 'Angiv datoen for mødet, hvor {body} traf beslutningen (i dag eller tidligere).',
    en: 'Give the date of the meeting where {body} took the decision (today or earlier).',
  },
  'CONTRACT.BOTH_SIDES': {
    status: 409,
    da: 'Du har allerede kvitteret for kontraktens fase 1 på den ene parts vegne; ingen kvitterer for begge parter.',
    en: 'You have already acknowledged contract phase 1 for one party; nobody acknowledges for both parties.',
  },
} as const;
