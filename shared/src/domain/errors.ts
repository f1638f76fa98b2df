import { GOVERNANCE_ERRORS } from './errors-governance';
import { CLOSING_ROUND_ERRORS } from './errors-closing-rounds';

/**
 * Expected failures are values with stable codes. The bot turns them into a card, the tab API into 403/409/422,
 * both with the same Danish or English message from here.
 */
export const ERROR_CATALOGUE = {
  ...GOVERNANCE_ERRORS,
  'INPUT.INVALID': {
    status: 422,
    da: 'Nogle felter mangler eller er ugyldige: {fields}',
    en: 'Some fields are missing or invalid: {fields}',
  },
  'INPUT.TOO_LARGE': {
    status: 422,
    da: 'Feltet »{field}« er for langt (højst {max} tegn).',
    en: 'The field “{field}” is too long (at most {max} characters).',
  },
  'NETWORK.NOT_FOUND': {
    status: 403,
    da: 'Netværket findes ikke, eller du har ikke adgang til det.',
    en: 'The network does not exist, or you do not have access to it.',
  },
  'NETWORK.WRONG_PHASE': {
    status: 409,
    da: 'Det kan ikke lade sig gøre nu: netværket er i fasen »{phase}«.',
    en: 'That is not possible now: the network is in the phase “{phase}”.',
  },
  'NETWORK.FORBIDDEN': {
    status: 403,
    da: 'Beklager, det er kun {who}, der kan gøre dette.',
    en: 'Sorry, only {who} can do this.',
  },
  'NETWORK.ALREADY_DECIDED': {
    status: 409,
    da: 'Der er allerede truffet beslutning af {by} den {at}.',
    en: 'This was already decided by {by} on {at}.',
  },
  'NETWORK.ALREADY_VOTED': { status: 409, da: 'Du har allerede stemt ({at}).', en: 'You have already voted ({at}).' },
  'NETWORK.TRACK_REQUIRED': {
    status: 422,
    da: 'Vælg først, om innovationsnetværket følger det politiske eller det administrative spor.',
    en: 'First choose whether the innovation network follows the political or the administrative track.',
  },
  'NETWORK.TRACK_NOT_APPLICABLE': {
    status: 422,
    da: 'Kun innovationsnetværk har et spor.',
    en: 'Only innovation networks have a track.',
  },
  'NETWORK.NOT_PARTY': { status: 403, da: 'Du er ikke med i dette netværk.', en: 'You are not part of this network.' },
  'LEADER.TOO_MANY_NETWORKS': {
    status: 409,
    da: '{name} leder allerede {count} netværk. En netværksleder leder højst to netværk, medmindre netværksdirektøren giver dispensation med en begrundelse.',
    en: '{name} already leads {count} networks. A network leader leads at most two networks unless the network director overrides with a reason.',
  },
  'LEADER.OVERRIDE_REASON_REQUIRED': {
    status: 422,
    da: 'En dispensation kræver en begrundelse.',
    en: 'An override needs a reason.',
  },
  'LEADER.NOT_NOMINATED': {
    status: 409,
    da: 'Der er ikke indstillet en netværksleder.',
    en: 'No network leader has been nominated.',
  },
  'CONTRACT.OUT_OF_ORDER': {
    status: 409,
    da: 'Kontraktens fase {phase} kan først udfyldes, når fase {previous} er underskrevet.',
    en: 'Contract phase {phase} can only be filled once phase {previous} is signed.',
  },
  'CONTRACT.NOT_FILLED': {
    status: 409,
    da: 'Kontraktens fase {phase} er ikke udfyldt endnu.',
    en: 'Contract phase {phase} has not been filled in yet.',
  },
  'CONTRACT.ALREADY_SIGNED': {
    status: 409,
    da: 'Du har allerede underskrevet denne version af fase {phase}.',
    en: 'You have already signed this version of phase {phase}.',
  },
  'PERIOD.INVALID': {
    status: 422,
    da: 'Slutdatoen skal ligge efter startdatoen.',
    en: 'The end date must be after the start date.',
  },
  'PERIOD.TOO_LONG': {
    status: 422,
    da: 'Et netværk varer højst et år; længere kun ved en beslutning om forlængelse.',
    en: 'A network lasts at most one year; longer only through an extension decision.',
  },
  'PARTICIPANT.ALREADY_ADDED': {
    status: 409,
    da: '{name} er allerede med i netværket.',
    en: '{name} is already in the network.',
  },
  'PARTICIPANT.NOT_FOUND': {
    status: 404,
    da: 'Deltageren findes ikke i netværket.',
    en: 'The participant is not in the network.',
  },
  'PARTICIPANT.GUEST_END_REQUIRED': {
    status: 422,
    da: 'En inviteret gæst skal have en slutdato.',
    en: 'An invited guest needs an end date.',
  },
  'PARTICIPANT.NOT_INVITED': { status: 403, da: 'Invitationen er ikke til dig.', en: 'The invitation is not for you.' },
  'PARTICIPANT.NONE_ACCEPTED': {
    status: 409,
    da: 'Mindst én deltager skal have sagt ja, før chefforum orienteres om sammensætningen.',
    en: "At least one participant must have accepted before the heads' forum is informed of the composition.",
  },
  'MEETING.NOT_FOUND': {
    status: 404,
    da: 'Mødet er ikke knyttet til netværket.',
    en: 'The meeting is not linked to the network.',
  },
  'MEETING.ALREADY_LINKED': {
    status: 409,
    da: 'Mødet er allerede knyttet til netværket.',
    en: 'The meeting is already linked to the network.',
  },
  'REFLECTION.NOT_OPEN': {
    status: 409,
    da: 'Refleksionen over mødet er ikke åben længere. Tak alligevel!',
    en: 'The reflection on this meeting is no longer open. Thank you anyway!',
  },
  'REFLECTION.NOT_PARTICIPANT': {
    status: 403,
    da: 'Kun netværkets deltagere kan svare på refleksionen.',
    en: "Only the network's participants can answer the reflection.",
  },
  'CLOSING.STORIES_COUNT': {
    status: 422,
    da: 'Den afsluttende refleksion skal have to eller tre fortællinger (der er {count}).',
    en: 'The closing reflection needs two or three stories (there are {count}).',
  },
  'CLOSING.NO_RECOMMENDATION': {
    status: 409,
    da: 'Netværkets anbefaling mangler.',
    en: "The network's recommendation is missing.",
  },
  'CLOSING.DECIDER_INVALID': {
    status: 422,
    da: 'Anbefalingen kan kun sendes til det politiske udvalg, direktørforum eller chefforum ({decider} er ikke et af dem).',
    en: "The recommendation can only go to the political committee, the directors' forum or the heads' forum ({decider} is none of them).",
  },
  'CLOSING.EXTENSION_INVALID': {
    status: 422,
    da: 'En forlængelse kræver svar på evalueringsspørgsmålene og en ny slutdato efter den nuværende, højst et år frem.',
    en: 'An extension needs answers to the evaluation questions and a new end date after the current one, at most one year ahead.',
  },
  'CONFIG.NO_DIRECTOR': {
    status: 409,
    da: 'Der er ikke angivet en netværksdirektør i opsætningen.',
    en: 'No network director is set in the configuration.',
  },
  'STORAGE.CONFLICT': {
    status: 409,
    da: 'Netværket blev ændret af en anden samtidig. Prøv igen.',
    en: 'The network was changed by someone else at the same time. Please try again.',
  },
  ...CLOSING_ROUND_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type Locale = 'da' | 'en';

export interface DomainError {
  readonly kind: 'error';
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string>>;
  /** For INPUT.INVALID: the message per field, so a form can show it at the field. */
  readonly fieldErrors?: Readonly<Record<string, string>>;
}

export function domainError(
  code: ErrorCode,
  params: Record<string, string> = {},
  fieldErrors?: Record<string, string>,
): DomainError {
  return fieldErrors ? { kind: 'error', code, params, fieldErrors } : { kind: 'error', code, params };
}

export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

/** The user-facing message of an error, in the user's language. */
export function errorMessage(error: DomainError, locale: Locale): string {
  const template: string = ERROR_CATALOGUE[error.code][locale];
  // A parameter can come in both languages (`who_da`, `who_en`) when it names a body or a phase.
  return template.replace(
    /\{(\w+)\}/g,
    (_, key: string) => error.params[`${key}_${locale}`] ?? error.params[key] ?? `{${key}}`,
  );
}

/** The HTTP status the tab API answers with. */
export function errorStatus(error: DomainError): number {
  return ERROR_CATALOGUE[error.code].status;
}
