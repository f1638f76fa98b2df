import type { CommandOf } from '../commands';
import { domainError } from '../errors';
import {
  type ContractFieldsByPhase,
  type ContractPhaseNumber,
  type ContractVersion,
  currentContractVersion,
  isContractPhaseSigned,
  type Network,
} from '../network';
import { type DecideContext, type Handler, type HandlerResult, ok, stampOf } from '../outcome';
import { checkPeriod } from '../period';
import { periodChangeRefused } from '../rounds';
import { type Roles, rolesOf } from '../roles';
import type { Body } from '../types';

/** Who must sign each phase before it is locked (DESIGN.md §2: the director co-signs phases 1–2). */
export const REQUIRED_SIGNERS: Readonly<Record<ContractPhaseNumber, readonly Body[]>> = {
  1: ['director'],
  2: ['leader', 'director'],
  3: ['leader'],
};

/** The bodies a person still signs the current version of a phase as: none once it is locked or not filled. */
export function signaturesDue(network: Network, phase: ContractPhaseNumber, roles: Roles): Body[] {
  const current = currentContractVersion(network, phase);
  if (!current || current.locked) return [];
  return REQUIRED_SIGNERS[phase].filter(
    (body) => roles.bodies.has(body) && !current.signatures.some((s) => s.as === body),
  );
}

/**
 * Fills a phase: an unsigned draft is edited in place; once a version is signed (locked), an edit starts the next
 * version, which must be signed again. Phases are filled in order.
 */
function fillPhase<P extends ContractPhaseNumber>(
  network: Network,
  phase: P,
  fields: ContractFieldsByPhase[P],
  ctx: DecideContext,
): HandlerResult {
  if (phase > 1 && !isContractPhaseSigned(network, (phase - 1) as ContractPhaseNumber)) {
    return domainError('CONTRACT.OUT_OF_ORDER', { phase: String(phase), previous: String(phase - 1) });
  }
  const current = currentContractVersion(network, phase);
  const version = !current ? 1 : current.locked ? current.version + 1 : current.version;
  const next: ContractVersion<P> = { phase, version, fields, editedBy: stampOf(ctx), signatures: [], locked: false };
  const contract = [...network.contract.filter((c) => !(c.phase === phase && c.version === version)), next];
  return ok({ ...network, contract }, { type: 'contractPhaseFilled', data: { phase, version } });
}

export const fillContractPhase1: Handler<'fillContractPhase1'> = (n, c, ctx) => fillPhase(n, 1, c.fields, ctx);

export const fillContractPhase2: Handler<'fillContractPhase2'> = (n, c, ctx) => {
  // Once set, the period is fixed (an extension may have taken it past a year: that was decided, not edited).
  const fixed = periodChangeRefused(n, c.fields);
  if (fixed) return fixed;
  const broken = n.period ? null : checkPeriod(c.fields.startDate, c.fields.endDate);
  if (broken) return domainError(broken);
  return fillPhase(n, 2, c.fields, ctx);
};

export const fillContractPhase3: Handler<'fillContractPhase3'> = (n, c, ctx) => fillPhase(n, 3, c.fields, ctx);

export const signContractPhase: Handler<'signContractPhase'> = (
  network,
  command: CommandOf<'signContractPhase'>,
  ctx,
) => {
  const phase = command.phase as ContractPhaseNumber;
  const current = currentContractVersion(network, phase);
  if (!current) return domainError('CONTRACT.NOT_FILLED', { phase: String(phase) });
  const stamp = stampOf(ctx);
  const signedAs = signaturesDue(network, phase, rolesOf(ctx.actor, ctx.config, network));
  if (signedAs.length === 0) return domainError('CONTRACT.ALREADY_SIGNED', { phase: String(phase) });
  const signatures = [...current.signatures, ...signedAs.map((as) => ({ ...stamp, as }))];
  const locked = REQUIRED_SIGNERS[phase].every((body) => signatures.some((s) => s.as === body));
  const signed: ContractVersion = { ...current, signatures, locked };
  const contract = network.contract.map((c) => (c === current ? signed : c));
  let next: Network = { ...network, contract };
  if (locked && phase === 2) {
    const fields = signed.fields as ContractFieldsByPhase[2];
    // Signing never moves a period already set: only an extension decision does (issue 13, point 4).
    const fixed = periodChangeRefused(network, fields);
    if (fixed) return fixed;
    next = { ...next, period: { startDate: fields.startDate, endDate: fields.endDate } };
  }
  // Signing phase 3 after the kick-off workshop is what makes the network active.
  if (locked && phase === 3 && network.phase === 'kickoffHeld') next = { ...next, phase: 'active' };
  return ok(next, {
    type: locked ? 'contractPhaseSigned' : 'contractPhaseCoSigned',
    data: { phase, version: current.version },
  });
};
