import type { Forum } from './types';

/** Where a proactive message goes. */
export type OutboxTarget =
  | { kind: 'person'; personKey: string }
  /** A forum's channel, or each member's personal chat when the forum has no channel. */
  | { kind: 'forum'; forum: Forum }
  | { kind: 'channel'; channel: 'announcements' }
  | { kind: 'conversation'; conversationId: string };

/** Which card to render (at send time, from the network's state then, in the recipient's language). */
export type OutboxView =
  | { type: 'network'; kind: string; participantId?: string }
  | { type: 'contract'; phase: 1 | 2 | 3 }
  | { type: 'participants' }
  | { type: 'reflection'; meetingId: string; variant: 'card' | 'summary' | 'reminder' | 'start' };

/**
 * A message to send, written in the same transaction as the change that causes it, so a crash between the
 * change and the send neither loses nor repeats it. `update` replaces a card already posted (the card of an
 * action, updated for everyone after the action).
 */
export interface OutboxMessage {
  id: string;
  target: OutboxTarget;
  view: OutboxView;
  mode: 'send' | 'update';
  /** For updates: the message to replace. */
  activityId?: string;
}
