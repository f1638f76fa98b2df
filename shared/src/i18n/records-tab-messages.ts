/** The tab's strings for the records page, the privacy page and the footer. Spread into MESSAGES. */
export const RECORDS_TAB_MESSAGES = {
  'tab.footer.label': { da: 'Om appen', en: 'About the app' },
  'tab.footer.privacy': { da: 'Privatliv og dine data', en: 'Privacy and your data' },
  'tab.footer.records': { da: 'Journalisering og persondata', en: 'Records and personal data' },
} as const satisfies Record<string, { da: string; en: string }>;
