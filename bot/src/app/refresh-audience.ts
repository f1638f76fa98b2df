import type { AppCardData } from '@netvaerk/shared/cards/app.card';
import { MAX_REFRESH_USERS } from '@netvaerk/shared/cards/app.card';
import type { KnownPerson } from '@netvaerk/shared/domain/directory';
import type { Network } from '@netvaerk/shared/domain/network';
import { expectedReflectorKeys } from '@netvaerk/shared/domain/reflectors';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { PERMISSIONS } from '@netvaerk/shared/domain/permissions';
import { type Actor, FORUMS, type OrgConfig, personKey } from '@netvaerk/shared/domain/types';

/**
 * The person keys that may be addressed by a card: for a meeting's reflection, those in the meeting chat who may
 * answer (or, without a roster, the participants and the leader), and on its start card the leader; for any other card, everyone with a role in
 * the organisation or the network, including colleagues with an open invitation.
 */
export function candidateKeys(view: OutboxView, network: Network, config: OrgConfig): string[] {
  const participants = network.participants.flatMap((p) =>
    p.kind === 'internal' && p.status !== 'declined' ? [personKey(p.person)] : [],
  );
  const leader = network.leader ? [personKey(network.leader)] : [];
  if (view.type === 'reflection') {
    const meeting = network.meetings.find((m) => m.id === view.meetingId);
    if (!meeting) return [...participants, ...leader];
    // The leader too on the start card, wherever she is: her view writes the agenda and starts the reflection.
    return [...expectedReflectorKeys(network, meeting), ...(view.variant === 'start' ? leader : [])];
  }
  return [
    ...(config.director ? [personKey(config.director)] : []),
    ...config.consultants.map(personKey),
    ...FORUMS.flatMap((f) => config.forums[f].members.map(personKey)),
    personKey(network.originator),
    ...leader,
    ...participants,
  ];
}

/** The commands a card offers (a button that only opens another card, or one's own view, is not one). */
const commandVerbs = (data: AppCardData) =>
  new Set((data.actions ?? []).map((a) => a.verb).filter((verb) => Object.hasOwn(PERMISSIONS, verb)));

/**
 * Who gets a user-specific view of a shared card: whoever their own view offers a command the shared card does
 * not offer everyone. The same view function decides both, so a card's buttons and its refresh.userIds cannot
 * drift apart. Teams ids (MRIs), at most the 60 Teams refreshes automatically; the rest can refresh by hand.
 */
export function refreshAudience(
  shared: AppCardData,
  candidates: string[],
  people: ReadonlyMap<string, KnownPerson>,
  ownView: (viewer: Actor) => AppCardData,
): string[] {
  const everyone = commandVerbs(shared);
  const ids: string[] = [];
  for (const key of new Set(candidates)) {
    const person = people.get(key);
    if (!person?.teamsId || ids.includes(person.teamsId)) continue;
    const viewer: Actor = { tenantId: person.tenantId, objectId: person.objectId, name: person.name, surface: 'bot' };
    if ([...commandVerbs(ownView(viewer))].some((verb) => !everyone.has(verb))) ids.push(person.teamsId);
    if (ids.length === MAX_REFRESH_USERS) break;
  }
  return ids;
}
