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
import { bodyRuleOf } from '../body-decision';
import {
  missingParties,
  partyAcknowledged,
  requiredSigners,
  signaturesDue,
  signedForAParty,
} from '../contract-parties';
import { type DecideContext, type Handler, type HandlerResult, ok, stampOf, danishToday } from '../outcome';
import { checkPeriod } from '../period';
import { rolesOf } from '../roles';
import { BODY_NAMES } from '../routing';
import { periodChangeRefused } from '../rounds';

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

/**
 * One party's acknowledgement of the current version (contract-parties.ts): a person for the first party they
 * belong to that still needs them, never for two; a body under the meeting rule through its secretary, with the
 * meeting's date. The version locks when every party has acknowledged it.
 */
export const signContractPhase: Handler<'signContractPhase'> = (
  network,
  command: CommandOf<'signContractPhase'>,
  ctx,
) => {
  const phase = command.phase as ContractPhaseNumber;
  const current = currentContractVersion(network, phase);
  if (!current) return domainError('CONTRACT.NOT_FILLED', { phase: String(phase) });
  const stamp = stampOf(ctx);
  const roles = rolesOf(ctx.actor, ctx.config, network);
  const signedAs = signaturesDue(network, phase, roles, stamp.by, ctx.config)[0];
  if (!signedAs) {
    const otherParty =
      signedForAParty(network, phase, stamp.by) &&
      missingParties(network, phase, ctx.config).some((b) => roles.bodies.has(b));
    return domainError(otherParty ? 'CONTRACT.BOTH_SIDES' : 'CONTRACT.ALREADY_SIGNED', { phase: String(phase) });
  }
  const rule = bodyRuleOf(signedAs, ctx.config, network);
  if (rule.rule === 'meeting' && (!command.meetingDate || command.meetingDate > danishToday(ctx))) {
    const body = { body_da: BODY_NAMES[signedAs].da, body_en: BODY_NAMES[signedAs].en };
    return domainError('DECISION.MEETING_DATE', body, { meetingDate: 'meetingDate' });
  }
  const signature = {
    ...stamp,
    as: signedAs,
    ...(rule.rule === 'meeting' ? { meetingDate: command.meetingDate } : {}),
  };
  const withSignature: ContractVersion = { ...current, signatures: [...current.signatures, signature] };
  const locked = requiredSigners(network, phase).every((b) => partyAcknowledged(withSignature, b, ctx.config, network));
  const signed: ContractVersion = { ...withSignature, locked };
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
    data: { phase, version: current.version, as: signedAs },
  });
};
