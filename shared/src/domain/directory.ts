import type { PersonRef } from './types';

/** What the app knows of a person to reach them in Teams: their MRI (`29:…`) and personal chat. */
export interface KnownPerson extends PersonRef {
  teamsId: string;
  serviceUrl: string;
  /** The bot's 1:1 chat with the person, once created or seen. */
  personalConversationId: string;
  locale: string;
}

/** A Teams conversation the bot is in: a channel, a group chat or a meeting chat. */
export interface KnownConversation {
  conversationId: string;
  name: string;
  serviceUrl: string;
  tenantId: string;
  conversationType: string;
  teamId: string;
}

/** People and conversations the bot has met, for proactive messages and user-specific card views. */
export interface Directory {
  rememberPerson(person: Partial<KnownPerson> & PersonRef): Promise<void>;
  person(personKey: string): Promise<KnownPerson | null>;
  people(): Promise<KnownPerson[]>;
  /**
   * The people among these keys that can be reached in Teams (a Teams id known), for a shared card's refresh
   * audience: it is asked for with every card update, so it reads only these people, never the whole
   * organisation. Unknown keys are absent from the map.
   */
  reachablePeople(personKeys: readonly string[]): Promise<Map<string, KnownPerson>>;
  /** The person whose personal chat with the bot this is, if the app knows it. */
  personWithChat(conversationId: string): Promise<KnownPerson | null>;
  rememberConversation(conversation: KnownConversation): Promise<void>;
  conversation(conversationId: string): Promise<KnownConversation | null>;
  conversations(): Promise<KnownConversation[]>;
  /**
   * Marks a conversation as welcomed; true only for the first call, so the welcome card is posted once per
   * conversation however often Teams reports the install (conversationUpdate, installationUpdate, reopening).
   */
  markWelcomed(conversationId: string): Promise<boolean>;
  /**
   * Records that the app posted a card in a conversation (a channel's threads count for the channel): a welcome
   * there afterwards would land below the app's own cards, so `markWelcomed` answers false from then on.
   */
  markPostedIn(conversationId: string): Promise<void>;
}

/**
 * A channel post's reply chain has the channel's id plus `;messageid=…` (Teams' thread id). The channel is what
 * the app remembers and offers as a forum's channel; the thread is only where one card lives.
 */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0]!;
}
