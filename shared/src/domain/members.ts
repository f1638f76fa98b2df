import type { InternalParticipant, Network, Participant } from './network';
import { personKey } from './types';

/**
 * The network's members: participants (internal or external) who accepted. One rule for the counts on cards, in
 * the tab, in the case record and in the summary rows; invited and declined people are not members.
 */
export function acceptedParticipants(network: Pick<Network, 'participants'>): Participant[] {
  return network.participants.filter((p) => p.status === 'accepted');
}

/** The accepted internal participants: the members who have a Teams account and can be sent cards. */
export function acceptedInternalParticipants(network: Pick<Network, 'participants'>): InternalParticipant[] {
  return network.participants.filter((p): p is InternalParticipant => p.kind === 'internal' && p.status === 'accepted');
}

/** Person keys of the accepted internal participants (what a summary row keeps as `memberKeys`). */
export function memberKeysOf(network: Pick<Network, 'participants'>): string[] {
  return acceptedInternalParticipants(network).map((p) => personKey(p.person));
}
