/** Deadlines of a body's pending decisions: the reminder before, the escalation after (decision-deadlines.ts). */
export const DEADLINE_MESSAGES = {
  'deadline.overdue.title': { da: 'Beslutning over fristen: {name}', en: 'Decision past its deadline: {name}' },
  'deadline.overdue.ask': {
    da: '{decision} har ligget hos {body} siden {since}. Fristen var {due}, og {body} er blevet mindet om den. Følg op, så beslutningen ikke går i stå.',
    en: 'The {decision} has been with {body} since {since}. It was due on {due}, and {body} was reminded. Please follow up so the decision does not stall.',
  },
  'tab.pending.dueOn': { da: 'frist {date}', en: 'due {date}' },
  'tab.pending.overdue': { da: 'over fristen ({date})', en: 'overdue (due {date})' },
  'deadline.overdue.settled': { da: 'Beslutningen er truffet.', en: 'The decision has been taken.' },
  'deadline.reminder': {
    da: 'Påmindelse: fristen for beslutningen er {due}.',
    en: 'Reminder: the decision is due on {due}.',
  },
  'deadline.decision.recommendation': { da: 'Indstillingen af idéen', en: 'recommendation of the idea' },
  'deadline.decision.idea': { da: 'Beslutningen om idéen', en: 'decision on the idea' },
  'deadline.decision.leader': { da: 'Godkendelsen af netværkslederen', en: 'approval of the network leader' },
  'deadline.decision.continuation': {
    da: 'Beslutningen om forlængelse eller lukning',
    en: 'decision on extending or closing',
  },
  'deadline.decision.contractAcknowledgement': {
    da: 'Kvitteringen for kontraktens fase 1',
    en: 'acknowledgement of contract phase 1',
  },
  // A body party of contract phase 1 that has not acknowledged the current version yet, with its deadline.
  'contract.party.awaitingDue': { da: 'afventer kvittering, frist {date}', en: 'awaiting acknowledgement, due {date}' },
} as const;
