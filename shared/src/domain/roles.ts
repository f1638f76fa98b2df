import type { Network } from './network';
import type { Actor, Body, OrgConfig, PersonRef } from './types';
import { FORUMS, samePerson } from './types';

/**
 * Every role a person holds, for one network: from the organisation's configuration (director, consultants,
 * forum membership) and from the network itself (originator, leader, participant). Authorisation always
 * starts here, from the acting user's Entra id, never from anything a card sent.
 */
export interface Roles {
  bodies: ReadonlySet<Body>;
  consultant: boolean;
  participant: boolean;
  system: boolean;
}

function isIn(list: readonly PersonRef[], actor: PersonRef): boolean {
  return list.some((p) => samePerson(p, actor));
}

export function rolesOf(actor: Actor, config: OrgConfig, network: Network | null): Roles {
  const bodies = new Set<Body>();
  if (config.director && samePerson(config.director, actor)) {
    bodies.add('director');
  }
  for (const forum of FORUMS) {
    if (isIn(config.forums[forum].members, actor)) bodies.add(forum);
  }
  // The director group of the administrative innovation track is the directors' forum plus the director.
  if (bodies.has('directorsForum') || bodies.has('director')) bodies.add('directorGroup');
  if (network) {
    if (samePerson(network.originator, actor)) bodies.add('originator');
    if (network.leader && samePerson(network.leader, actor)) bodies.add('leader');
  }
  const participant =
    network?.participants.some(
      (p) => p.kind === 'internal' && p.status === 'accepted' && samePerson(p.person, actor),
    ) ?? false;
  return {
    bodies,
    consultant: isIn(config.consultants, actor),
    participant,
    system: actor.isSystem === true,
  };
}

/** Members of a body as configured (empty for the network's own people, who come from the network). */
export function membersOf(body: Body, config: OrgConfig, network: Network | null): PersonRef[] {
  switch (body) {
    case 'director':
      return config.director ? [config.director] : [];
    case 'directorsForum':
    case 'headsForum':
    case 'politicalCommittee':
    case 'centralDepartmentHeads':
      return config.forums[body].members;
    case 'directorGroup':
      return [...(config.director ? [config.director] : []), ...config.forums.directorsForum.members];
    case 'originator':
      return network ? [network.originator] : [];
    case 'leader':
      return network?.leader ? [network.leader] : [];
  }
}

/** How many members must agree for a body's decision: a forum's configured quorum, one for a person. */
export function quorumOf(body: Body, config: OrgConfig): number {
  switch (body) {
    case 'directorsForum':
    case 'headsForum':
    case 'politicalCommittee':
    case 'centralDepartmentHeads':
      return Math.max(1, config.forums[body].quorum);
    default:
      return 1;
  }
}
