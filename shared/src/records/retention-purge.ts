import type { Network } from '../domain/network';
import { type AuditEvent, isWhole } from '../domain/outcome';
import { DECISION_EVENTS } from './case-record-parts';
import { TOMBSTONE_NAME, tombstoneFor } from './tombstone';

/**
 * What retention deletes from a closed network, as pure functions over its stored parts. Kept: every decision
 * (who, when, outcome, reasons, votes), the contract, the leader and the originator as the decisions name them,
 * stories (their authors removed) and anchoring recommendations. Deleted: reflection comments and who answered,
 * closing reflection texts, participants' identities, who showed interest, meeting attendee lists and attendance
 * (the count stays), the meetings' agenda and decision notes (free text that may name anyone) and who wrote them,
 * sent messages and the people in events that are not decisions.
 */
export function purgeNetwork(network: Network): Network {
  return {
    ...network,
    interested: [],
    participants: network.participants.map((p) =>
      p.kind === 'internal'
        ? { ...p, person: tombstoneFor(`retention-${p.id}`), addedBy: { ...p.addedBy, by: tombstoneFor('retention') } }
        : {
            ...p,
            name: TOMBSTONE_NAME,
            organisation: '',
            email: '',
            addedBy: { ...p.addedBy, by: tombstoneFor('retention') },
          },
    ),
    meetings: network.meetings.map(({ agenda: _agenda, decisions: _decisions, ...m }) => ({
      ...m,
      linkedBy: { ...m.linkedBy, by: tombstoneFor('retention') },
      ...(m.attendeeKeys ? { attendeeKeys: m.attendeeKeys.map((_, i) => `retained-${i}`) } : {}),
      ...(m.attendance ? { attendance: m.attendance.map((a, i) => ({ ...a, personKey: `retained-${i}` })) } : {}),
      ...(m.reflectionStarted ? { reflectionStarted: { ...m.reflectionStarted, by: tombstoneFor('retention') } } : {}),
    })),
    closing: network.closing
      ? {
          ...network.closing,
          stories: network.closing.stories.map((s) => ({ ...s, by: { ...s.by, by: tombstoneFor('retention') } })),
        }
      : null,
  };
}

/** A meeting reflection answer without comments or author: its scores still count in the aggregates. */
export function purgeReflectionAnswer(answer: Record<string, unknown>): Record<string, unknown> {
  return { ...answer, valueComment: '', workingWellComment: '', suggestion: '', person: null };
}

/** A closing reflection answer keeps only its satisfaction score (the record's aggregate) and when. */
export function purgeClosingAnswer(answer: Record<string, unknown>): Record<string, unknown> {
  return { satisfaction: answer.satisfaction, answeredAt: answer.answeredAt, person: null };
}

/** A decision event stays whole; any other event loses who did it and what it said about people. */
export function purgeAuditEvent(event: AuditEvent): AuditEvent {
  if (DECISION_EVENTS[event.type] || !isWhole(event)) return event;
  const { data: _data, ...stamp } = event;
  return { ...stamp, actor: null, purged: true };
}
