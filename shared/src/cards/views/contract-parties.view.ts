import { partyAcknowledged, requiredSigners } from '../../domain/contract-parties';
import type { Locale } from '../../domain/errors';
import type { ContractVersion, Network } from '../../domain/network';
import type { OrgConfig } from '../../domain/types';
import { formatDateTime } from '../../i18n/locale';
import { meetingDateText } from './ballot-parts';
import { t } from '../../i18n/messages';
import { bodyName, esc } from './common';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * One line per party of a contract version: who acknowledged for it and when (a secretary with the meeting's
 * date), or that it is still awaited. The same parties the permission and notifications use.
 */
export function partyFacts(
  n: Network,
  version: ContractVersion,
  config: OrgConfig,
  locale: Locale,
): { title: string; value: string }[] {
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
    const value = done ? who : [who, t(locale, 'contract.party.awaiting')].filter(Boolean).join('; ');
    return { title: capital(bodyName(body, locale)), value };
  });
}
