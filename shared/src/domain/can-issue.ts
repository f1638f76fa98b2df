import { ADDRESSEES } from './addressees';
import type { Command, CommandType } from './commands';
import { PHASE_SPECS } from './lifecycle';
import { signaturesDue } from './contract-parties';
import { acceptedParticipants } from './handlers/participant.handlers';
import { type ContractPhaseNumber, isContractPhaseSigned, type Network } from './network';
import { isAllowed, permissionFor } from './permissions';
import { type Roles, rolesOf } from './roles';
import { type Actor, type OrgConfig, samePerson } from './types';
import { type BodyDecision, bodyRuleOf, deciderOf, recommendersOf } from './body-decision';

const phaseOf = (extra: Record<string, unknown>): ContractPhaseNumber | null =>
  extra.phase === 1 || extra.phase === 2 || extra.phase === 3 ? extra.phase : null;

/**
 * Commands that only make sense in some states of the network, beyond its phase: the same conditions their
 * handlers refuse on, so a card or the tab never offers what the server would turn down.
 */
type Ready = (
  network: Network,
  roles: Roles,
  extra: Record<string, unknown>,
  actor: Actor,
  config: OrgConfig,
) => boolean;

/** Whether the actor takes part in a body's pending decision now: not their own recommendation, not voted yet. */
const ballotOpen =
  (decision: BodyDecision): Ready =>
  (n, _roles, _x, actor, config) => {
    const body = deciderOf(n, decision);
    if (!body) return false;
    const rule = bodyRuleOf(body, config, n);
    if (recommendersOf(n, decision).some((p) => samePerson(p, actor))) return false;
    if (rule.rule === 'meeting') return rule.secretaries.some((p) => samePerson(p, actor));
    return !n.pendingVotes.some((v) => samePerson(v.by, actor));
  };

const READY: Partial<Record<CommandType, Ready>> = {
  recommendIdea: ballotOpen('recommendation'),
  assignTrack: (n) => n.type === 'innovation',
  decideIdea: ballotOpen('idea'),
  decideLeader: ballotOpen('leader'),
  decideContinuation: ballotOpen('continuation'),
  fillContractPhase2: (n) => isContractPhaseSigned(n, 1),
  fillContractPhase3: (n) => isContractPhaseSigned(n, 2),
  signContractPhase: (n, roles, x, actor, config) => {
    const phase = phaseOf(x);
    return phase !== null && signaturesDue(n, phase, roles, actor, config).length > 0;
  },
  informHeadsForumOfComposition: (n) => acceptedParticipants(n).length > 0,
};

/**
 * Whether an actor may issue a command on the network right now (phase, role, whether a command meant for one
 * person is meant for them, and whether the network is ready for it: `extra.phase` for a signature,
 * `extra.participantId` for an invitation), for deciding what a viewer's card shows
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
  const roles = rolesOf(actor, config, network);
  if (permission === null || !isAllowed(permission, roles)) return false;
  return (
    (ADDRESSEES[type]?.(network, actor, extra) ?? true) && (READY[type]?.(network, roles, extra, actor, config) ?? true)
  );
}
