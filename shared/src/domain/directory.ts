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
  rememberConversation(conversation: KnownConversation): Promise<void>;
  conversation(conversationId: string): Promise<KnownConversation | null>;
  conversations(): Promise<KnownConversation[]>;
}
