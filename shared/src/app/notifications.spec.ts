import type { EventDraft, DomainEvent } from '../domain/outcome';
import { EVENT_TYPES } from '../domain/event-types';
import { networkAt, orgConfig, TestWorld, TYPE_CASES } from '../testing/domain-fixtures';
import { notificationsFor } from './notifications';

describe('every domain event has a notification rule (issue 12)', () => {
  it('does not compile an event type nobody declared', () => {
    const known: EventDraft = { type: 'ideaSubmitted' };
    // @ts-expect-error an event type that is not in EVENT_TYPES does not compile
    const unknown: EventDraft = { type: 'somethingNobodyDeclared' };
    expect([known.type, unknown.type]).toHaveLength(2);
  });

  it.each(EVENT_TYPES)('decides who is told of %s (possibly nobody) without falling through', (type) => {
    const network = networkAt(new TestWorld(), TYPE_CASES[2]!, 'active', 'n1');
    const event: DomainEvent = {
      type,
      data: { participantId: network.participants[0]?.id ?? '', phase: 1, meetingId: 'm1' },
      id: 'e1',
      networkId: 'n1',
      commandId: 'c1',
      at: '2026-12-02T10:00:00.000Z',
      actor: null,
      surface: 'bot',
    };
    expect(Array.isArray(notificationsFor([event], network, orgConfig()))).toBe(true);
  });
});
