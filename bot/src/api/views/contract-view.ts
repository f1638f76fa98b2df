import { canIssue } from '@netvaerk/shared/domain/can-issue';
import { REQUIRED_SIGNERS } from '@netvaerk/shared/domain/handlers/contract.handlers';
import {
  type ContractPhaseNumber,
  currentContractVersion,
  isContractPhaseSigned,
  type Network,
} from '@netvaerk/shared/domain/network';
import { rolesOf } from '@netvaerk/shared/domain/roles';
import type { Actor, OrgConfig } from '@netvaerk/shared/domain/types';
import type { ContractPhaseDto } from '@netvaerk/shared/api/api-types';

const FILL = { 1: 'fillContractPhase1', 2: 'fillContractPhase2', 3: 'fillContractPhase3' } as const;

/** The three phases with every version (newest first), and what this viewer may do with each now. */
export function contractView(n: Network, viewer: Actor, config: OrgConfig): ContractPhaseDto[] {
  const roles = rolesOf(viewer, config, n);
  return ([1, 2, 3] as const).map((phase: ContractPhaseNumber) => {
    const versions = n.contract.filter((c) => c.phase === phase).sort((a, b) => b.version - a.version);
    const current = currentContractVersion(n, phase);
    const inOrder = phase === 1 || isContractPhaseSigned(n, (phase - 1) as ContractPhaseNumber);
    const unsignedBody = REQUIRED_SIGNERS[phase].some(
      (b) => roles.bodies.has(b) && !current?.signatures.some((s) => s.as === b),
    );
    return {
      phase,
      versions: versions.map((v) => ({
        version: v.version,
        fields: { ...v.fields } as Record<string, string | string[]>,
        editedBy: v.editedBy.by.name,
        editedAt: v.editedBy.at,
        signatures: v.signatures.map((s) => ({ by: s.by.name, at: s.at, as: s.as })),
        locked: v.locked,
        ...(v.byExtension ? { byExtension: { by: v.byExtension.by.name, at: v.byExtension.at } } : {}),
      })),
      requiredSigners: [...REQUIRED_SIGNERS[phase]],
      canEdit: inOrder && canIssue(n, FILL[phase], viewer, config),
      canSign: Boolean(
        current && !current.locked && unsignedBody && canIssue(n, 'signContractPhase', viewer, config, { phase }),
      ),
    };
  });
}
