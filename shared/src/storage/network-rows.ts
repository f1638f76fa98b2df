import { acceptedParticipants, memberKeysOf as memberKeysOfNetwork } from '../domain/members';
import type { Network } from '../domain/network';
import type { NetworkSummary } from '../domain/repository';
import { personKey } from '../domain/types';
import type { EntityProperties } from './entity-limits';
import { NETWORK_ROWS, rowKey } from './keys';
import { CONTRACT_ROW, MEETING_ROW, memberKeysOf, NETWORK_MAIN, PARTICIPANT_ROW } from './network-row-kinds';

/**
 * Splits a network into rows of its partition: the main row (with a few plain columns for queries and the rest
 * as JSON), one row per contract version, participant and meeting. Each row stays far below the 64 KiB and
 * 1 MiB limits even for large networks, which one JSON blob would not.
 */
export function networkToRows(network: Network): Map<string, EntityProperties> {
  const { contract, participants, meetings, ...core } = network;
  const rows = new Map<string, EntityProperties>();
  rows.set(NETWORK_ROWS.main, {
    ...NETWORK_MAIN.write(core),
    name: network.name,
    networkType: network.type,
    phase: network.phase,
    leaderKey: network.leader ? personKey(network.leader) : '',
    // The authoritative channel link, queryable: the link index is rebuilt from it (row-links.ts).
    channelId: network.settings.channelId ?? '',
    endDate: network.period?.endDate ?? '',
    version: network.version,
    memberKeys: JSON.stringify(memberKeysOfNetwork(network)),
    participantCount: acceptedParticipants(network).length,
    meetingCount: meetings.length,
  });
  for (const c of contract) {
    rows.set(rowKey(NETWORK_ROWS.contract, c.phase, String(c.version).padStart(4, '0')), CONTRACT_ROW.write(c));
  }
  for (const p of participants) rows.set(rowKey(NETWORK_ROWS.participant, p.id), PARTICIPANT_ROW.write(p));
  meetings.forEach((m, index) => {
    rows.set(rowKey(NETWORK_ROWS.meeting, m.id), { ...MEETING_ROW.write(m), position: index });
  });
  return rows;
}

/** The main row's network fields (checked by its schema) with the list columns. */
export function summaryFromMainRow(properties: EntityProperties): NetworkSummary {
  return {
    ...NETWORK_MAIN.read(properties, NETWORK_ROWS.main),
    memberKeys: memberKeysOf(properties.memberKeys, NETWORK_ROWS.main),
    participantCount: Number(properties.participantCount ?? 0),
    meetingCount: Number(properties.meetingCount ?? 0),
  };
}

/** Reassembles a network from its rows (main row first, in any order otherwise). */
export function rowsToNetwork(rows: { rowKey: string; properties: EntityProperties }[]): Network | null {
  const main = rows.find((r) => r.rowKey === NETWORK_ROWS.main);
  if (!main) return null;
  const byPrefix = (prefix: string) => rows.filter((r) => r.rowKey.startsWith(`${prefix}~`));
  const meetings = byPrefix(NETWORK_ROWS.meeting).sort(
    (a, b) => Number(a.properties.position) - Number(b.properties.position),
  );
  return {
    ...NETWORK_MAIN.read(main.properties, main.rowKey),
    contract: byPrefix(NETWORK_ROWS.contract).map((r) => CONTRACT_ROW.read(r.properties, r.rowKey)),
    participants: byPrefix(NETWORK_ROWS.participant).map((r) => PARTICIPANT_ROW.read(r.properties, r.rowKey)),
    meetings: meetings.map((r) => MEETING_ROW.read(r.properties, r.rowKey)),
  };
}

/** A stable fingerprint of a row, to write only rows that changed. */
export function fingerprint(properties: EntityProperties): string {
  return JSON.stringify(properties);
}
