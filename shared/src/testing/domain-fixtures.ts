import type { Command, CommandInput } from '../domain/commands';
import { MAIN_LINE } from '../domain/lifecycle';
import { decide } from '../domain/decide';
import { type DomainError, isDomainError } from '../domain/errors';
import type { Network } from '../domain/network';
import type { DecideContext, Decided } from '../domain/outcome';
import { parseCommand } from '../domain/parse-command';
import {
  type Actor,
  DEFAULT_DEADLINE_DAYS,
  type ForumConfig,
  type NetworkType,
  type OrgConfig,
  type PersonRef,
  type Track,
} from '../domain/types';

/** Omit that keeps a union a union, so each command's own fields are still checked. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type TestCommandInput = DistributiveOmit<CommandInput, 'commandId' | 'networkId'> & { networkId?: string };

/** Test personas: one per role of DESIGN.md §2, all in one tenant. */
export const TENANT = 'tenant-albertslund';
const person = (objectId: string, name: string): PersonRef => ({ tenantId: TENANT, objectId, name });

export const PEOPLE = {
  director: person('director', 'Dorthe Direktør'),
  consultant: person('consultant', 'Karl Konsulent'),
  directorsForum: person('dirforum', 'Dina Direktørforum'),
  headsForum: person('chefforum', 'Claus Chefforum'),
  headsForum2: person('chefforum2', 'Cecilie Chefforum'),
  politician: person('politiker', 'Poul Politiker'),
  centralHead: person('afdchef', 'Anne Afdelingschef'),
  originator: person('originator', 'Ole Ophav'),
  leader: person('leader', 'Lene Leder'),
  participant: person('participant', 'Pia Deltager'),
  participant2: person('participant2', 'Per Deltager'),
  outsider: person('outsider', 'Otto Udenforstående'),
} as const;
export type Persona = keyof typeof PEOPLE;

/** A forum that votes on the card with a quorum of one, unless told otherwise. */
export function forum(members: PersonRef[], overrides: Partial<ForumConfig> = {}): ForumConfig {
  return { members, quorum: 1, rule: 'votes', secretaries: [], deadlineDays: DEFAULT_DEADLINE_DAYS, ...overrides };
}

/** The date a body's meeting took place, for decisions recorded under the meeting rule in test scripts. */
export const MEETING_DATE = '2026-01-05';

export function orgConfig(overrides: Partial<OrgConfig> = {}): OrgConfig {
  return {
    director: PEOPLE.director,
    consultants: [PEOPLE.consultant],
    forums: {
      directorsForum: forum([PEOPLE.directorsForum]),
      headsForum: forum([PEOPLE.headsForum, PEOPLE.headsForum2]),
      // The political committee decides in its meetings (the default); its member records them as secretary.
      politicalCommittee: forum([PEOPLE.politician], { rule: 'meeting', secretaries: [PEOPLE.politician] }),
      centralDepartmentHeads: forum([PEOPLE.centralHead]),
    },
    channels: {},
    ...overrides,
  };
}

export function actor(persona: Persona | PersonRef, surface: Actor['surface'] = 'bot'): Actor {
  const p = typeof persona === 'string' ? PEOPLE[persona] : persona;
  return { ...p, surface };
}
export const SYSTEM_ACTOR: Actor = {
  tenantId: TENANT,
  objectId: 'system',
  name: 'Netværk for Teams',
  surface: 'system',
  isSystem: true,
};

/** A clock that stands still unless moved, and ids that count up: decide() is deterministic in tests. */
export class TestWorld {
  now = new Date('2026-01-05T09:00:00.000Z');
  private seq = 0;
  config: OrgConfig = orgConfig();
  leaderLoads = new Map<string, number>();

