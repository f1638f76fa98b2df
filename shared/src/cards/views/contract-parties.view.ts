import { partyAcknowledged, requiredSigners } from '../../domain/contract-parties';
import { pendingDecisions, sameDeadline } from '../../domain/decision-deadlines';
import type { Locale } from '../../domain/errors';
import type { ContractVersion, Network } from '../../domain/network';
import type { Body, OrgConfig } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/locale';
import { meetingDateText } from './ballot-parts';
import { t } from '../../i18n/messages';
import { bodyName, esc } from './common';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * One line per party of a contract version: who acknowledged for it and when (a secretary with the meeting's
 * date), or that it is still awaited — for a body, by when (its deadline, decision-deadlines.ts), so the card its
 * reminder brings says it. The same parties the permission and notifications use.
 */
export function partyFacts(
  n: Network,
  version: ContractVersion,
  config: OrgConfig,
  locale: Locale,
): { title: string; value: string }[] {
  const pending = pendingDecisions(n, config);
  const dueOn = (body: Body) =>
    pending.find((p) => sameDeadline(p, { decision: 'contractAcknowledgement', since: version.editedBy.at, body }))
      ?.dueOn;
  return requiredSigners(n, version.phase).map((body) => {
    const acks = version.signatures.filter((s) => s.as === body);
    const who = acks
      .map((s) =>
        s.meetingDate
          ? t(locale, 'contract.party.meeting', { who: esc(s.by.name), date: meetingDateText(s.meetingDate, locale) })
          : t(locale, 'card.contract.signedBy', { who: esc(s.by.name), when: formatDateTime(s.at, locale) }),
      )
      .join('; ');
    const done = partyAcknowledged(version, body, config, n);
    const due = version.phase === 1 ? dueOn(body) : undefined;
    const awaiting = due
      ? t(locale, 'contract.party.awaitingDue', { date: formatDate(due, locale) })
      : t(locale, 'contract.party.awaiting');
    const value = done ? who : [who, awaiting].filter(Boolean).join('; ');
    return { title: capital(bodyName(body, locale)), value };
  });
}
