import type { Locale } from '../domain/errors';

/**
 * The joint drafting of the recommendation on continuing (issue 13, item 5): the leader and the director both
 * edit the draft, the director submits it to the body she chooses.
 */
export const CODRAFT_MESSAGES = {
  'closing.recommendation.askDraft': {
    da: 'Skal netværket fortsætte, og i givet fald i samme form og med de samme deltagere? Netværkslederen og netværksdirektøren skriver anbefalingen sammen; begge kan rette i udkastet, og direktøren sender det til beslutning.',
    en: 'Should the network continue, and if so in the same form and with the same participants? The network leader and the network director write the recommendation together; both can edit the draft, and the director sends it for decision.',
  },
  'closing.recommendation.saveDraft': { da: 'Gem udkast', en: 'Save draft' },
  'closing.recommendation.lastEdited': {
    da: 'Senest redigeret af {who}, {when}',
    en: 'Last edited by {who}, {when}',
  },
  'closing.recommendation.lastEditedTitle': { da: 'Senest redigeret', en: 'Last edited' },
  'closing.endorsement.decider': { da: 'Send til', en: 'Send to' },
  'closing.endorsement.sentTo': { da: 'Sendt til beslutning i {body}', en: 'Sent for decision to {body}' },
  'closing.endorsement.askCodraft': {
    da: 'Udkastet til anbefalingen er klar. Ret det evt. på anbefalingskortet, skriv jeres fælles indstilling og vælg, hvem der skal beslutte.',
    en: 'The draft recommendation is ready. Edit it on the recommendation card if needed, write your joint recommendation and choose who decides.',
  },
} satisfies Record<string, Record<Locale, string>>;
