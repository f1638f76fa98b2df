import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';
import { expectedReflectorKeys } from '@netvaerk/shared/domain/reflectors';
import type { NetworkRepository } from '@netvaerk/shared/domain/repository';

/**
 * Who may answer a meeting's reflection but hasn't, as person keys: for anonymous meetings found through the
 * same keyed hash the answers are stored under. Worked out when needed (the scheduler counts them, the outbox
 * sends them their reminder) and never stored: with the meeting's attendees, a stored list would say who
 * answered, and for a single answer whose it is (issue 13, point 8).
 */
export async function nonResponders(
  deps: { networks: Pick<NetworkRepository, 'reflectionAnswers'>; pseudonymise: Pseudonymiser },
  network: Network,
  meeting: Meeting,
): Promise<string[]> {
  const expected = expectedReflectorKeys(network, meeting);
  const answered = new Set((await deps.networks.reflectionAnswers(network.id, meeting.id)).map((a) => a.answerKey));
  const keyOf = (key: string) => (meeting.anonymous ? deps.pseudonymise(`${network.id}/${meeting.id}`, key) : key);
  return [...new Set(expected)].filter((key) => !answered.has(keyOf(key)));
}
