import type { CardJson } from '@netvaerk/shared/cards/render-template';

/** Where a proactive message goes in Teams terms. */
export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

/**
 * A send that Teams (or the connector) refused; `retryAfterMs` when it said when to try again. `lateAnswer` is set
 * when the outcome is in doubt (no answer in time, the request still open): it settles with the id of the message
 * if the connector accepted it after all, or null if it did not.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
    readonly lateAnswer?: Promise<string | null>,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Proactive messaging, implemented by the transport (Bot Framework today). */
export interface Messenger {
  sendCard(to: ConversationAddress, card: CardJson): Promise<string>;
  updateCard(to: ConversationAddress, activityId: string, card: CardJson): Promise<void>;
  /** Opens (or finds) the bot's 1:1 chat with a user; returns its conversation id. */
  createPersonalConversation(serviceUrl: string, tenantId: string, teamsId: string): Promise<string>;
  /** The members of a conversation (paged by the transport). */
  members(
    serviceUrl: string,
    conversationId: string,
  ): Promise<{ teamsId: string; aadObjectId: string; name: string }[]>;
}
