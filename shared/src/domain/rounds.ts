import { formatDate } from '../i18n/locale';
import { type DomainError, domainError } from './errors';
import {
  type ClosedRound,
  type ContractFieldsByPhase,
  type ContractVersion,
  currentContractVersion,
  type Extension,
  type Network,
  type Stamp,
} from './network';

/**
 * Rounds of a network's life (issue 13, point 4): an extension closes the current round and starts the next.
 * The closed round keeps its closing reflection's stories, recommendation, the director's recommendation and
 * the decision, so nothing an extension decided on is lost; answers are stored per round.
 */

/** The round the network is in now: 1 until its first extension. */
export function currentRound(network: Pick<Network, 'rounds'>): number {
  return (network.rounds?.length ?? 0) + 1;
}

/** The closing reflection's anonymity: fixed when it opened, so a later settings change reveals nothing. */
export function closingAnonymous(network: Pick<Network, 'closing' | 'settings'>): boolean {
  return network.closing?.anonymous ?? network.settings.anonymousReflections;
}

/** The round a stored closing answer belongs to (rows written before rounds existed belong to the first). */
export function roundOfAnswer(answer: Record<string, unknown>): number {
  return typeof answer.round === 'number' && answer.round >= 1 ? answer.round : 1;
}

/**
 * The contract after an extension: a new locked version of phase 2 with the new end date, written by the
 * decision (the earlier versions stay as they were). A network without a signed phase 2 keeps its contract.
 */
export function contractExtended(network: Network, newEndDate: string, stamp: Stamp): ContractVersion[] {
  const current = network.contract
    .filter((c): c is ContractVersion<2> => c.phase === 2 && c.locked)
    .sort((a, b) => b.version - a.version)[0];
  if (!current) return network.contract;
  const latest = currentContractVersion(network, 2)?.version ?? current.version;
  const fields: ContractFieldsByPhase[2] = { ...current.fields, endDate: newEndDate };
  const next: ContractVersion<2> = {
    phase: 2,
    version: latest + 1,
    fields,
    editedBy: stamp,
    signatures: [],
    locked: true,
    byExtension: stamp,
  };
  // An unsigned draft of phase 2 made after signing would be overtaken by the decision: it is dropped.
  const drafts = network.contract.filter((c) => c.phase === 2 && !c.locked);
  return [...network.contract.filter((c) => !drafts.includes(c)), next];
}

/**
 * The network after an extension: the current round's closing records move to `rounds`, the period and
 * contract get the new end date, and the network is active again with a fresh round.
 */
export function startNextRound(network: Network, extension: Extension, stamp: Stamp): Network {
  const closed: ClosedRound[] = network.closing
    ? [...(network.rounds ?? []), { round: currentRound(network), closing: network.closing, extension }]
    : (network.rounds ?? []);
  return {
    ...network,
    phase: 'active',
    period: { startDate: network.period?.startDate ?? extension.previousEndDate, endDate: extension.newEndDate },
    contract: contractExtended(network, extension.newEndDate, stamp),
    extensions: [...network.extensions, extension],
    rounds: closed,
    closing: null,
    continuationDecision: null,
    endReminders: [],
  };
}

/**
 * The period changes only through an extension decision: once it is set (phase 2 signed), a new version of
 * phase 2 must keep its start and end dates.
 */
export function periodChangeRefused(
  network: Pick<Network, 'period'>,
  fields: Pick<ContractFieldsByPhase[2], 'startDate' | 'endDate'>,
): DomainError | null {
  const period = network.period;
  if (!period || (period.startDate === fields.startDate && period.endDate === fields.endDate)) return null;
  return domainError('CONTRACT.PERIOD_FIXED', {
    startDate_da: formatDate(period.startDate, 'da'),
    startDate_en: formatDate(period.startDate, 'en'),
    endDate_da: formatDate(period.endDate, 'da'),
    endDate_en: formatDate(period.endDate, 'en'),
  });
}
