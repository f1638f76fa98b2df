import { mayReadClosingReflection } from './closing-summary';
import { maySeeCommentAuthors } from './privacy';
import { answersMayBeShown } from './reflection-summary';
import { type Actor, type OrgConfig, type PersonRef, samePerson } from './types';
import type { Network } from './network';
import { maySee, maySeeNetwork } from './visibility';

const isDirector = (actor: Actor, config: OrgConfig) => Boolean(config.director && samePerson(config.director, actor));
const isConsultant = (actor: Actor, config: OrgConfig) => config.consultants.some((c) => samePerson(c, actor));

/** The leader and the director see the network's messages that failed to send: they are the ones who act on them. */
export function maySeeFailedMessages(network: Pick<Network, 'leader'>, viewer: Actor, config: OrgConfig): boolean {
  return Boolean(network.leader && samePerson(network.leader, viewer)) || isDirector(viewer, config);
}

/**
 * Who was nominated to lead and not appointed is a personnel matter: the director, the consultants and the heads'
 * forum (which decides leaders) read the nominee behind a leader decision or a dispensation; others read the
 * decision without the name (the appointed leader is on the network's page anyway).
 */
export function maySeeNominees(viewer: Actor, config: OrgConfig): boolean {
  return (
    isDirector(viewer, config) ||
    isConsultant(viewer, config) ||
    config.forums.headsForum.members.some((m) => samePerson(m, viewer))
  );
}

/** The director and the consultants export case records, one network or the whole portfolio for a period. */
export function mayExportCaseRecords(actor: Actor, config: OrgConfig): boolean {
  return isDirector(actor, config) || isConsultant(actor, config);
}

/** The director and the configured privacy officers answer data-access requests and erase people. */
export function mayHandlePersonData(
  actor: Actor,
  config: OrgConfig,
  settings: { privacyOfficers: readonly PersonRef[] },
): boolean {
  return isDirector(actor, config) || settings.privacyOfficers.some((p) => samePerson(p, actor));
}

/**
 * Who may read what, in one map beside `PERMISSIONS` (who may do what; STYLE.md §14, as Parabol keeps read and
 * write rules together). The bot, the tab API and the cards ask these and never restate them; the tab gets the
 * answers it needs from the API (`MeDto.mayExportCaseRecords`) instead of working them out from roles.
 */
export const READ_PERMISSIONS = {
  /** A network in a list, judged on its summary row. */
  networkSummary: maySee,
  /** One network, in the tab and on every card. */
  network: maySeeNetwork,
  /** The names behind reflection comments. */
  commentAuthors: maySeeCommentAuthors,
  /** The closing reflection's answers. */
  closingReflection: mayReadClosingReflection,
  /** What a meeting's or a closing reflection's people answered, beyond how many answered. */
  answers: answersMayBeShown,
  /** The outbox's failed messages on the network's page. */
  failedMessages: maySeeFailedMessages,
  /** The nominee behind a leader decision or a dispensation in the decisions list. */
  nominees: maySeeNominees,
  /** Case records, for filing. */
  caseRecordExport: mayExportCaseRecords,
  /** A person's data across networks (access requests, erasure). */
  personData: mayHandlePersonData,
} as const;
