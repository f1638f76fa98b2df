import type { Command, CommandInput } from '../domain/commands';
import { decide } from '../domain/decide';
import { type DomainError, isDomainError } from '../domain/errors';
import type { Network } from '../domain/network';
import type { DecideContext, Decided } from '../domain/outcome';
import { parseCommand } from '../domain/parse-command';
import type { Actor, NetworkType, OrgConfig, PersonRef, Track } from '../domain/types';

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

export function orgConfig(overrides: Partial<OrgConfig> = {}): OrgConfig {
  return {
    director: PEOPLE.director,
    consultants: [PEOPLE.consultant],
    forums: {
      directorsForum: { members: [PEOPLE.directorsForum], quorum: 1 },
      headsForum: { members: [PEOPLE.headsForum, PEOPLE.headsForum2], quorum: 1 },
      politicalCommittee: { members: [PEOPLE.politician], quorum: 1 },
      centralDepartmentHeads: { members: [PEOPLE.centralHead], quorum: 1 },
    },
    ...overrides,
  };
}

export function actor(persona: Persona | PersonRef, surface: Actor['surface'] = 'bot'): Actor {
  const p = typeof persona === 'string' ? PEOPLE[persona] : persona;
  return { ...p, surface };
}
export const SYSTEM: Actor = {
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
}

/** The routing table restated per persona: the oracle the tests check the domain's table against. */
export const TYPE_CASES: readonly TypeCase[] = [
  {
    type: 'innovation',
    track: 'political',
    recommender: 'directorsForum',
    decider: 'politician',
    briefer: 'leaderPersona',
  },
  {
    type: 'innovation',
    track: 'administrative',
    recommender: 'director',
    decider: 'directorsForum',
    briefer: 'leaderPersona',
  },
  { type: 'welfare', recommender: 'director', decider: 'headsForum', briefer: 'centralHead' },
  { type: 'learning', recommender: 'originator', decider: 'director', briefer: 'director' },
];

export const STAGES = [
  'idea',
  'recommended',
  'approved',
  'leaderNominated',
  'leaderAppointed',
  'participantsRecruited',
  'kickoffHeld',
  'active',
  'closingReflection',
  'closingWithDirector',
  'awaitingContinuationDecision',
  'closingMeeting',
  'awaitingPublication',
  'closed',
] as const;

const PHASE1 = { purpose: 'Helhed for borgeren', background: 'Mange specialister', parties: ['Netværksdirektør'] };
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

/** Drives a new network of a type through the real commands up to a stage; every step must succeed. */
export function networkAt(world: TestWorld, tc: TypeCase, stage: (typeof STAGES)[number], networkId = 'net1'): Network {
  const a = (p: Persona) => actor(p);
  const steps: [Persona | 'system', Parameters<TestWorld['run']>[2]][] = [
    [
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
    ],
    [tc.recommender, { type: 'recommendIdea', outcome: 'recommend' }],
    [tc.decider, { type: 'decideIdea', outcome: 'approve' }],
    ['director', { type: 'nominateLeader', person: PEOPLE.leader }],
    ['headsForum', { type: 'decideLeader', outcome: 'approve' }],
    ['participant', { type: 'respondToInvitation', participantId: '', accept: true }],
    ['leader', { type: 'holdKickoff', heldOn: '2026-02-10' }],
    ['leader', { type: 'signContractPhase', phase: 3 }],
    ['leader', { type: 'startClosingReflection' }],
    [
      'leader',
      {
        type: 'submitClosingRecommendation',
        continueNetwork: false,
        sameForm: false,
        sameParticipants: false,
        reasoning: 'Målet er nået',
      },
    ],
    ['director', { type: 'endorseClosingRecommendation', comment: 'Enig' }],
    [tc.decider, { type: 'decideContinuation', outcome: 'close' }],
    [
      'leader',
      {
        type: 'recordClosingMeeting',
        experiences: 'Vi lærte meget',
        recommendations: [{ text: 'Fast tværfagligt møde', path: { kind: 'lineOrganisation' } }],
      },
    ],
    ['director', { type: 'approvePublication', approvedRecommendationIds: [] }],
  ];
  let n: Network | null = null;
  const target = STAGES.indexOf(stage);
  for (let i = 0; i <= target; i++) {
    const [who, input] = steps[i]!;
    const current: Network | null = n;
    // Some steps need setup first: contract phases, invitations, stories.
    if (i === 5 && current) {
      let m = world.must(current, a('director'), { type: 'fillContractPhase1', fields: PHASE1 });
      m = world.must(m, a('director'), { type: 'signContractPhase', phase: 1 });
      m = world.must(m, a('leader'), { type: 'fillContractPhase2', fields: PHASE2 });
      m = world.must(m, a('leader'), { type: 'signContractPhase', phase: 2 });
      m = world.must(m, a('director'), { type: 'signContractPhase', phase: 2 });
      m = world.must(m, a('leader'), { type: 'inviteParticipant', person: PEOPLE.participant, role: 'participant' });
      const invitation = m.participants[0]!;
      m = world.must(m, a('participant'), { type: 'respondToInvitation', participantId: invitation.id, accept: true });
      n = world.must(m, a('leader'), { type: 'informHeadsForumOfComposition' });
      continue;
    }
    if (i === 7 && current) {
      n = world.must(
        world.must(current, a('leader'), { type: 'fillContractPhase3', fields: PHASE3 }),
        a('leader'),
        input,
      );
      continue;
    }
    if (i === 9 && current) {
      let m = world.must(current, a('participant'), { type: 'answerClosingReflection', ...CLOSING_ANSWER });
      m = world.must(m, a('participant'), {
        type: 'addStory',
        title: 'Sofies overgang',
        value: 'En plan',
        forWhom: 'Sofie og familien',
      });
      m = world.must(m, a('leader'), {
        type: 'addStory',
        title: 'Ny praksis',
        value: 'Færre møder',
        forWhom: 'Sagsbehandlerne',
      });
      n = world.must(m, a('leader'), input);
      continue;
    }
    if (i === 13 && current) {
      const ids = current.anchoring?.recommendations.map((r) => r.id) ?? [];
      n = world.must(current, a('director'), { type: 'approvePublication', approvedRecommendationIds: ids });
      continue;
    }
    n = world.must(current, who === 'system' ? SYSTEM : a(who), input);
  }
  if (!n) throw new Error('no stage');
  if (n.phase !== stage) throw new Error(`networkAt reached ${n.phase}, wanted ${stage}`);
  return n;
}

export const FIXTURE_INPUTS = { PHASE1, PHASE2, PHASE3, CLOSING_ANSWER };
