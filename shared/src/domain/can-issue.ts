import { ADDRESSEES } from './addressees';
import type { Command, CommandType } from './commands';
import { PHASE_SPECS } from './lifecycle';
import type { Network } from './network';
import { isAllowed, permissionFor } from './permissions';
import { rolesOf } from './roles';
import type { Actor, OrgConfig } from './types';

/**
 * Whether an actor may issue a command on the network right now (phase, role, and for commands meant for one
 * person, whether it is them: `extra.participantId` for an invitation), for deciding what a viewer's card shows
 * and whose client fetches its own view. The server still checks everything again when the command arrives.
 */
export function canIssue(
  network: Network,
  type: CommandType,
  actor: Actor,
  config: OrgConfig,
  extra: Record<string, unknown> = {},
): boolean {
  if (!PHASE_SPECS[network.phase].commands.includes(type)) return false;
  const stub = { type, commandId: 'view', networkId: network.id, ...extra } as Command;
  const permission = permissionFor(network, stub);
  if (permission === null || !isAllowed(permission, rolesOf(actor, config, network))) return false;
  return ADDRESSEES[type]?.(network, actor, extra) ?? true;
}
