/** The tab's strings for the records page, the privacy page and the footer. Spread into MESSAGES. */
export const RECORDS_TAB_MESSAGES = {
  'tab.footer.label': { da: 'Om appen', en: 'About the app' },
  'tab.footer.privacy': { da: 'Privatliv og dine data', en: 'Privacy and your data' },
  'tab.footer.records': { da: 'Journalisering og persondata', en: 'Records and personal data' },
  'tab.records.forbidden': {
    da: 'Beklager, det er kun netværksdirektøren og netværkskonsulenterne, der kan eksportere sagsakter.',
    en: 'Sorry, only the network director and the network consultants can export case records.',
  },
  'tab.records.personForbidden': {
    da: 'Beklager, det er kun netværksdirektøren og databeskyttelsesansvarlige, der kan se og slette en persons data.',
    en: "Sorry, only the network director and the privacy officers can see and erase a person's data.",
  },
  'tab.records.settingsForbidden': {
    da: 'Beklager, det er kun netværksdirektøren, der kan ændre opbevaringsperioden.',
    en: 'Sorry, only the network director can change the retention period.',
  },
  'tab.records.personUnknown': { da: 'Personen findes ikke i appen.', en: 'The person is not known to the app.' },
  'tab.records.confirmMismatch': {
    da: 'Skriv personens navn nøjagtigt for at bekræfte sletningen.',
    en: "Type the person's name exactly to confirm the erasure.",
  },
  'tab.records.invalid': { da: 'Udfyld felterne korrekt.', en: 'Fill in the fields correctly.' },
} as const satisfies Record<string, { da: string; en: string }>;
