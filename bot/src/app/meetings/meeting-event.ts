/** The Teams meeting events the app handles. */
export const MEETING_START = 'application/vnd.microsoft.meetingStart';
export const MEETING_END = 'application/vnd.microsoft.meetingEnd';

export interface MeetingEventValue {
  id: string;
  title: string;
  joinUrl: string;
  at: string;
}

/**
 * Reads a meeting event's `value` in either casing: botbuilder's typed wrapper expects PascalCase (`Id`, `Title`,
 * `StartTime`/`EndTime`), while the Teams documentation also shows camelCase.
 */
export function parseMeetingEventValue(value: unknown): MeetingEventValue {
  const v = (value ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const key of keys) if (typeof v[key] === 'string' && v[key]) return v[key] as string;
    return '';
  };
  return {
    id: pick('Id', 'id'),
    title: pick('Title', 'title'),
    joinUrl: pick('JoinUrl', 'joinUrl'),
    at: pick('EndTime', 'endTime', 'StartTime', 'startTime'),
  };
}

/** Teams' participant events (RSC `OnlineMeetingParticipant.Read.Chat` and the bot's meeting event subscription). */
export const PARTICIPANT_JOIN = 'application/vnd.microsoft.meetingParticipantJoin';
export const PARTICIPANT_LEAVE = 'application/vnd.microsoft.meetingParticipantLeave';

/**
 * The Entra object ids in a participant event's `value.members[].user.aadObjectId` (botframework-schema's
 * `MeetingParticipantsEventDetails`). Guests and anonymous callers carry none and are left out.
 */
export function participantObjectIds(value: unknown): string[] {
  const members = (value as { members?: unknown } | null)?.members;
  if (!Array.isArray(members)) return [];
  return members.flatMap((m) => {
    const id = (m as { user?: { aadObjectId?: unknown } } | null)?.user?.aadObjectId;
    return typeof id === 'string' && id ? [id] : [];
  });
}
