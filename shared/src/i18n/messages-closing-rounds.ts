/**
 * Messages of the closing loop that keeps its records (issue 13, points 3, 4, 6 and 8): the closing reflection's
 * answers as readers see them, earlier rounds, anchoring follow-up and the audit of configuration changes.
 * Spread into MESSAGES in messages.ts.
 */
export const CLOSING_ROUND_MESSAGES = {
  'closingRounds.summary.title': { da: 'Netværkets egen vurdering', en: "The network's own assessment" },
  'closingRounds.summary.count': {
    da: '{count} har besvaret den afsluttende refleksion',
    en: '{count} answered the closing reflection',
  },
  'closingRounds.summary.withheld': {
    da: 'Anonym refleksion: svarene vises, når mindst tre har svaret.',
    en: 'Anonymous reflection: the answers are shown once at least three have answered.',
  },
  'closingRounds.summary.satisfaction': { da: 'Tilfredshed: {value} af 5', en: 'Satisfaction: {value} of 5' },
  'closingRounds.summary.goal': { da: 'Mål og succeskriterium: {goal}', en: 'Goal and success criterion: {goal}' },
  'closingRounds.summary.noAnswer': { da: '(ingen svar)', en: '(no answers)' },
  'closingRounds.valueSeen': {
    da: 'Den værdi, I ser skabt (valgfrit)',
    en: 'The value you see created (optional)',
  },
  'closingRounds.valueSeen.recorded': { da: 'Værdi set af beslutningstageren', en: 'Value seen by the decider' },
  'closingRounds.round': { da: 'Runde {n}', en: 'Round {n}' },
  'closingRounds.extendedRound': {
    da: 'Runde {n} blev forlænget fra {from} til {to} af {by}, {at}.',
    en: 'Round {n} was extended from {from} to {to} by {by}, {at}.',
  },
  'closingRounds.contract.byExtension': {
    da: 'Ny slutdato ved beslutning om forlængelse ({who}, {when})',
    en: 'New end date by the extension decision ({who}, {when})',
  },
  'closing.path.directorsForum': {
    da: 'Direktørforum, via netværksdirektøren',
    en: "The directors' forum, via the network director",
  },
  'closing.path.politicalCommittee': {
    da: 'Det politiske udvalg, via netværksdirektøren',
    en: 'The political committee, via the network director',
  },
  'closing.path.centralDepartmentHeads': {
    da: 'De centrale afdelingschefer, via netværksdirektøren',
    en: 'The central department heads, via the network director',
  },
  'tab.path.directorsForum': { da: 'til direktørforum', en: "to the directors' forum" },
  'tab.path.politicalCommittee': { da: 'til det politiske udvalg', en: 'to the political committee' },
  'tab.path.centralDepartmentHeads': { da: 'til de centrale afdelingschefer', en: 'to the central department heads' },
  'closingRounds.anchoring.published': { da: 'offentliggjort på netværkssitet', en: 'published on the network site' },
  'closingRounds.anchoring.notPublished': { da: 'ikke offentliggjort', en: 'not published' },
  'closingRounds.anchoring.body': {
    da: 'Netværket er lukket. Her er alle dets anbefalinger til forankring, også dem, der ikke er offentliggjort; chefforum sikrer forankring og implementering.',
    en: "The network is closed. Here are all its recommendations for anchoring, also those not published; the heads' forum secures anchoring and implementation.",
  },
  'closingRounds.followUp.title': { da: 'Forankring til beslutning: {name}', en: 'Anchoring for a decision: {name}' },
  'closingRounds.followUp.ask': {
    da: 'Disse anbefalinger skal via dig til beslutning i et besluttende organ. Registrér udfaldet, når organet har besluttet.',
    en: 'These recommendations go via you to a deciding body. Record the outcome once the body has decided.',
  },
  'closingRounds.followUp.outcome': { da: 'Udfald: {text}', en: 'Outcome: {text}' },
  'closingRounds.followUp.record': { da: 'Registrér udfaldet', en: 'Record the outcome' },
  'closingRounds.followUp.recorded': {
    da: 'besluttet: {outcome} (registreret af {who}, {when})',
    en: 'decided: {outcome} (recorded by {who}, {when})',
  },
  'closingRounds.followUp.recordedInMeeting': {
    da: 'besluttet: {outcome} ({body} besluttede på mødet {date} · registreret af {who})',
    en: 'decided: {outcome} ({body} decided in its meeting on {date} · recorded by {who})',
  },
  'closingRounds.followUp.waiting': { da: 'afventer beslutning', en: 'waiting for the decision' },
  'record.path.directorsForum': { da: 'til beslutning i direktørforum', en: "for decision by the directors' forum" },
  'record.path.politicalCommittee': {
    da: 'til beslutning i det politiske udvalg',
    en: 'for decision by the political committee',
  },
  'record.path.centralDepartmentHeads': {
    da: 'til beslutning hos de centrale afdelingschefer',
    en: 'for decision by the central department heads',
  },
  'tab.decision.anchoringOutcome': { da: 'Forankring', en: 'Anchoring' },
  // The one deciding body outside the routing table's bodies (BODY_NAMES), for the decisions list.
  'body.municipalCouncil': { da: 'kommunalbestyrelsen', en: 'the municipal council' },
  'record.kind.anchoringOutcome': {
    da: 'Beslutning om en forankringsanbefaling',
    en: 'Decision on an anchoring recommendation',
  },
  'closingRounds.config.change': { da: '{field} – ændret af {who}, {when}', en: '{field} – changed by {who}, {when}' },
  'closingRounds.config.beforeAfter': { da: 'før: {before} · efter: {after}', en: 'before: {before} · after: {after}' },
  'tab.closing.round': { da: 'Runde {n}', en: 'Round {n}' },
  'tab.closing.summary': { da: 'Svarene fra den afsluttende refleksion', en: 'The closing reflection’s answers' },
  'tab.closing.goals': {
    da: 'Netværkets vurdering af hvert mål og succeskriterium',
    en: "The network's assessment against each goal and success criterion",
  },
  'tab.closing.withheld': {
    da: 'Anonym refleksion: svarene vises, når mindst tre har svaret.',
    en: 'Anonymous reflection: the answers are shown once at least three have answered.',
  },
  'tab.closing.valueSeen': { da: 'Den værdi, beslutningstageren ser skabt', en: 'The value the decider sees created' },
  'tab.rounds.title': { da: 'Tidligere runder', en: 'Earlier rounds' },
  'tab.rounds.extended': {
    da: 'Forlænget fra {from} til {to} af {by}, {at}',
    en: 'Extended from {from} to {to} by {by}, {at}',
  },
  'tab.rounds.adjustments': { da: 'Justeringer: {text}', en: 'Adjustments: {text}' },
  'tab.closing.followUp.waiting': { da: 'afventer beslutning', en: 'waiting for a decision' },
  'tab.closing.followUp.recorded': { da: 'besluttet: {outcome} ({by}, {at})', en: 'decided: {outcome} ({by}, {at})' },
  'tab.closing.followUp.recordedInMeeting': {
    da: 'besluttet på mødet {date}: {outcome} (registreret af {by})',
    en: 'decided in the meeting on {date}: {outcome} (recorded by {by})',
  },
  'tab.pending.anchoringOutcome': {
    da: 'Udfaldet af anbefalingen »{subject}«',
    en: 'The outcome of the recommendation “{subject}”',
  },
  'history.round.closed': {
    da: 'Runde {n}: afsluttende refleksion, anbefaling og forlængelse til {date}',
    en: 'Round {n}: closing reflection, recommendation and extension to {date}',
  },
} as const;
