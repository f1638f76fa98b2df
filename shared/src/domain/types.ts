/** The three network types of the administrative foundation. */
export const NETWORK_TYPES = ['welfare', 'innovation', 'learning'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** Innovation networks run on a political or an administrative track; the other types have none. */
export const TRACKS = ['political', 'administrative'] as const;
export type Track = (typeof TRACKS)[number];

/** Where an action came from, recorded in the audit trail. */
export const SURFACES = ['bot', 'tab', 'system', 'seed'] as const;
export type Surface = (typeof SURFACES)[number];

/** A tenant user as the domain sees them: Entra ids are the key, the name is only a snapshot for display. */
export interface PersonRef {
  tenantId: string;
  objectId: string;
  name: string;
}

/** Who is acting. `system` actors are the server's own schedulers. */
export interface Actor extends PersonRef {
  surface: Surface;
  isSystem?: boolean;
}

/** The stable key of a person, never a name or e-mail. */
export function personKey(p: Pick<PersonRef, 'tenantId' | 'objectId'>): string {
  return `${p.tenantId}_${p.objectId}`;
}

export function samePerson(
  a: Pick<PersonRef, 'tenantId' | 'objectId'>,
  b: Pick<PersonRef, 'tenantId' | 'objectId'>,
): boolean {
  return a.tenantId === b.tenantId && a.objectId === b.objectId;
}

/** The bodies that recommend, decide, brief or sign; `originator`, `leader` are the network's own people. */
export const BODIES = [
  'originator',
  'director',
  'directorsForum',
  'headsForum',
  'politicalCommittee',
  'centralDepartmentHeads',
  'leader',
  'directorGroup',
] as const;
export type Body = (typeof BODIES)[number];

/** Forums whose members are configuration data. */
export const FORUMS = ['directorsForum', 'headsForum', 'politicalCommittee', 'centralDepartmentHeads'] as const;
export type Forum = (typeof FORUMS)[number];

export interface ForumConfig {
  members: PersonRef[];
  /** How many members must agree for the forum to decide (default 1: one member decides for the forum). */
  quorum: number;
}

/** The organisation's configuration: kept in storage, editable by the director or a consultant. */
export interface OrgConfig {
  director: PersonRef | null;
  consultants: PersonRef[];
  forums: Record<Forum, ForumConfig>;
  /**
   * Teams channels (conversation ids) where each forum receives its cards, and `announcements` where calls for
   * leaders go out. A forum without a channel gets its cards in each member's personal chat.
   */
  channels: Partial<Record<Forum | 'announcements', string>>;
}

export function emptyOrgConfig(): OrgConfig {
  const forum = (): ForumConfig => ({ members: [], quorum: 1 });
  return {
    director: null,
    consultants: [],
    forums: {
      directorsForum: forum(),
      headsForum: forum(),
      politicalCommittee: forum(),
      centralDepartmentHeads: forum(),
    },
    channels: {},
  };
}
