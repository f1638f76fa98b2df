import { canIssue } from '../domain/can-issue';
import type { CommandType } from '../domain/commands';
import { PHASE_SPECS } from '../domain/lifecycle';
import { isContractPhaseSigned, type Network } from '../domain/network';
import type { OutboxView } from '../domain/outbox';
import { PERMISSIONS } from '../domain/permissions';
import { type Actor, type OrgConfig, samePerson } from '../domain/types';
import { NETWORK_CARD_KINDS, specOf } from './kinds/registry';

const forAnyone = (command: CommandType) => {
  const rule = PERMISSIONS[command];
  return typeof rule !== 'function' && rule.anyone === true;
};
const PEOPLE_COMMANDS: readonly CommandType[] = ['inviteParticipant', 'informHeadsForumOfComposition', 'holdKickoff'];

/**
 * The card a person gets when they open a network (from "Mine netværk"): the step they can act on now, with its
 * buttons — a step meant for them before one anyone may take (nominating before expressing interest), then a
 * contract phase to fill or sign, then the participants — else the open step with whom it waits for, else the
 * network as it stands. The same `canIssue` decides as for every card's buttons.
 */
export function stepViewFor(n: Network, viewer: Actor, config: OrgConfig): OutboxView {
  const invitation = n.participants.find(
    (p) => p.kind === 'internal' && p.status === 'invited' && samePerson(p.person, viewer),
  );
  const steps = NETWORK_CARD_KINDS.flatMap((kind) => {
    const command = specOf(kind).command;
    if (!command || (kind === 'invitation' && !invitation)) return [];
    return [{ kind, command, ...(kind === 'invitation' ? { participantId: invitation!.id } : {}) }];
  });
  const actionable = steps.filter((s) =>
    canIssue(n, s.command, viewer, config, s.participantId ? { participantId: s.participantId } : {}),
  );
  const mine = actionable.find((s) => !forAnyone(s.command)) ?? actionable[0];
  if (mine)
    return { type: 'network', kind: mine.kind, ...(mine.participantId ? { participantId: mine.participantId } : {}) };
  for (const phase of [1, 2, 3] as const) {
    // A signed phase can still be edited (a new version), but it is no longer the step that waits.
    const toFill = !isContractPhaseSigned(n, phase) && canIssue(n, `fillContractPhase${phase}`, viewer, config);
    if (toFill || canIssue(n, 'signContractPhase', viewer, config, { phase })) return { type: 'contract', phase };
  }
  if (PEOPLE_COMMANDS.some((c) => canIssue(n, c, viewer, config))) return { type: 'participants' };
  const open = steps.find((s) => PHASE_SPECS[n.phase].commands.includes(s.command) && !s.participantId);
  return { type: 'network', kind: open?.kind ?? 'status' };
}
