import type { Body, NetworkType, Track } from './types';

/** One column of the routing table in the administrative foundation ("Fra idé til beslutning"). */
export interface Route {
  /** Who recommends (indstiller) the network. */
  recommender: Body;
  /** Who decides (beslutter) on the network, and later on extending or closing it. */
  decider: Body;
  /** Who briefs (orienterer) the heads' forum about the network. */
  briefer: Body;
  /** The parties of contract phase 1. */
  contractParties: readonly [Body, Body];
}

/** A row of the routing table: a network type, and for innovation networks its track (derived, so a new type needs its row). */
export type RouteKey = Exclude<NetworkType, 'innovation'> | `innovation/${Track}`;

/** The routing table, as data: one row per network type, both tracks of innovation networks. */
export const ROUTING_TABLE: Readonly<Record<RouteKey, Route>> = {
  'innovation/political': {
    recommender: 'directorsForum',
    decider: 'politicalCommittee',
    briefer: 'leader',
    contractParties: ['directorsForum', 'politicalCommittee'],
  },
  'innovation/administrative': {
    recommender: 'director',
    decider: 'directorsForum',
    briefer: 'leader',
    contractParties: ['director', 'directorGroup'],
  },
  welfare: {
    recommender: 'director',
    decider: 'headsForum',
    briefer: 'centralDepartmentHeads',
    contractParties: ['director', 'centralDepartmentHeads'],
  },
  learning: {
    recommender: 'originator',
    decider: 'director',
    briefer: 'director',
    contractParties: ['director', 'leader'],
  },
};

/** The route for a network, or null for an innovation network whose track is not chosen yet. */
export function routeFor(network: { type: NetworkType; track: Track | null }): Route | null {
  if (network.type !== 'innovation') return ROUTING_TABLE[network.type];
  return network.track ? ROUTING_TABLE[`innovation/${network.track}`] : null;
}

/**
 * The bodies a recommendation on continuing can go to (the administrative foundation, "Afslutning og
 * evaluering"): never the director herself, who drafts it with the leader.
 */
export const CONTINUATION_BODIES = ['politicalCommittee', 'directorsForum', 'headsForum'] as const;
export type ContinuationBody = (typeof CONTINUATION_BODIES)[number];

export const isContinuationBody = (b: string | undefined): b is ContinuationBody =>
  (CONTINUATION_BODIES as readonly (string | undefined)[]).includes(b);

/** The body a network's recommendation on continuing goes to when nobody chose: the idea's decider, if it may. */
export function defaultContinuationBody(network: { type: NetworkType; track: Track | null }): ContinuationBody {
  const decider = routeFor(network)?.decider;
  return isContinuationBody(decider) ? decider : 'headsForum';
}

/** Who decides on extending or closing: the body the joint recommendation names, or the default. */
export function continuationDeciderOf(network: {
  type: NetworkType;
  track: Track | null;
  closing: { directorEndorsement: { decider?: Body } | null } | null;
}): ContinuationBody {
  const chosen = network.closing?.directorEndorsement?.decider;
  return isContinuationBody(chosen) ? chosen : defaultContinuationBody(network);
}

/** Names of the other groups a permission can name, and the word joining alternatives. */
export const GROUP_NAMES = {
  consultants: { da: 'netværkskonsulenterne', en: 'the network consultants' },
  participants: { da: 'netværkets deltagere', en: "the network's participants" },
  or: { da: ' eller ', en: ' or ' },
} as const;

/** Danish and English names of the bodies, for messages and cards. */
export const BODY_NAMES: Readonly<Record<Body, { da: string; en: string }>> = {
  originator: { da: 'idé-ophavspersonen/gruppen', en: 'the idea originator/group' },
  director: { da: 'netværksdirektøren', en: 'the network director' },
  directorsForum: { da: 'direktørforum', en: "the directors' forum" },
  headsForum: { da: 'chefforum', en: "the heads' forum" },
  politicalCommittee: { da: 'det politiske udvalg', en: 'the political committee' },
  centralDepartmentHeads: { da: 'de centrale afdelingschefer', en: 'the central department heads' },
  leader: { da: 'netværkslederen', en: 'the network leader' },
  directorGroup: { da: 'direktørgruppen', en: 'the director group' },
};
