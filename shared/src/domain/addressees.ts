import type { CommandType } from './commands';
import type { Network } from './network';
import { type PersonRef, samePerson } from './types';

/**
 * Whether a person may answer the network's reflections: its leader, or an accepted internal participant (a
 * guest only until their end date). `today` is an ISO date; null when the caller has no clock (a card view),
 * which leaves a guest's end date to the handler.
 */
export function mayReflect(network: Network, person: PersonRef, today: string | null): boolean {
  if (network.leader && samePerson(network.leader, person)) return true;
  return network.participants.some(
    (p) =>
      p.kind === 'internal' &&
      p.status === 'accepted' &&
      samePerson(p.person, person) &&
      (p.role !== 'guest' || !p.guestUntil || today === null || p.guestUntil >= today),
  );
}

/** Whether a person is the colleague a (pending or answered) invitation was sent to. */
export function isInvitee(network: Network, person: PersonRef, participantId: string): boolean {
  const invitation = network.participants.find((p) => p.id === participantId);
  return Boolean(invitation && invitation.kind === 'internal' && samePerson(invitation.person, person));
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Commands whose permission is wider than who they are for: anyone may send them (or every participant), and
 * the handler then admits only the addressee. These are the same predicates the handlers use, so what a card
 * offers a person and what the server accepts from them cannot drift apart.
 */
export const ADDRESSEES: Partial<
  Record<CommandType, (network: Network, person: PersonRef, extra: Record<string, unknown>) => boolean>
> = {
  answerReflection: (n, p, x) => mayReflect(n, p, text(x.today) || null),
  answerClosingReflection: (n, p, x) => mayReflect(n, p, text(x.today) || null),
  respondToInvitation: (n, p, x) => isInvitee(n, p, text(x.participantId)),
};
