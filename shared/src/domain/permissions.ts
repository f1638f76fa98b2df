import type { Command, CommandType } from './commands';
import type { Network } from './network';
import type { Roles } from './roles';
import { requiredSigners } from './contract-parties';
import { continuationDeciderOf, routeFor } from './routing';
import type { Body } from './types';

/**
 * Who may issue a command, declared once per command. `bodies` lists the bodies allowed; the flags add
 * consultants, participants and the server's own schedulers. `anyone` is any tenant user (the handler may
 * narrow it, e.g. only the invitee answers an invitation).
 */
export interface Permission {
  bodies: readonly Body[];
  consultant?: boolean;
  participant?: boolean;
  system?: boolean;
  anyone?: boolean;
}

type PermissionRule = Permission | ((network: Network, command: Command) => Permission | null);

const routed =
  (pick: 'recommender' | 'decider' | 'briefer') =>
  (network: Network): Permission | null => {
    const route = routeFor(network);
    return route ? { bodies: [route[pick]] } : null;
  };

const LEAD: Permission = { bodies: ['leader', 'director'], consultant: true };

/** Who may do what. Who may read what is its sibling, `READ_PERMISSIONS` (`read-permissions.ts`). */
export const PERMISSIONS: Readonly<Record<CommandType, PermissionRule>> = {
  submitIdea: { bodies: [], anyone: true },
  withdrawIdea: { bodies: ['originator'] },
  assignTrack: { bodies: ['director'], consultant: true },
  recommendIdea: routed('recommender'),
  decideIdea: routed('decider'),
  briefHeadsForum: routed('briefer'),
  fillContractPhase1: { bodies: ['director'], consultant: true },
  fillContractPhase2: { bodies: ['leader', 'director'], consultant: true },
  fillContractPhase3: { bodies: ['leader'] },
  // Each phase's parties (contract-parties.ts): phase 1 the routing table's, phase 2 leader and director, 3 the leader.
  signContractPhase: (n, c) => {
    const phase = c.type === 'signContractPhase' && (c.phase === 2 || c.phase === 3) ? c.phase : 1;
    return { bodies: requiredSigners(n, phase) };
  },
  expressInterest: { bodies: [], anyone: true },
  nominateLeader: { bodies: ['director'] },
  decideLeader: { bodies: ['headsForum'] },
  inviteParticipant: LEAD,
  addExternalParticipant: LEAD,
  respondToInvitation: { bodies: [], anyone: true },
  removeParticipant: LEAD,
  informHeadsForumOfComposition: { bodies: ['leader', 'director'] },
  holdKickoff: { bodies: ['leader'] },
  updateSettings: { bodies: ['leader', 'director'] },
  linkMeeting: { bodies: ['leader', 'director'], consultant: true, participant: true, system: true },
  noteMeetingStarted: { bodies: ['leader'], system: true },
  endMeeting: { bodies: ['leader'], system: true },
  // In the meeting the leader facilitates: only she starts the reflection early and writes the agenda.
  startReflection: { bodies: ['leader'] },
  writeMeetingNotes: { bodies: ['leader'] },
  recordAttendance: { bodies: [], system: true },
  remindNonResponders: { bodies: [], system: true },
  answerReflection: { bodies: [], anyone: true },
  closeReflection: { bodies: ['leader'], system: true },
  startClosingReflection: { bodies: ['leader'], system: true },
  answerClosingReflection: { bodies: ['leader'], participant: true },
  addStory: { bodies: ['leader'], participant: true },
  // The leader and the director draft the recommendation together; only the director submits it (the endorsement).
  submitClosingRecommendation: { bodies: ['leader', 'director'] },
  endorseClosingRecommendation: { bodies: ['director'] },
  // The body the leader and the director chose for their joint recommendation (default: the idea's decider).
  decideContinuation: (network) => ({ bodies: [continuationDeciderOf(network)] }),
  recordClosingMeeting: { bodies: ['leader'] },
  approvePublication: { bodies: ['director'] },
  recordAnchoringOutcome: { bodies: ['director'] },
  recordEndReminder: { bodies: [], system: true },
  noteDecisionDeadline: { bodies: [], system: true },
};

export function permissionFor(network: Network, command: Command): Permission | null {
  const rule = PERMISSIONS[command.type];
  return typeof rule === 'function' ? rule(network, command) : rule;
}

/**
 * Who a step waits for: the first body the command's permission names (the routing table's body for a routed
 * step). One rule for the card that asks for the step and the tab's list of pending steps. Null when anyone may
 * act (an invitation, interest) or no route is known yet.
 */
export function awaitedBody(network: Network, command: CommandType): Body | null {
  // The permission rules that read the command only read its type and phase; a step's command has no phase.
  const permission = permissionFor(network, { type: command, commandId: 'view', networkId: network.id } as Command);
  return permission?.bodies[0] ?? null;
}

export function isAllowed(permission: Permission, roles: Roles): boolean {
  if (permission.anyone) return true;
  if (permission.system && roles.system) return true;
  if (permission.consultant && roles.consultant) return true;
  if (permission.participant && roles.participant) return true;
  return permission.bodies.some((b) => roles.bodies.has(b));
}
