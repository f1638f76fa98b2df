import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../domain/ports';

/** The real clock and id generator, for the server; tests pass their own. */
export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => randomUUID() };
