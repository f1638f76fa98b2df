import type { Locale } from '@netvaerk/shared/domain/errors';
import type { Actor } from '@netvaerk/shared/domain/types';

/**
 * An activity as the app sees it, free of Bot Framework types: the transport layer fills it in, so a move to
 * the Microsoft 365 Agents SDK changes only the transport.
 */
export interface Incoming {
  activityId: string;
  channelId: string;
  serviceUrl: string;
  locale: Locale;
  rawLocale: string;
  tenantId: string;
  from: { teamsId: string; aadObjectId: string; name: string };
  conversation: { id: string; type: string; name: string; teamId: string };
  /** For card actions: the message holding the card. */
  replyToId: string;
  /** The Teams meeting this activity belongs to (channelData.meeting.id), if any. */
  meetingId: string;
  /** The Teams channel (channelData.channel.id) of a channel conversation or channel meeting, if any. */
  teamsChannelId: string;
  text: string;
  value: unknown;
}

/** A card action (Action.Execute, or the Action.Submit fallback) with its verb and merged input values. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

/** The acting user, from the activity (never from card data). Null when the activity carries no Entra id. */
export function actorOf(incoming: Incoming): Actor | null {
  if (!incoming.from.aadObjectId || !incoming.tenantId) return null;
  return { tenantId: incoming.tenantId, objectId: incoming.from.aadObjectId, name: incoming.from.name, surface: 'bot' };
}
