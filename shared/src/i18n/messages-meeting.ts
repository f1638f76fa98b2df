/**
 * Messages of the in-meeting facilitation (issue 14): the meeting side panel, the shared stage, attendance and
 * the local previews of both. Spread into MESSAGES in messages.ts.
 */
export const MEETING_MESSAGES = {
  'tab.panel.label': { da: 'Mødepanel: {title}', en: 'Meeting panel: {title}' },
  'tab.panel.meeting': { da: 'I dag: {title}', en: 'Today: {title}' },
  'tab.panel.agenda': { da: 'Dagsorden', en: 'Agenda' },
  'tab.panel.agendaNone': {
    da: 'Netværkslederen har ikke skrevet en dagsorden endnu.',
    en: 'The network leader has not written an agenda yet.',
  },
  'tab.panel.decisions': { da: 'Beslutninger og åbne handlinger i dag', en: 'Decisions and open actions today' },
  'tab.panel.decisionsNone': { da: 'Ingen er noteret endnu.', en: 'None noted yet.' },
  'tab.panel.save': { da: 'Gem', en: 'Save' },
  'tab.panel.saved': { da: 'Gemt.', en: 'Saved.' },
  'tab.panel.previous': { da: 'Fra sidste møde: {title}', en: 'From the last meeting: {title}' },
  'tab.panel.charter': { da: 'Mål og arbejdsform', en: 'Goal and way of working' },
  'tab.panel.charterNone': {
    da: 'Kontraktens fase 3 (efter opstartsworkshoppen) er ikke udfyldt endnu.',
    en: 'Phase 3 of the contract (after the kick-off workshop) is not filled in yet.',
  },
  'tab.panel.workingForm': { da: 'Arbejdsform', en: 'Way of working' },
  'tab.panel.cadence': { da: 'Mødekadence', en: 'Meeting cadence' },
  'tab.panel.tasks': { da: 'Opgaver', en: 'Tasks' },
  'tab.panel.criteria': { da: 'Succeskriterier', en: 'Success criteria' },
  'tab.panel.criteriaProcess': { da: 'Processen', en: 'The process' },
  'tab.panel.criteriaProduct': { da: 'Produktet', en: 'The product' },
  'tab.panel.reflection': { da: 'Refleksion over mødet', en: 'Reflection on the meeting' },
  'tab.panel.startReflection': { da: 'Start refleksionen nu', en: 'Start the reflection now' },
  'tab.panel.closeReflection': { da: 'Luk refleksionen nu', en: 'Close the reflection now' },
  'tab.panel.closeHint': {
    da: 'Ingen kan svare, når den er lukket. Du får opsummeringen, og den fælles skærm viser resultatet.',
    en: 'Nobody can answer once it is closed. You get the summary, and the shared screen shows the result.',
  },
  'tab.panel.startHint': {
    da: 'Kortet med refleksionen kommer i mødechatten nu, mens alle er her. Når mødet slutter, kommer der ikke et kort mere.',
    en: 'The reflection card goes to the meeting chat now, while everyone is here. When the meeting ends, no second card is posted.',
  },
  'tab.panel.notStarted': {
    da: 'Refleksionen starter, når mødet slutter, eller når netværkslederen starter den.',
    en: 'The reflection starts when the meeting ends, or when the network leader starts it.',
  },
  'tab.panel.startedAt': { da: 'Startet i mødet {time}', en: 'Started in the meeting at {time}' },
  'tab.panel.closed': { da: 'Refleksionen er lukket.', en: 'The reflection is closed.' },
  'tab.panel.answer': { da: 'Dit svar', en: 'Your answer' },
  'tab.panel.answerSaved': {
    da: 'Dit svar er gemt. Du kan rette det, så længe refleksionen er åben.',
    en: 'Your answer is saved. You can change it while the reflection is open.',
  },
  'tab.panel.notAsked': {
    da: 'Kun netværkets deltagere og leder svarer på refleksionen.',
    en: "Only the network's participants and leader answer the reflection.",
  },
  'tab.panel.stage': { da: 'Vis på den fælles skærm', en: 'Show on the shared screen' },
  'tab.panel.stageRules': { da: 'Vis mål og spilleregler', en: 'Show goal and ground rules' },
  'tab.panel.stageReflection': { da: 'Vis refleksionen live', en: 'Show the reflection live' },
  'tab.panel.stageComments': { da: 'Vis også kommentarerne (uden navne)', en: 'Also show the comments (no names)' },
  'tab.panel.stageShared': { da: 'Delt på skærmen.', en: 'Shared on the screen.' },
  'tab.panel.stageFailed': {
    da: 'Det lykkedes ikke at dele på skærmen. Prøv igen, eller del skærmen på den sædvanlige måde.',
    en: 'Sharing to the screen did not work. Try again, or share your screen the usual way.',
  },
  'tab.panel.stageAnonymous': {
    da: 'Svarene er anonyme: skærmen viser kun antal og gennemsnit, aldrig kommentarer eller navne.',
    en: 'The answers are anonymous: the screen shows only the count and averages, never comments or names.',
  },
  'tab.panel.scale': { da: '1 = slet ikke, 5 = i høj grad', en: '1 = not at all, 5 = very much' },
  'tab.stage.label': { da: 'Fælles skærm: {name}', en: 'Shared screen: {name}' },
  'tab.stage.goal': { da: 'Vores mål', en: 'Our goal' },
  'tab.stage.groundRules': { da: 'Vores spilleregler', en: 'Our ground rules' },
  'tab.stage.noCharter': {
    da: 'Målet og spillereglerne kommer fra kontraktens fase 3, som ikke er udfyldt endnu.',
    en: 'The goal and ground rules come from phase 3 of the contract, which is not filled in yet.',
  },
  'tab.stage.count': { da: '{answered} af {expected} har svaret', en: '{answered} of {expected} have answered' },
  'tab.stage.averagesAtClose': {
    da: 'Refleksionen er anonym: gennemsnittene vises, når den er lukket og mindst 3 har svaret.',
    en: 'The reflection is anonymous: the averages show once it is closed and at least 3 have answered.',
  },
  'tab.stage.waiting': {
    da: 'Gennemsnittene vises, når mindst 3 har svaret.',
    en: 'The averages show once at least 3 have answered.',
  },
  'tab.stage.notOpen': {
    da: 'Refleksionen er ikke startet endnu.',
    en: 'The reflection has not started yet.',
  },
  'tab.stage.value': { da: 'Værdi af mødet', en: 'Value of the meeting' },
  'tab.stage.workingWell': { da: 'Netværket arbejder hensigtsmæssigt', en: 'The network works appropriately' },
  'tab.stage.outOf5': { da: '{value} af 5', en: '{value} of 5' },
  'tab.stage.changeForm': { da: '{count} ønsker en anden form', en: '{count} want another form' },
  'tab.stage.comments': { da: 'Kommentarer', en: 'Comments' },
  'tab.stage.anonymous': { da: 'Svarene er anonyme.', en: 'The answers are anonymous.' },
  'tab.stage.answerWhere': {
    da: 'Svar på kortet i mødechatten eller i sidepanelet.',
    en: 'Answer on the card in the meeting chat or in the side panel.',
  },
  'tab.attendance.title': { da: 'Fremmøde', en: 'Attendance' },
  'tab.attendance.present': { da: 'Til stede ({count})', en: 'Present ({count})' },
  'tab.attendance.absent': { da: 'Ikke med ({count})', en: 'Not there ({count})' },
  'tab.attendance.left': { da: 'gik {time}', en: 'left at {time}' },
  'tab.attendance.unknown': {
    da: 'Teams har ikke meldt, hvem der var med.',
    en: 'Teams did not report who attended.',
  },
  'tab.meetings.startedInMeeting': {
    da: 'Refleksionen blev startet i mødet',
    en: 'The reflection was started in the meeting',
  },
  'tab.preview.title': { da: 'Møde i Teams – forhåndsvisning', en: 'Meeting in Teams – preview' },
  'tab.preview.intro': {
    da: 'Agents Playground har ingen mødeskærm. Her ses sidepanelet (320 px) og den fælles skærm, som Teams viser dem. Vælg i sidepanelet, hvad skærmen skal vise.',
    en: 'The Agents Playground has no meeting stage. Here are the side panel (320 px) and the shared screen as Teams shows them. Choose in the side panel what the screen shows.',
  },
  'tab.preview.panel': { da: 'Sidepanel', en: 'Side panel' },
  'tab.preview.stage': { da: 'Fælles skærm', en: 'Shared screen' },
  'tab.preview.meeting': { da: 'Møde', en: 'Meeting' },
  'tab.preview.noMeeting': {
    da: 'Netværket har ingen møder endnu. Knyt et møde til det først (npm run meeting:end, eller »tilknyt netværk«).',
    en: 'The network has no meetings yet. Link a meeting first (npm run meeting:end, or “link network”).',
  },
} as const;
