import { bodyRuleOf } from '@netvaerk/shared/domain/body-decision';
import { canIssue } from '@netvaerk/shared/domain/can-issue';
import { partyAcknowledged, requiredSigners, signaturesDue } from '@netvaerk/shared/domain/contract-parties';
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
    const signers = requiredSigners(n, phase);
    const due = signaturesDue(n, phase, roles, viewer, config);
    const unsignedBody = due.length > 0;
    return {
      phase,
      versions: versions.map((v) => ({
        version: v.version,
        fields: { ...v.fields } as Record<string, string | string[]>,
        editedBy: v.editedBy.by.name,
        editedAt: v.editedBy.at,
        signatures: v.signatures.map((s) => ({
          by: s.by.name,
          at: s.at,
          as: s.as,
          ...(s.meetingDate ? { meetingDate: s.meetingDate } : {}),
        })),
        // Each party, who acknowledged for it and when (a body may need several members, or its meeting).
        parties: signers.map((body) => ({
          body,
          acknowledged: partyAcknowledged(v, body, config, n),
          by: v.signatures
            .filter((s) => s.as === body)
            .map((s) => ({ by: s.by.name, at: s.at, ...(s.meetingDate ? { meetingDate: s.meetingDate } : {}) })),
        })),
        locked: v.locked,
        ...(v.byExtension ? { byExtension: { by: v.byExtension.by.name, at: v.byExtension.at } } : {}),
      })),
      requiredSigners: [...signers],
      canEdit: inOrder && canIssue(n, FILL[phase], viewer, config),
      canSign: Boolean(
        current && !current.locked && unsignedBody && canIssue(n, 'signContractPhase', viewer, config, { phase }),
      ),
      // A secretary recording a body's acknowledgement from its meeting signs with that meeting's date.
      signsForMeeting: due.some((body) => bodyRuleOf(body, config, n).rule === 'meeting'),
    };
  });
}
