import { memberKeysOf } from './members';
import type { Network } from './network';
import { type Actor, FORUMS, type Forum, type OrgConfig, personKey, samePerson } from './types';

/** A person's organisation-wide roles, from the configuration. */
export interface OrgRoles {
  director: boolean;
  consultant: boolean;
  forums: Forum[];
  /** The director, the consultants and every forum member keep the overview of all networks. */
  seesAll: boolean;
}

/** The organisation-wide roles of a person, from the configuration. */
export function orgRolesOf(actor: Actor, config: OrgConfig): OrgRoles {
  const director = Boolean(config.director && samePerson(config.director, actor));
  const consultant = config.consultants.some((c) => samePerson(c, actor));
  const forums = FORUMS.filter((f) => config.forums[f].members.some((m) => samePerson(m, actor)));
  return { director, consultant, forums, seesAll: director || consultant || forums.length > 0 };
}

/** The people of a network that decide who sees it; a summary row carries its members' keys. */
export type Visible = Pick<Network, 'originator' | 'leader'> & { memberKeys: readonly string[] };

export { memberKeysOf };

/**
 * Who may see a network, judged on a summary (for lists): its accepted internal participants, leader and
 * originator, and the director, the consultants and the forums' members.
 */
export function maySee(network: Visible, actor: Actor, config: OrgConfig): boolean {
  if (orgRolesOf(actor, config).seesAll) return true;
  if (samePerson(network.originator, actor)) return true;
  if (network.leader && samePerson(network.leader, actor)) return true;
  return network.memberKeys.includes(personKey(actor));
}

/**
 * Who may read one network, in the tab and on every card alike: everyone `maySee` admits, and those the network
 * itself addressed — people invited to it, people who expressed interest in leading it, and members of its
 * meetings (they answer its reflections). Everyone else is answered as for a network that does not exist. (The
 * call for a leader, posted to the whole organisation's channel, is shown there as the card it is; that does
 * not open the network itself to everyone.)
 */
export function maySeeNetwork(network: Network, actor: Actor, config: OrgConfig): boolean {
  if (maySee({ ...network, memberKeys: memberKeysOf(network) }, actor, config)) return true;
  const key = personKey(actor);
  if (network.participants.some((p) => p.kind === 'internal' && p.status === 'invited' && personKey(p.person) === key))
    return true;
  if (network.interested.some((p) => personKey(p) === key)) return true;
  return network.meetings.some((m) => m.attendeeKeys?.includes(key));
}
