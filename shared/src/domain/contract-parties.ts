import { bodyRuleOf } from './body-decision';
import { type ContractPhaseNumber, type ContractVersion, currentContractVersion, type Network } from './network';
import type { Roles } from './roles';
import { routeFor } from './routing';
import { type Body, type OrgConfig, type PersonRef, samePerson } from './types';

/**
 * Who must acknowledge each contract phase before it is locked: phase 1 is between the routing table's parties for
 * the network's type and track (DESIGN.md §3, last row), phase 2 between the leader and the director, phase 3 the
 * leader's. The one source for permissions, the contract views and notifications.
 */
export function requiredSigners(network: Pick<Network, 'type' | 'track'>, phase: ContractPhaseNumber): readonly Body[] {
  if (phase === 1) return routeFor(network)?.contractParties ?? ['director'];
  return phase === 2 ? ['leader', 'director'] : ['leader'];
}

/**
 * Whether a party has acknowledged a version: a person by signing; a body by its decision rule — as many members
 * as its quorum, or one secretary recording the meeting where it agreed.
 */
export function partyAcknowledged(version: ContractVersion, body: Body, config: OrgConfig, network: Network): boolean {
  const rule = bodyRuleOf(body, config, network);
  const acks = version.signatures.filter((s) => s.as === body);
  return rule.rule === 'meeting' ? acks.some((s) => Boolean(s.meetingDate)) : acks.length >= rule.quorum;
}

/** The parties still to acknowledge the current version of a phase (none once locked or not filled). */
export function missingParties(network: Network, phase: ContractPhaseNumber, config: OrgConfig): Body[] {
  const current = currentContractVersion(network, phase);
  if (!current || current.locked) return [];
  return requiredSigners(network, phase).filter((b) => !partyAcknowledged(current, b, config, network));
}

/**
 * The party a person acknowledges the current version for now: the first they belong to that still needs them,
 * and only if they have not acknowledged it for another party (nobody signs for both sides). Under a meeting rule
 * only a secretary records the body's acknowledgement.
 */
export function signaturesDue(
  network: Network,
  phase: ContractPhaseNumber,
  roles: Roles,
  person: PersonRef,
  config: OrgConfig,
): Body[] {
  const current = currentContractVersion(network, phase);
  if (!current || current.locked) return [];
  const mine = current.signatures.filter((s) => samePerson(s.by, person));
  if (mine.length > 0) return [];
  const due = missingParties(network, phase, config).find((body) => {
    if (!roles.bodies.has(body)) return false;
    const rule = bodyRuleOf(body, config, network);
    return rule.rule === 'votes' || rule.secretaries.some((p) => samePerson(p, person));
  });
  return due ? [due] : [];
}

/** Whether the person already acknowledged the current version for a party (and so may not for the other). */
export function signedForAParty(network: Network, phase: ContractPhaseNumber, person: PersonRef): boolean {
  const current = currentContractVersion(network, phase);
  return Boolean(current?.signatures.some((s) => samePerson(s.by, person)));
}
