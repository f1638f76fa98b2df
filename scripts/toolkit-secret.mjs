#!/usr/bin/env node
// A step of the Toolkit's provision and deploy (m365agents*.yml): makes the pseudonym secret, the key of the
// keyed hash behind anonymous reflection answers, once per environment. The Toolkit runs scripts with the
// environment's variables set (env/.env.<name>.user holds SECRET_*); only when there is none is a new one made and
// handed back with `::set-teamsfx-env`, which the Toolkit writes to the .user file. An argument, if given, is the
// current value (a bare `${{…}}` placeholder counts as none). Never replaced afterwards: a new key would no longer recognise earlier
// anonymous answers of the same person.
import { randomBytes } from 'node:crypto';

const MIN_LENGTH = 32; // bot/src/config.ts and infra/main.bicep require at least 32 characters

/** The value the Toolkit passed, or none when the variable was never set (it may pass the placeholder itself). */
export function currentSecret(argument, env = process.env) {
  const value = (argument ?? '').startsWith('${{') ? '' : (argument ?? '');
  return value || env.SECRET_PSEUDONYM_SECRET || '';
}

export function secretCommand(current) {
  if (current.length >= MIN_LENGTH) return null;
  if (current) throw new Error(`SECRET_PSEUDONYM_SECRET is shorter than ${MIN_LENGTH} characters: set a longer one`);
  return `::set-teamsfx-env SECRET_PSEUDONYM_SECRET=${randomBytes(48).toString('base64url')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const command = secretCommand(currentSecret(process.argv[2]));
    console.log(command ?? 'SECRET_PSEUDONYM_SECRET is set; kept as it is.');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
