/**
 * Messages of the decision rules, contract parties, deadlines and joint recommendation (issue 13), spread into
 * the main catalogue. Danish first; English follows the Teams locale.
 */
export const GOVERNANCE_MESSAGES = {
  'fieldError.quorumTooLarge': {
    da: 'Feltet »{label}« kan ikke være større end antallet af medlemmer.',
    en: '“{label}” cannot be larger than the number of members.',
  },
  'fieldError.secretaryRequired': {
    da: 'Et forum, der beslutter på sit møde, skal have mindst én sekretær (»{label}«).',
    en: 'A forum that decides in its meeting needs at least one secretary (“{label}”).',
  },
  'fieldError.secretaryNotMember': {
    da: 'Sekretærerne i feltet »{label}« skal også være medlemmer af forummet.',
    en: 'The secretaries in “{label}” must also be members of the forum.',
  },
  'fieldError.meetingDate': {
    da: 'Angiv mødedatoen i feltet »{label}« (i dag eller tidligere).',
    en: 'Give the meeting date in “{label}” (today or earlier).',
  },
  'field.forumRule': { da: 'Sådan beslutter forummet', en: 'How the forum decides' },
  'field.forumSecretaries': {
    da: 'Sekretærer (registrerer mødets beslutning)',
    en: "Secretaries (record the meeting's decision)",
  },
  'field.forumDeadlineDays': { da: 'Frist for en beslutning (dage)', en: 'Deadline for a decision (days)' },
  'field.meetingDate': { da: 'Mødedato', en: 'Meeting date' },
  'rule.votes': { da: 'Stemmer på kortet', en: 'Votes on the card' },
  'rule.meeting': { da: 'Besluttes på forummets møde', en: "Decided in the forum's meeting" },
  'ballot.votes': { da: 'Stemmer', en: 'Votes' },
  'ballot.progress': {
    da: '{agree} af {quorum} nødvendige er enige · {eligible} kan stemme',
    en: '{agree} of the {quorum} needed agree · {eligible} can vote',
  },
  'ballot.vote': { da: '{outcome} ({when})', en: '{outcome} ({when})' },
  'ballot.deadlocked': {
    da: 'Afstemningen kan ikke længere nå det nødvendige antal enige stemmer. Er der ikke truffet en beslutning inden fristen, får netværksdirektøren og netværkskonsulenterne besked.',
    en: 'The vote can no longer reach the number of agreeing votes needed. If no decision is taken by the deadline, the network director and the consultants are told.',
  },
  'ballot.ownRecommendation': {
    da: 'Du har selv givet indstillingen og stemmer ikke om den; du tæller ikke med i det nødvendige antal.',
    en: 'You made the recommendation yourself and do not vote on it; you are not counted towards the quorum.',
  },
  'ballot.meetingAsk': {
    da: '{body} træffer beslutningen på sit møde. Som sekretær registrerer du udfaldet med mødedatoen.',
    en: '{body} decides in its meeting. As secretary you record the outcome with the meeting date.',
  },
  'ballot.meetingWaiting': {
    da: '{body} træffer beslutningen på sit møde; en sekretær registrerer udfaldet.',
    en: '{body} decides in its meeting; a secretary records the outcome.',
  },
  'ballot.meetingRecord': {
    da: '{what}: {body} besluttede på mødet {date} · registreret af {who}',
    en: '{what}: {body} decided in its meeting on {date} · recorded by {who}',
  },
  'ballot.rule': { da: 'Beslutningsregel', en: 'Decision rule' },
  'vote.outcome.recommend': { da: 'indstil', en: 'recommend' },
  'vote.outcome.approve': { da: 'for', en: 'for' },
  'vote.outcome.reject': { da: 'imod', en: 'against' },
  'vote.outcome.extend': { da: 'forlæng', en: 'extend' },
  'vote.outcome.close': { da: 'afslut', en: 'close' },
  'contract.party.awaiting': { da: 'afventer kvittering', en: 'awaiting acknowledgement' },
  'contract.party.meeting': {
    da: 'besluttet på mødet {date} · registreret af {who}',
    en: 'decided in its meeting on {date} · recorded by {who}',
  },
  'tab.contract.meetingDate': { da: 'besluttet på mødet {date}', en: 'decided in the meeting on {date}' },
  'tab.decision.dispensation': { da: 'Dispensation (tredje netværk)', en: 'Dispensation (third network)' },
  'tab.decision.endorsement': { da: 'Indstilling om forlængelse', en: 'Recommendation on continuing' },
  'tab.decision.meeting': { da: '{body}s møde {date}', en: 'meeting of {body}, {date}' },
  'tab.decision.votes': { da: '{count} stemmer', en: '{count} votes' },
  'tab.outcome.override': { da: 'Givet', en: 'Granted' },
  'tab.outcome.endorsed': { da: 'Indstillet', en: 'Submitted' },
  'tab.history.reason': { da: 'begrundelse: {reason}', en: 'reason: {reason}' },
  'history.dispensation': { da: 'dispensation: {reason}', en: 'dispensation: {reason}' },
  'history.reason': { da: 'begrundelse: {reason}', en: 'reason: {reason}' },
} as const;
