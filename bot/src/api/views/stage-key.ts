import { timingSafeEqual } from 'node:crypto';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';

/**
 * The key in the address the leader shares to a meeting's stage. Teams opens that address for everyone in the
 * meeting, guests of the network and colleagues who are not members included, each signed in as themselves: the
 * key is how the stage knows the leader shared it, without a list of who is in the meeting. It is bound to the
 * network, the meeting and whether comments are shown, so nobody turns the comments on by editing the address.
 */
export function stageKey(pseudonymise: Pseudonymiser, networkId: string, meetingId: string, comments: boolean): string {
  return pseudonymise('stage', `${networkId}/${meetingId}/${comments ? 'comments' : 'plain'}`);
}

/** Whether a presented key is the stage key of this meeting (compared in constant time). */
export function isStageKey(
  pseudonymise: Pseudonymiser,
  presented: string | null,
  networkId: string,
  meetingId: string,
  comments: boolean,
): boolean {
  if (!presented) return false;
  const expected = Buffer.from(stageKey(pseudonymise, networkId, meetingId, comments));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
