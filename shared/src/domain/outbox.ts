import type { Forum } from './types';

/** Where a proactive message goes. */
export type OutboxTarget =
  | { kind: 'person'; personKey: string }
  /** A forum's channel, or each member's personal chat when the forum has no channel. */
  | { kind: 'forum'; forum: Forum }
  | { kind: 'channel'; channel: 'announcements' }
  | { kind: 'conversation'; conversationId: string };

/**
 * Every kind of network card, one step of the flow each. The cards give each its spec with a `Record` over this
 * list, the notifications name them, and a card's refresh data carries one: a kind missing anywhere does not
 * compile, and a kind read back from storage or a card is checked against this list.
 */
export const NETWORK_CARD_KINDS = [
  'track',
  'recommendation',
  'decision',
  'outcome',
  'briefingRequest',
  'briefing',
  'interest',
  'nomination',
  'leaderDecision',
  'leaderAppointed',
  'invitation',
  'invitationAnswer',
  'composition',
  'status',
  'endReminder',
  'closingReflection',
  'closingStories',
  'closingRecommendation',
  'closingEndorsement',
  'continuationDecision',
  'closingMeeting',
  'publicationApproval',
  'anchoring',
] as const;
export type NetworkCardKind = (typeof NETWORK_CARD_KINDS)[number];

/** The reflection card's variants: the card in the meeting chat, the leader's summary, a reminder, the welcome. */
export type ReflectionVariant = 'card' | 'summary' | 'reminder' | 'start';

/** Which card to render (at send time, from the network's state then, in the recipient's language). */
export type OutboxView =
  | { type: 'network'; kind: NetworkCardKind; participantId?: string }
  | { type: 'contract'; phase: 1 | 2 | 3 }
  | { type: 'participants' }
  | { type: 'reflection'; meetingId: string; variant: ReflectionVariant };

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
