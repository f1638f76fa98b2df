/** The current time, injected so the domain never reads the system clock. */
export interface Clock {
  now(): Date;
}

/** Makes new ids (networks, stories, participants), injected so tests are deterministic. */
export interface IdGenerator {
  next(): string;
}

/**
 * Turns a person into a stable pseudonym for anonymous reflections: a keyed hash, so double answers can be
 * detected without storing who answered. Implemented outside the domain (it needs a secret).
 */
export type Pseudonymiser = (scope: string, personKey: string) => string;
