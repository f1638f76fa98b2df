import type { Locale } from '@netvaerk/shared/domain/errors';

/** One page of plain text: a title, an introduction and sections of paragraphs or bullet lists. */
export interface LegalPage {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs?: string[]; bullets?: string[] }[];
  /** The link to the same page in the other language. */
  otherLanguage: string;
  updated: string;
}

export type LegalPageName = 'privacy' | 'terms';

/**
 * The privacy statement and terms of use the Teams manifest links to. They describe what this app stores and
 * where (DESIGN.md §9, docs/adr/0002-table-storage-keys.md, docs/operations.md); change them with the code.
 */
export const LEGAL_TEXTS: Record<LegalPageName, Record<Locale, LegalPage>> = {
  privacy: {
    da: {
      title: 'Privatlivspolitik for Netværk for Teams',
      intro:
        'Netværk for Teams er kommunens app til netværksstrukturen: idéer, anbefalinger, beslutninger, kontrakter, deltagere, møder og refleksioner. Her står, hvilke oplysninger appen gemmer om dig, hvor de ligger, og hvem der kan se dem.',
      sections: [
        {
          heading: 'Hvem er ansvarlig',
          paragraphs: [
            'Kommunen, der har taget appen i brug, er dataansvarlig. Appen kører i kommunens egen Microsoft 365 og i kommunens eget Azure-abonnement. Spørgsmål om dine oplysninger går til kommunens databeskyttelsesrådgiver (DPO).',
          ],
        },
        {
          heading: 'Hvad appen gemmer om dig',
          bullets: [
            'Hvem du er i Microsoft 365: dit Entra-objekt-id, din organisations id og dit navn, som Teams viser det.',
            'Hvordan appen når dig i Teams: dit Teams-bruger-id, adressen på Teams-tjenesten, din personlige chat med appen og dit sprog i Teams.',
            'Det, du gør i appen: idéer, du foreslår, anbefalinger og beslutninger, du træffer (med tidspunkt og eventuel begrundelse), kontrakttekster, du skriver eller underskriver, invitationer, du sender eller svarer på, fortællinger og anbefalinger ved afslutningen.',
            'Møder, der er knyttet til et netværk: mødets titel, id for mødet og dets chat, og hvem der var medlem af mødechatten (for at kunne sige "7 af 12 har svaret").',
            'Dine svar på refleksioner: din score og din kommentar. Bruger netværket anonyme refleksioner, gemmes svaret uden dit navn eller id; kun en nøglet kode forhindrer, at du svarer to gange, og gennemsnit og kommentarer vises først, når mindst tre har svaret.',
            'Eksterne deltagere: navn, organisation og e-mail, som netværkets leder skriver ind.',
            'En historik over hver ændring i et netværk: hvem, hvornår, og om det skete i chatten eller i fanen.',
          ],
        },
        {
          heading: 'Hvor oplysningerne ligger',
          paragraphs: [
            'Alt gemmes i Azure Table Storage i kommunens Azure-abonnement, i et datacenter i EU (standardopsætningen bruger regionen West Europe). Appens registrering hos Azure Bot Service bruger den europæiske dataopbevaring. Kortene, appen sender, ligger desuden i Teams som andre beskeder og følger kommunens opbevaringsregler for Teams.',
            'Appen skriver tekniske logfiler (fx hvilket netværk og hvilken samtale en hændelse gælder, fejlbeskrivelser og Entra-objekt-id for den, der gjorde noget). De ligger i kommunens Application Insights i samme region og slettes efter 30 dage med standardopsætningen. Logfilerne indeholder ikke dine svar eller tekster.',
          ],
        },
        {
          heading: 'Hvem kan se hvad',
          paragraphs: [
            'Et netværk kan ses af dets leder og deltagere, netværksdirektøren, konsulenterne og de fora, der anbefaler eller beslutter for netværket. Fortællinger og godkendte anbefalinger, der udgives, kan ses af alle i organisationen på netværkssitet. Appen deler ikke oplysninger med andre end Microsoft, der driver Teams og Azure for kommunen.',
          ],
        },
        {
          heading: 'Hvor længe',
          paragraphs: [
            'Refleksionskommentarer og personoplysninger i et lukket netværk slettes automatisk 24 måneder efter lukningen (kommunen kan vælge en anden periode), men først når netværkets sagsakt er eksporteret til kommunens journal. Beslutninger og kontrakter er omfattet af kommunens pligt til at journalisere og arkivere og bevares i sagsakten. Du kan bede netværksdirektøren eller kommunens databeskyttelsesrådgiver om at se alt, hvad der er gemt om dig, og om at blive slettet.',
          ],
        },
        {
          heading: 'Dine rettigheder',
          paragraphs: [
            'Du har ret til at få at vide, hvad der er gemt om dig, og til at få forkerte oplysninger rettet eller slettet, medmindre kommunen skal gemme dem. Kontakt kommunens databeskyttelsesrådgiver; kommunens it-afdeling kan finde, udtrække og slette oplysningerne. Du kan også klage til Datatilsynet.',
          ],
        },
      ],
      otherLanguage: 'Read this in English',
      updated: 'Senest opdateret december 2026.',
    },
    en: {
      title: 'Privacy statement for Netværk for Teams',
      intro:
        "Netværk for Teams is the municipality's app for its network structure: ideas, recommendations, decisions, contracts, participants, meetings and reflections. This page says what the app stores about you, where it is kept and who can see it.",
      sections: [
        {
          heading: 'Who is responsible',
          paragraphs: [
            "The municipality that runs the app is the data controller. The app runs in the municipality's own Microsoft 365 and in its own Azure subscription. Questions about your data go to the municipality's data protection officer (DPO).",
          ],
        },
        {
          heading: 'What the app stores about you',
          bullets: [
            'Who you are in Microsoft 365: your Entra object id, your organisation id and your name as Teams shows it.',
            'How the app reaches you in Teams: your Teams user id, the address of the Teams service, your personal chat with the app and your Teams language.',
            'What you do in the app: ideas you propose, recommendations and decisions you make (with the time and any reason), contract texts you write or sign, invitations you send or answer, stories and recommendations at closing.',
            'Meetings linked to a network: the meeting\'s title, the ids of the meeting and its chat, and who was a member of the meeting chat (to be able to say "7 of 12 have answered").',
            'Your reflection answers: your score and your comment. If the network uses anonymous reflections, the answer is stored without your name or id; only a keyed code stops you from answering twice, and averages and comments are shown once at least three have answered.',
            "External participants: name, organisation and e-mail, as the network's leader enters them.",
            'A history of every change to a network: who, when, and whether it happened in the chat or in the tab.',
          ],
        },
        {
          heading: 'Where it is kept',
          paragraphs: [
            "Everything is stored in Azure Table Storage in the municipality's Azure subscription, in a data centre in the EU (the default set-up uses the West Europe region). The app's registration with Azure Bot Service uses European data residency. The cards the app sends are also kept in Teams like other messages and follow the municipality's retention rules for Teams.",
            "The app writes technical logs (for example which network and conversation an event concerns, error descriptions and the Entra object id of whoever did something). They are kept in the municipality's Application Insights in the same region and deleted after 30 days with the default set-up. The logs do not contain your answers or texts.",
          ],
        },
        {
          heading: 'Who can see what',
          paragraphs: [
            'A network can be seen by its leader and participants, the network director, the consultants and the forums that recommend or decide for it. Stories and approved recommendations that are published can be seen by everyone in the organisation on the network site. The app shares nothing with anyone but Microsoft, which runs Teams and Azure for the municipality.',
          ],
        },
        {
          heading: 'For how long',
          paragraphs: [
            "Reflection comments and personal data of a closed network are deleted automatically 24 months after it closes (the municipality may choose another period), but only once the network's case record has been exported to the municipality's records. Decisions and contracts fall under the municipality's duty to record and archive and are kept in the case record. You can ask the network director or the municipality's data protection officer to see everything stored about you, and to be erased.",
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            "You have the right to know what is stored about you, and to have wrong data corrected or deleted unless the municipality must keep it. Contact the municipality's data protection officer; the municipality's IT department can find, export and delete the data. You can also complain to the Danish Data Protection Agency (Datatilsynet).",
          ],
        },
      ],
      otherLanguage: 'Læs dette på dansk',
      updated: 'Last updated December 2026.',
    },
  },
  terms: {
    da: {
      title: 'Vilkår for brug af Netværk for Teams',
      intro:
        'Netværk for Teams er kommunens værktøj til netværksstrukturen. Ved at bruge appen accepterer du disse vilkår ud over kommunens almindelige regler for it og Microsoft 365.',
      sections: [
        {
          heading: 'Hvem kan bruge appen',
          paragraphs: [
            'Appen er til medarbejdere i de organisationer, kommunen har givet adgang. Hvad du kan gøre, afhænger af din rolle: netværksdirektør, konsulent, medlem af et forum, leder, deltager eller medarbejder med en idé.',
          ],
        },
        {
          heading: 'Det, du skriver',
          bullets: [
            'Skriv sagligt og om netværkets arbejde. Det, du skriver i et netværk, kan ses af netværkets leder og deltagere, netværksdirektøren, konsulenterne og de fora, der behandler netværket.',
            'Skriv ikke følsomme personoplysninger, fx om helbred, eller oplysninger om borgere i idéer, kontrakter, kommentarer eller fortællinger.',
            'Fortællinger og godkendte anbefalinger, der udgives, kan ses af alle i organisationen.',
            'Beslutninger, underskrifter og ændringer gemmes med navn og tidspunkt i netværkets historik.',
          ],
        },
        {
          heading: 'Drift og ændringer',
          paragraphs: [
            'Kommunen driver appen i sin egen Azure og kan ændre, afbryde eller lukke den. Kommunen tilstræber, at appen er tilgængelig i arbejdstiden, men giver ingen garanti for, at den altid virker. Vigtige beslutninger skal også følge kommunens almindelige sagsgang.',
          ],
        },
        {
          heading: 'Privatliv',
          paragraphs: ['Hvad appen gemmer om dig, står i privatlivspolitikken på /privacy.'],
        },
      ],
      otherLanguage: 'Read this in English',
      updated: 'Senest opdateret december 2026.',
    },
    en: {
      title: 'Terms of use for Netværk for Teams',
      intro:
        "Netværk for Teams is the municipality's tool for its network structure. By using the app you accept these terms in addition to the municipality's general rules for IT and Microsoft 365.",
      sections: [
        {
          heading: 'Who may use the app',
          paragraphs: [
            'The app is for employees of the organisations the municipality has given access. What you can do depends on your role: network director, consultant, member of a forum, leader, participant or employee with an idea.',
          ],
        },
        {
          heading: 'What you write',
          bullets: [
            "Keep to the network's work. What you write in a network can be seen by its leader and participants, the network director, the consultants and the forums that handle the network.",
            'Do not write sensitive personal data, such as health information, or information about citizens in ideas, contracts, comments or stories.',
            'Stories and approved recommendations that are published can be seen by everyone in the organisation.',
            "Decisions, signatures and changes are recorded with name and time in the network's history.",
          ],
        },
        {
          heading: 'Operation and changes',
          paragraphs: [
            "The municipality runs the app in its own Azure and may change, interrupt or close it. It aims to keep the app available during working hours but gives no guarantee that it always works. Important decisions must also follow the municipality's usual case procedures.",
          ],
        },
        {
          heading: 'Privacy',
          paragraphs: ['What the app stores about you is described in the privacy statement at /privacy.'],
        },
      ],
      otherLanguage: 'Læs dette på dansk',
      updated: 'Last updated December 2026.',
    },
  },
};
