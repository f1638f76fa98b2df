/**
 * Messages added while finishing the app for its users (issue 15): field-level validation sentences, number
 * formats' companions and the narrow-layout texts of the tab. Spread into MESSAGES in messages.ts.
 */
export const FINISH_MESSAGES = {
  'fieldError.required': { da: 'Udfyld feltet »{label}«.', en: 'Please fill in “{label}”.' },
  'fieldError.tooShort': {
    da: 'Skriv mindst {n} tegn i feltet »{label}«.',
    en: 'Enter at least {n} characters in “{label}”.',
  },
  'fieldError.dateOrder': {
    da: 'Datoen i feltet »{label}« må ikke ligge før periodens første dag.',
    en: 'The date in “{label}” cannot be before the first day of the period.',
  },
  'fieldError.confirmMismatch': {
    da: 'Skriv personens navn nøjagtigt i feltet »{label}« for at bekræfte sletningen.',
    en: "Type the person's name exactly in “{label}” to confirm the erasure.",
  },
  'fieldError.tooLong': {
    da: 'Feltet »{label}« må højst have {max} tegn.',
    en: '“{label}” can have at most {max} characters.',
  },
  'fieldError.atLeast': { da: 'Feltet »{label}« skal være mindst {n}.', en: '“{label}” must be at least {n}.' },
  'fieldError.atMost': { da: 'Feltet »{label}« må højst være {n}.', en: '“{label}” can be at most {n}.' },
  'fieldError.wholeNumber': { da: 'Skriv et helt tal i feltet »{label}«.', en: 'Enter a whole number in “{label}”.' },
  'fieldError.date': { da: 'Skriv en gyldig dato i feltet »{label}«.', en: 'Enter a valid date in “{label}”.' },
  'fieldError.email': {
    da: 'Skriv en gyldig e-mailadresse i feltet »{label}«.',
    en: 'Enter a valid e-mail address in “{label}”.',
  },
  'fieldError.score': {
    da: 'Vælg et tal fra 1 til 5 ved »{label}«.',
    en: 'Choose a number from 1 to 5 for “{label}”.',
  },
  'fieldError.unknownPerson': {
    da: 'Vælg en person, appen kender, i feltet »{label}«.',
    en: 'Choose a person the app knows in “{label}”.',
  },
  'fieldError.unknownChannel': {
    da: 'Vælg en kanal, appen kender, i feltet »{label}«.',
    en: 'Choose a channel the app knows in “{label}”.',
  },
  'fieldError.invalid': {
    da: 'Indholdet af feltet »{label}« er ikke gyldigt.',
    en: 'The value of “{label}” is not valid.',
  },
  'fieldError.summary': {
    da: 'Nogle felter mangler eller er ugyldige: {labels}.',
    en: 'Some fields are missing or invalid: {labels}.',
  },
  'field.unnamed': { da: 'et felt', en: 'a field' },
  'field.idempotencyKey': { da: 'Idempotency-Key (teknisk)', en: 'Idempotency-Key (technical)' },
  'field.commandType': { da: 'Handling', en: 'Action' },
  'field.motivation': { da: 'Motivation', en: 'Motivation' },
  'field.comment': { da: 'Kommentar', en: 'Comment' },
  'tab.timeline.summary': { da: 'Fase {n} af {total}', en: 'Phase {n} of {total}' },
  'tab.timeline.showAll': { da: 'Vis alle faser', en: 'Show every phase' },
  'tab.timeline.hideAll': { da: 'Skjul faserne', en: 'Hide the phases' },
  'tab.sections.more': { da: 'Flere afsnit', en: 'More sections' },
  'tab.overview.sortBy': { da: 'Sortér efter', en: 'Sort by' },
  'tab.overview.ascending': { da: 'stigende', en: 'ascending' },
  'tab.overview.descending': { da: 'faldende', en: 'descending' },
  'tab.overview.morePending': { da: '+{count} mere', en: '+{count} more' },
} as const;
