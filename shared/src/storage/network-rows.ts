import { acceptedParticipants, memberKeysOf } from '../domain/members';
import type { Network } from '../domain/network';
import type { NetworkSummary } from '../domain/repository';
import { personKey } from '../domain/types';
import type { EntityProperties } from './entity-limits';
import { NETWORK_ROWS, rowKey } from './keys';

/** Bump when the stored shape changes; rows of another version are refused on read rather than misread. */
export const NETWORK_SCHEMA_VERSION = 1;

/**
 * Splits a network into rows of its partition: the main row (with a few plain columns for queries and the rest
 * as JSON), one row per contract version, participant and meeting. Each row stays far below the 64 KiB and
 * 1 MiB limits even for large networks, which one JSON blob would not.
 */
export function networkToRows(network: Network): Map<string, EntityProperties> {
  const { contract, participants, meetings, ...core } = network;
  const rows = new Map<string, EntityProperties>();
  rows.set(NETWORK_ROWS.main, {
    schema: NETWORK_SCHEMA_VERSION,
    data: JSON.stringify(core),
    name: network.name,
    networkType: network.type,
    phase: network.phase,
    leaderKey: network.leader ? personKey(network.leader) : '',
    endDate: network.period?.endDate ?? '',
    version: network.version,
    memberKeys: JSON.stringify(memberKeysOf(network)),
    participantCount: acceptedParticipants(network).length,
    meetingCount: meetings.length,
  });
  for (const c of contract) {
    rows.set(rowKey(NETWORK_ROWS.contract, c.phase, String(c.version).padStart(4, '0')), { data: JSON.stringify(c) });
  }
  for (const p of participants) rows.set(rowKey(NETWORK_ROWS.participant, p.id), { data: JSON.stringify(p) });
  meetings.forEach((m, index) => {
    rows.set(rowKey(NETWORK_ROWS.meeting, m.id), { data: JSON.stringify(m), position: index });
  });
  return rows;
}

function parseData<T>(properties: EntityProperties, what: string): T {
  if (typeof properties.data !== 'string') throw new Error(`stored ${what} has no data`);
  return JSON.parse(properties.data) as T;
}

function coreFromMainRow(properties: EntityProperties): Omit<Network, 'contract' | 'participants' | 'meetings'> {
  if (properties.schema !== NETWORK_SCHEMA_VERSION) {
    throw new Error(`stored network has schema ${String(properties.schema)}, expected ${NETWORK_SCHEMA_VERSION}`);
  }
  return parseData(properties, 'network');
}

/** The main row's network fields (checked for the schema version) with the list columns. */
export function summaryFromMainRow(properties: EntityProperties): NetworkSummary {
  return {
    ...coreFromMainRow(properties),
    memberKeys: JSON.parse(String(properties.memberKeys ?? '[]')) as string[],
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
    ...coreFromMainRow(main.properties),
    contract: byPrefix(NETWORK_ROWS.contract).map((r) => parseData(r.properties, 'contract')),
    participants: byPrefix(NETWORK_ROWS.participant).map((r) => parseData(r.properties, 'participant')),
    meetings: meetings.map((r) => parseData(r.properties, 'meeting')),
  } as Network;
}

/** A stable fingerprint of a row, to write only rows that changed. */
export function fingerprint(properties: EntityProperties): string {
  return JSON.stringify(properties);
}
