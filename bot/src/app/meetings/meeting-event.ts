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
