import type { Network } from '@netvaerk/shared/domain/network';
import { type Actor, FORUMS, type OrgConfig, personKey, samePerson } from '@netvaerk/shared/domain/types';
import type { MeDto } from '../api-types';

/** The organisation-wide roles of a person, from the configuration. */
export function orgRolesOf(actor: Actor, config: OrgConfig): Omit<MeDto, 'person' | 'localDev'> {
  const director = Boolean(config.director && samePerson(config.director, actor));
  const consultant = config.consultants.some((c) => samePerson(c, actor));
  const forums = FORUMS.filter((f) => config.forums[f].members.some((m) => samePerson(m, actor)));
  return { director, consultant, forums, seesAll: director || consultant || forums.length > 0 };
}

/** The people of a network that decide who sees it; a summary row carries its members' keys. */
export type Visible = Pick<Network, 'originator' | 'leader'> & { memberKeys: readonly string[] };

export function memberKeysOf(network: Pick<Network, 'participants'>): string[] {
  return network.participants.flatMap((p) =>
    p.kind === 'internal' && p.status === 'accepted' ? [personKey(p.person)] : [],
  );
}

/**
 * Who may see a network in the tab: its accepted internal participants, leader and originator, and the
 * director, the consultants and the forums' members. Everyone else gets the same answer as for a network that
 * does not exist.
 */
export function maySee(network: Visible, actor: Actor, config: OrgConfig): boolean {
  if (orgRolesOf(actor, config).seesAll) return true;
  if (samePerson(network.originator, actor)) return true;
  if (network.leader && samePerson(network.leader, actor)) return true;
  return network.memberKeys.includes(personKey(actor));
}