  context(who: Actor): DecideContext {
    return {
      actor: who,
      config: this.config,
      clock: { now: () => this.now },
      ids: { next: () => `id${++this.seq}` },
      pseudonymise: (scope, key) =>
        `anon-${scope.length}-${[...`${scope}|${key}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}`,
      leaderLoad: 0,
    };
  }

  nextCommandId(): string {
    return `cmd${++this.seq}`;
  }

  /** Parses and decides, like the service does; returns the outcome. */
  run(network: Network | null, who: Actor, input: TestCommandInput, leaderLoad = 0): Decided | DomainError {
    const parsed = parseCommand({ commandId: this.nextCommandId(), networkId: network?.id ?? 'net1', ...input });
    if (isDomainError(parsed)) return parsed;
    return decide(network, parsed as Command, { ...this.context(who), leaderLoad });
  }

  /** Like run, but the command must succeed. */
  must(network: Network | null, who: Actor, input: Parameters<TestWorld['run']>[2], leaderLoad = 0): Network {
    const result = this.run(network, who, input, leaderLoad);
    if (isDomainError(result))
      throw new Error(`expected success of ${input.type}, got ${result.code} ${JSON.stringify(result.params)}`);
    return result.network;
  }
}

export interface TypeCase {
  type: NetworkType;
  track?: Track;
  recommender: Persona;
  decider: Persona;
  briefer: Persona | 'leaderPersona';
  /** Who decides on extending or closing by default: the idea's decider, a forum for a learning network. */
  continuationDecider: Persona;
  /** Parties of contract phase 1, as the personas who acknowledge for them (routing table, last row). */
  contractParties: readonly [Persona, Persona];
}

/** The routing table restated per persona: the oracle the tests check the domain's table against. */
export const TYPE_CASES: readonly TypeCase[] = [
  {
    type: 'innovation',
    track: 'political',
    recommender: 'directorsForum',
    decider: 'politician',
    briefer: 'leaderPersona',
    continuationDecider: 'politician',
    contractParties: ['directorsForum', 'politician'],
  },
  {
    type: 'innovation',
    track: 'administrative',
    recommender: 'director',
    decider: 'directorsForum',
    briefer: 'leaderPersona',
    continuationDecider: 'directorsForum',
    contractParties: ['director', 'directorsForum'],
  },
  {
    type: 'welfare',
    recommender: 'director',
    decider: 'headsForum',
    briefer: 'centralHead',
    continuationDecider: 'headsForum',
    contractParties: ['director', 'centralHead'],
  },
  {
    type: 'learning',
    recommender: 'originator',
    decider: 'director',
    briefer: 'director',
    continuationDecider: 'headsForum',
    contractParties: ['director', 'leader'],
  },
];

/** The main line of the lifecycle, stage by stage: the stages a test network can be brought to. */
export const STAGES = MAIN_LINE;

const PHASE1 = { purpose: 'Helhed for borgeren', background: 'Mange specialister' };
const PHASE2 = {
  startDate: '2026-02-01',
  endDate: '2026-10-31',
  frame: 'Seks møder',
  mandate: 'Lederen råder over to timer om ugen pr. deltager',
  processCriteria: 'Alle bliver hørt',
  productCriteria: 'En ny praksis',
};
const PHASE3 = {
  understoodPurpose: 'Vi vil skabe sammenhæng',
  goal: 'En fælles plan',
  workingForm: 'Faciliterede møder',
  meetingCadence: 'Hver anden uge',
  groundRules: 'Vi lytter',
  tasks: 'Kortlægning',
};
const CLOSING_ANSWER = {
  howWeWorked: 'Tæt',
  satisfaction: 4,
  ownContribution: 'Oplæg',
  goalProgress: [{ goal: 'En fælles plan', progress: 'Nået' }],
  whatBecameDifferent: 'Færre overdragelser',
  howItWasCreated: 'Sammen',
  whereItCanBeSeen: 'I sagerne',
  successAssessment: 'God',
};

/** One step of the lifecycle script: who acts, and the input (which may depend on the network so far). */
export interface LifecycleStep {
  who: Persona;
  input: (network: Network | null) => TestCommandInput;
  /** The stage the network is in after this step, when a stage ends here. */
  reaches?: (typeof STAGES)[number];
}

/**
 * The whole lifecycle of a network of one type as a script of real commands, from idea to closed. Used to
 * build networks at any stage, purely (networkAt) or through the service and storage (the contract suites).
 */
export function lifecycleSteps(tc: TypeCase, networkId = 'net1'): LifecycleStep[] {
  const fixed = (who: Persona, input: TestCommandInput, reaches?: (typeof STAGES)[number]): LifecycleStep => ({
    who,
    input: () => input,
    ...(reaches ? { reaches } : {}),
  });
  return [
    fixed(
      'originator',
      {
        type: 'submitIdea',
        networkId,
        name: 'Fra barn til voksen med hjerneskade',
        networkType: tc.type,
        track: tc.track,
        purpose: 'Helhed',
        background: 'Behov',
        originatorGroup: 'Sundhed',
      },
      'idea',
    ),
    fixed(tc.recommender, { type: 'recommendIdea', outcome: 'recommend' }, 'recommended'),
    fixed(tc.decider, { type: 'decideIdea', outcome: 'approve', meetingDate: MEETING_DATE }, 'approved'),
    fixed('director', { type: 'nominateLeader', person: PEOPLE.leader }, 'leaderNominated'),
    fixed('headsForum', { type: 'decideLeader', outcome: 'approve' }, 'leaderAppointed'),
    fixed('director', { type: 'fillContractPhase1', fields: PHASE1 }),
    // Each party of the routing table acknowledges phase 1 for itself (a secretary with the meeting's date).
    ...tc.contractParties.map((party) =>
      fixed(party, { type: 'signContractPhase', phase: 1, meetingDate: MEETING_DATE }),
    ),
    fixed('leader', { type: 'fillContractPhase2', fields: PHASE2 }),
    fixed('leader', { type: 'signContractPhase', phase: 2 }),
    fixed('director', { type: 'signContractPhase', phase: 2 }),
    fixed('leader', { type: 'inviteParticipant', person: PEOPLE.participant, role: 'participant' }),
    {
      who: 'participant',
      input: (n) => ({ type: 'respondToInvitation', participantId: n?.participants[0]?.id ?? '', accept: true }),
    },
    fixed('leader', { type: 'informHeadsForumOfComposition' }, 'participantsRecruited'),
    fixed('leader', { type: 'holdKickoff', heldOn: '2026-02-10' }, 'kickoffHeld'),
    fixed('leader', { type: 'fillContractPhase3', fields: PHASE3 }),
    fixed('leader', { type: 'signContractPhase', phase: 3 }, 'active'),
    fixed('leader', { type: 'startClosingReflection' }, 'closingReflection'),
    fixed('participant', { type: 'answerClosingReflection', ...CLOSING_ANSWER }),
    fixed('participant', {
      type: 'addStory',
      title: 'Sofies overgang',
      value: 'En plan',
      forWhom: 'Sofie og familien',
    }),
    fixed('leader', { type: 'addStory', title: 'Ny praksis', value: 'Færre møder', forWhom: 'Sagsbehandlerne' }),
    fixed(
      'leader',
      {
        type: 'submitClosingRecommendation',
        continueNetwork: false,
        sameForm: false,
        sameParticipants: false,
        reasoning: 'Målet er nået',
      },
      'closingWithDirector',
    ),
    fixed('director', { type: 'endorseClosingRecommendation', comment: 'Enig' }, 'awaitingContinuationDecision'),
    fixed(
      tc.continuationDecider,
      { type: 'decideContinuation', outcome: 'close', meetingDate: MEETING_DATE },
      'closingMeeting',
    ),
    fixed(
      'leader',
      {
        type: 'recordClosingMeeting',
        experiences: 'Vi lærte meget',
        recommendations: [{ text: 'Fast tværfagligt møde', path: { kind: 'lineOrganisation' } }],
      },
      'awaitingPublication',
    ),
    {
      who: 'director',
      input: (n) => ({
        type: 'approvePublication',
        approvedRecommendationIds: n?.anchoring?.recommendations.map((r) => r.id) ?? [],
      }),
      reaches: 'closed',
    },
  ];
}

/** The steps up to and including the one that reaches a stage. */
export function stepsTo(tc: TypeCase, stage: (typeof STAGES)[number], networkId = 'net1'): LifecycleStep[] {
  const steps = lifecycleSteps(tc, networkId);
  const end = steps.findIndex((s) => s.reaches === stage);
  return steps.slice(0, end + 1);
}

/** Drives a new network of a type through the real commands up to a stage, purely; every step must succeed. */
export function networkAt(world: TestWorld, tc: TypeCase, stage: (typeof STAGES)[number], networkId = 'net1'): Network {
  let n: Network | null = null;
  for (const step of stepsTo(tc, stage, networkId)) n = world.must(n, actor(step.who), step.input(n));
  if (!n || n.phase !== stage) throw new Error(`networkAt reached ${n?.phase}, wanted ${stage}`);
  return n;
}

/** The deciding body's evaluation with an extension (decideContinuation's `evaluation`). */
const EVALUATION = {
  stillMakesSense: 'Ja',
  achievingGoals: 'Delvist',
  rightParticipants: 'Ja',
  resourcesUsedWell: 'Ja',
  adjustments: 'Jobcentret kommer med',
};

export const FIXTURE_INPUTS = { PHASE1, PHASE2, PHASE3, CLOSING_ANSWER, EVALUATION };
