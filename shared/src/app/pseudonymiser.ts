import { createHmac } from 'node:crypto';
import type { Pseudonymiser } from '../domain/ports';

/**
 * A keyed hash (HMAC-SHA256) of a person within a scope (a meeting): stable, so a second answer replaces the
 * first, but not reversible without the secret, and different per meeting so answers can't be linked.
 */
export function createPseudonymiser(secret: string): Pseudonymiser {
  if (secret.length < 16) throw new Error('the pseudonymisation secret must be at least 16 characters');
  return (scope, personKey) =>
    createHmac('sha256', secret).update(`${scope}\u0000${personKey}`).digest('base64url').slice(0, 32);
}
