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

/** How a body takes its decisions: votes on the card, or decided in its meeting and recorded by a secretary. */
export const DECISION_RULES = ['votes', 'meeting'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** Days a body has for a pending decision unless its configuration says otherwise. */
export const DEFAULT_DEADLINE_DAYS = 14;

export interface ForumConfig {
  members: PersonRef[];
  /** How many members must agree for the forum to decide (votes rule; default 1). */
  quorum: number;
  /** Votes on the card until the quorum agrees, or decided in the forum's meeting (DESIGN.md §3). */
  rule: DecisionRule;
  /** Members who may record the outcome of the forum's meeting (meeting rule). */
  secretaries: PersonRef[];
  /** Days the forum has for a pending decision before it is escalated. */
  deadlineDays: number;
}

/** A forum's configuration before anyone has set it: the political committee decides in its meetings. */
export function defaultForumConfig(forum: Forum): ForumConfig {
  return {
    members: [],
    quorum: 1,
    rule: forum === 'politicalCommittee' ? 'meeting' : 'votes',
    secretaries: [],
    deadlineDays: DEFAULT_DEADLINE_DAYS,
  };
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
  return {
    director: null,
    consultants: [],
    forums: {
      directorsForum: defaultForumConfig('directorsForum'),
      headsForum: defaultForumConfig('headsForum'),
      politicalCommittee: defaultForumConfig('politicalCommittee'),
      centralDepartmentHeads: defaultForumConfig('centralDepartmentHeads'),
    },
    channels: {},
  };
}

/**
 * A configuration as stored, with every forum's missing settings filled in from the defaults: a configuration
 * saved before decision rules existed reads as one member deciding by vote (the political committee: its meeting).
 */
export function withForumDefaults(config: OrgConfig): OrgConfig {
  const forums = Object.fromEntries(
    FORUMS.map((f) => [f, { ...defaultForumConfig(f), ...(config.forums?.[f] ?? {}) }]),
  ) as OrgConfig['forums'];
  return { ...config, forums };
}
