import { readFileSync } from 'node:fs';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import type { Network } from '@netvaerk/shared/domain/network';
import {
  type Actor,
  type DecisionRule,
  defaultForumConfig,
  emptyOrgConfig,
  FORUMS,
  type ForumConfig,
  type OrgConfig,
  type PersonRef,
} from '@netvaerk/shared/domain/types';
import type { Clock } from '@netvaerk/shared/domain/ports';
import type { Services } from '../composition';

/**
 * The seed's own clock: the services are composed with it, and the seed pins it to each step's date before running
 * the step, so the demo's history reads like a real one (ideas months before the period, approvals weeks later,
 * meetings on their dates). Unpinned it is the base clock: after the seed, and for the server, "now" is today.
 * A pinned date is never later than today (a machine whose clock is behind the demo's dates gets today instead).
 */
export interface SeedClock extends Clock {
  pin(at: Date | null): void;
}

export function seedClock(base: Clock): SeedClock {
  let pinned: Date | null = null;
  return {
    now: () => {
      const today = base.now();
      return pinned && pinned.getTime() < today.getTime() ? new Date(pinned) : today;
    },
    pin: (at) => {
      pinned = at;
    },
  };
}

const DAY = 86_400_000;
/** `days` after `from` (negative: before) at `hour` UTC, plus `minute` minutes to keep one day's steps in order. */
function dayOf(from: Date, days: number, hour: number, minute = 0): Date {
  const d = new Date(from.getTime() + days * DAY);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

interface DemoConfig {
  tenantId: string;
  people: { key: string; objectId: string; name: string; teamsId?: string }[];
  director: string;
  consultants: string[];
  forums: Record<
    (typeof FORUMS)[number],
    { members: string[]; quorum: number; rule?: DecisionRule; secretaries?: string[]; deadlineDays?: number }
  >;
  channels: Record<string, { id: string; name: string }>;
  personalChats: Record<string, string>;
  meetingChat: { id: string; name: string };
}

export function readDemoConfig(path: string): DemoConfig {
  return JSON.parse(readFileSync(path, 'utf8')) as DemoConfig;
}

/**
 * Loads the demo: the configuration and people (mapped onto the Agents Playground's users) and six networks
 * from the source documents' own examples, at different stages, with contracts, participants, meetings and
 * reflections. Every command has a fixed id, so running it again changes nothing. With the seed's clock (`seedClock`)
 * each step is stamped at its own date along the network's period instead of the moment the demo was loaded.
 */
export async function seedDemo(
  services: Services,
  demo: DemoConfig,
  serviceUrl: string,
  /** The clock the services were composed with; without it every step is stamped today (the old behaviour). */
  clock?: SeedClock,
): Promise<{ networks: number; commands: number }> {
  const at = (when: Date) => clock?.pin(when);
  clock?.pin(null);
  // Networks still waiting for someone are dated back from today, so what waits is recent (inside its deadline).
  const today = clock?.now() ?? new Date();
  try {
    return await seedSteps(services, demo, serviceUrl, at, today);
  } finally {
    clock?.pin(null);
  }
}

async function seedSteps(
  services: Services,
  demo: DemoConfig,
  serviceUrl: string,
  at: (when: Date) => void,
  today: Date,
): Promise<{ networks: number; commands: number }> {
  const person = (key: string): PersonRef => {
    const p = demo.people.find((x) => x.key === key);
    if (!p) throw new Error(`demo person ${key} is not in the demo configuration`);
    return { tenantId: demo.tenantId, objectId: p.objectId, name: p.name };
  };
  const actor = (key: string): Actor => ({ ...person(key), surface: 'seed' });

  for (const p of demo.people) {
    await services.directory.rememberPerson({
      ...person(p.key),
      teamsId: p.teamsId ?? '',
      serviceUrl: p.teamsId ? serviceUrl : '',
      locale: 'da-DK',
      personalConversationId: demo.personalChats[p.key] ?? '',
    });
  }
  for (const channel of [...Object.values(demo.channels), demo.meetingChat]) {
    await services.directory.rememberConversation({
      conversationId: channel.id,
      name: channel.name,
      serviceUrl,
      tenantId: demo.tenantId,
      conversationType: channel.id.includes('meeting_') ? 'groupChat' : 'channel',
      teamId: '',
    });
  }
  const { etag } = await services.config.load();
  if (!etag) {
    const config: OrgConfig = {
      ...emptyOrgConfig(),
      director: person(demo.director),
      consultants: demo.consultants.map(person),
      forums: Object.fromEntries(
        FORUMS.map((f) => {
          const d = demo.forums[f];
          const forum: ForumConfig = {
            ...defaultForumConfig(f),
            members: d.members.map(person),
            quorum: d.quorum,
            ...(d.rule ? { rule: d.rule } : {}),
            secretaries: (d.secretaries ?? []).map(person),
            ...(d.deadlineDays ? { deadlineDays: d.deadlineDays } : {}),
          };
          return [f, forum];
        }),
      ) as OrgConfig['forums'],
      channels: Object.fromEntries(Object.entries(demo.channels).map(([k, v]) => [k, v.id])),
    };
    await services.config.save(config, null);
  }

  let commands = 0;
  const run = async (networkId: string, n: number, who: string, input: Record<string, unknown>): Promise<Network> => {
    commands++;
    const result = await services.service.execute(
      { ...input, networkId, commandId: `seed-${networkId}-${n}` },
      actor(who),
    );
    if (isDomainError(result))
      throw new Error(
        `seed ${networkId} step ${n} (${String(input.type)}): ${result.code} ${JSON.stringify(result.params)}`,
      );
    return result.network;
  };
  const participantId = (n: Network, key: string) =>
    n.participants.find((p) => p.kind === 'internal' && p.person.objectId === person(key).objectId)!.id;

  /** Idea → approved → leader → participants → kick-off → contract signed → active, for one network. */
  const toActive = async (
    id: string,
    idea: Record<string, unknown>,
    deciders: { recommender: string; decider: string; parties: [string, string] },
    leader: string,
    members: string[],
    contract: { purpose: string; background: string; start: string; end: string; goal: string },
  ) => {
    // The steps along the period's real dates: the idea about four months before the start, the decision weeks
    // later, the leader and the contract over the summer, the invitations a month before, the kick-off on the day.
    const start = new Date(`${contract.start}T00:00:00.000Z`);
    const on = (days: number, hour: number, minute = 0) => at(dayOf(start, days, hour, minute));
    let step = 0;
    on(-120, 9);
    await run(id, ++step, 'ole', { type: 'submitIdea', ...idea });
    on(-111, 10);
    await run(id, ++step, deciders.recommender, {
      type: 'recommendIdea',
      outcome: 'recommend',
      reason: 'Et tydeligt behov på tværs af områderne',
    });
    on(-97, 13);
    await run(id, ++step, deciders.decider, { type: 'decideIdea', outcome: 'approve' });
    on(-90, 11);
    await run(id, ++step, 'karl', {
      type: 'fillContractPhase1',
      fields: { purpose: contract.purpose, background: contract.background },
    });
    // The routing table's parties acknowledge phase 1, each for itself (never the director for both sides).
    for (const [i, party] of deciders.parties.entries()) {
      on(-88 + i, 9);
      await run(id, ++step, party, { type: 'signContractPhase', phase: 1 });
    }
    on(-80, 14);
    await run(id, ++step, 'pia', { type: 'expressInterest', motivation: 'Jeg kender området godt' });
    on(-72, 10);
    await run(id, ++step, 'dorthe', { type: 'nominateLeader', person: person(leader) });
    on(-65, 13);
    await run(id, ++step, 'claus', { type: 'decideLeader', outcome: 'approve' });
    on(-45, 10);
    await run(id, ++step, leader, {
      type: 'fillContractPhase2',
      fields: {
        startDate: contract.start,
        endDate: contract.end,
        frame: 'Otte møder à tre timer; netværket mødes på skift hos deltagerne',
        mandate: 'Netværkslederen disponerer over deltagernes tid til møderne og kan invitere gæster',
        processCriteria: 'Alle perspektiver bliver hørt, og deltagerne oplever relationel koordinering',
        productCriteria: 'En ny, fælles praksis er afprøvet',
      },
    });
    on(-42, 9);
    await run(id, ++step, leader, { type: 'signContractPhase', phase: 2 });
    on(-40, 11);
    let n = await run(id, ++step, 'dorthe', { type: 'signContractPhase', phase: 2 });
    for (const [i, m] of members.entries()) {
      on(-33, 10, i * 5);
      n = await run(id, ++step, leader, { type: 'inviteParticipant', person: person(m), role: 'participant' });
    }
    for (const [i, m] of members.entries()) {
      on(-31 + i, 8 + i);
      n = await run(id, ++step, m, { type: 'respondToInvitation', participantId: participantId(n, m), accept: true });
    }
    on(-24, 12);
    await run(id, ++step, leader, {
      type: 'addExternalParticipant',
      name: 'Sanne Ekstern',
      organisation: 'Region Hovedstaden',
      email: 'sanne@regionh.example',
      role: 'guest',
      guestUntil: contract.end,
    });
    on(-21, 9);
    await run(id, ++step, leader, { type: 'informHeadsForumOfComposition' });
    on(0, 15);
    await run(id, ++step, leader, { type: 'holdKickoff', heldOn: contract.start });
    on(2, 10);
    await run(id, ++step, leader, {
      type: 'fillContractPhase3',
      fields: {
        understoodPurpose: contract.purpose,
        goal: contract.goal,
        workingForm: 'Faciliterede møder med skiftende form',
        meetingCadence: 'Hver tredje uge',
        groundRules: 'Vi lytter, vi deler, og vi tager det med hjem',
        tasks: 'Kortlægning, afprøvning, opsamling',
      },
    });
    on(3, 9);
    await run(id, ++step, leader, { type: 'signContractPhase', phase: 3 });
    on(3, 9, 10);
    await run(id, ++step, leader, { type: 'updateSettings', channelId: null });
    return step;
  };

  /** A meeting with its reflection answered by some participants and closed (or left open). */
  const meeting = async (
    id: string,
    startStep: number,
    meetingNo: number,
    leader: string,
    answers: [string, number, number, boolean, string][],
    close: boolean,
    /** The meeting's date (it ends at 15:00 UTC, answers come that afternoon, the reflection closes two days later). */
    date: string,
    /** What the meeting was about, in its title ("Netværksmøde 2: …"). */
    topic: string,
  ) => {
    let step = startStep;
    const meetingId = `demo-${id}-${meetingNo}`;
    const day = new Date(`${date}T00:00:00.000Z`);
    at(dayOf(day, 0, 12));
    await run(id, ++step, leader, {
      type: 'linkMeeting',
      meetingId,
      title: `Netværksmøde ${meetingNo}: ${topic}`,
      chatId: demo.meetingChat.id,
    });
    at(dayOf(day, 0, 15));
    await run(id, ++step, leader, { type: 'endMeeting', meetingId });
    for (const [i, [who, value, workingWell, changeForm, comment]] of answers.entries()) {
      at(dayOf(day, 0, 15, 4 + i * 7));
      await run(id, ++step, who, {
        type: 'answerReflection',
        meetingId,
        value,
        workingWell,
        changeForm,
        valueComment: comment,
        suggestion: changeForm ? 'Prøv et walk-and-talk-møde' : '',
      });
    }
    at(dayOf(day, 2, 9));
    if (close) await run(id, ++step, leader, { type: 'closeReflection', meetingId });
    return step;
  };

  // 1. Welfare, active, with meetings and reflections: the young person with a brain injury, child to adult.
  let s = await toActive(
    'hjerneskade',
    {
      name: 'Ung med hjerneskade: fra barn til voksen',
      networkType: 'welfare',
      purpose: 'Helhed og sammenhæng i livet for den unge med hjerneskade, når mange specialister er involveret',
      background:
        'Sundhed, pleje, arbejdsmarked, skole, uddannelse og træning arbejder hver for sig, når den unge går fra barn til voksen',
      originatorGroup: 'Sundhed og Omsorg',
    },
    { recommender: 'dorthe', decider: 'claus', parties: ['dorthe', 'claus'] },
    'lene',
    ['pia', 'mette', 'jonas', 'aisha'],
    {
      purpose: 'Helhed og sammenhæng for den unge',
      background: 'Mange specialister omkring én borger',
      start: '2026-09-01',
      end: '2027-06-30',
      goal: 'Én fælles plan for hver ung, som alle arbejder efter',
    },
  );
  s = await meeting(
    'hjerneskade',
    s,
    1,
    'lene',
    [
      ['pia', 4, 3, false, 'Godt at høre jobcentrets vinkel'],
      ['mette', 5, 4, false, ''],
      ['jonas', 3, 3, true, 'For lidt tid til casen'],
    ],
    true,
    '2026-09-22',
    'Hvem er den unge, og hvem kender hende?',
  );
  s = await meeting(
    'hjerneskade',
    s,
    2,
    'lene',
    [
      ['pia', 5, 4, false, 'Casen gav os et fælles sprog'],
      ['mette', 4, 5, false, ''],
      ['jonas', 4, 4, false, ''],
      ['aisha', 5, 4, false, 'Endelig taler vi sammen'],
    ],
    true,
    '2026-10-13',
    'Casen om overgangen til voksenhandicap',
  );
  // What the second meeting decided, for the next meeting's side panel (a step number of its own: later steps keep theirs).
  at(dayOf(new Date('2026-10-13T00:00:00.000Z'), 0, 15, 40));
  await run('hjerneskade', 900, 'lene', {
    type: 'writeMeetingNotes',
    meetingId: 'demo-hjerneskade-2',
    agenda: '1. Nyt fra skolerne\n2. Casen: overgangen til voksenhandicap\n3. Refleksion',
    decisions: 'Pia og Jonas laver et udkast til den fælles plan.\nMette spørger jobcentret om et praktikforløb.',
  });

  // 2. Welfare, leader nominated, waiting for the heads' forum.
  at(dayOf(today, -40, 9));
  await run('indlaeggelser', 1, 'ole', {
    type: 'submitIdea',
    name: 'Forebyggelse af indlæggelser og opsporing af tidlig sygdom',
    networkType: 'welfare',
    purpose: 'Færre indlæggelser gennem tidlig opsporing hos ældre borgere',
    background: 'Hjemmeplejen ser tegnene først, men viden når ikke frem i tide',
    originatorGroup: 'Hjemmeplejen',
  });
  at(dayOf(today, -33, 10));
  await run('indlaeggelser', 2, 'dorthe', { type: 'recommendIdea', outcome: 'recommend' });
  at(dayOf(today, -26, 13));
  await run('indlaeggelser', 3, 'claus', { type: 'decideIdea', outcome: 'approve' });
  at(dayOf(today, -12, 11));
  await run('indlaeggelser', 4, 'bo', { type: 'expressInterest', motivation: 'Jeg har arbejdet med tidlig opsporing' });
  at(dayOf(today, -2, 10));
  await run('indlaeggelser', 5, 'dorthe', { type: 'nominateLeader', person: person('bo') });

  // 3. Innovation, political track, recommended by the directors' forum, waiting for the political committee,
  //    which decides in its meeting: its secretary records the outcome with the meeting's date.
  at(dayOf(today, -30, 9));
  await run('campus', 1, 'ole', {
    type: 'submitIdea',
    name: 'Campus Albertslund',
    networkType: 'innovation',
    track: 'political',
    purpose: 'Et campus, hvor uddannelse, erhverv og fritid mødes',
    background: 'Den politiske vision for bymidten',
    originatorGroup: 'By, Kultur og Miljø',
  });
  at(dayOf(today, -3, 13));
  await run('campus', 2, 'claus', { type: 'recommendIdea', outcome: 'recommend', reason: 'Direktørforum anbefaler' });

  // 4. Innovation, administrative track, active, anonymous reflections.
  s = await toActive(
    'boernefamilier',
    {
      name: '500 nye børnefamilier til Albertslund',
      networkType: 'innovation',
      track: 'administrative',
      purpose: 'Tiltrække 500 nye børnefamilier',
      background: 'Befolkningsudviklingen og skolernes kapacitet',
      originatorGroup: 'Direktionen',
    },
    { recommender: 'dorthe', decider: 'claus', parties: ['dorthe', 'claus'] },
    'pia',
    ['mette', 'jonas', 'bo'],
    {
      purpose: 'Tiltrække 500 nye børnefamilier',
      background: 'Befolkningsudviklingen',
      start: '2026-10-01',
      end: '2027-09-30',
      goal: 'En samlet fortælling om Albertslund som familieby',
    },
  );
  at(dayOf(new Date('2026-10-01T00:00:00.000Z'), 3, 9, 20));
  await run('boernefamilier', ++s, 'pia', { type: 'updateSettings', anonymousReflections: true });
  s = await meeting(
    'boernefamilier',
    s,
    1,
    'pia',
    [
      ['mette', 4, 4, false, 'Gode idéer'],
      ['jonas', 3, 2, true, 'Vi mangler boligselskaberne'],
      ['bo', 4, 3, false, ''],
    ],
    true,
    '2026-10-27',
    'Hvorfor flytter familier hertil?',
  );

  // 5. Learning network, approved, waiting for the director to nominate a leader.
  at(dayOf(today, -35, 9));
  await run('procesledere', 1, 'ole', {
    type: 'submitIdea',
    name: 'Netværk for projekt- og procesledere',
    networkType: 'learning',
    purpose: 'Sparring og videndeling mellem projekt- og procesledere',
    background: 'Mange leder projekter alene',
    originatorGroup: 'Projektledere i Albertslund',
  });
  at(dayOf(today, -28, 10));
  await run('procesledere', 2, 'ole', { type: 'recommendIdea', outcome: 'recommend' });
  at(dayOf(today, -20, 13));
  await run('procesledere', 3, 'dorthe', { type: 'decideIdea', outcome: 'approve' });
  at(dayOf(today, -6, 11));
  await run('procesledere', 4, 'lene', { type: 'expressInterest', motivation: 'Jeg vil gerne facilitere' });

  // 6. Closed, with stories and published recommendations: Morbærhaven.
  s = await toActive(
    'morbaerhaven',
    {
      name: 'Morbærhaven: et godt sted at bo',
      networkType: 'welfare',
      purpose: 'Tryghed og trivsel i Morbærhaven',
      background: 'Boligsociale udfordringer på tværs af områder',
      originatorGroup: 'Boligsocialt team',
    },
    { recommender: 'dorthe', decider: 'claus', parties: ['dorthe', 'claus'] },
    'lene',
    ['aisha', 'bo'],
    {
      purpose: 'Tryghed og trivsel i Morbærhaven',
      background: 'Boligsociale udfordringer',
      start: '2026-01-05',
      end: '2026-12-31',
      goal: 'Beboerne oplever én indgang til kommunen',
    },
  );
  // The closing along the autumn: the closing reflection, the stories, the recommendation and its decision.
  at(new Date('2026-10-20T09:00:00.000Z'));
  const m = await run('morbaerhaven', ++s, 'lene', { type: 'startClosingReflection' });
  void m;
  at(new Date('2026-10-22T14:00:00.000Z'));
  await run('morbaerhaven', ++s, 'aisha', {
    type: 'answerClosingReflection',
    howWeWorked: 'Tæt med beboerne',
    satisfaction: 5,
    ownContribution: 'Jobcentrets kontakter',
    goalProgress: [{ goal: 'Én indgang', progress: 'Beboerrådgivningen er etableret' }],
    whatBecameDifferent: 'Beboerne ved, hvor de skal gå hen',
    howItWasCreated: 'Fælles kontordag i beboerhuset',
    whereItCanBeSeen: 'I beboerhuset hver tirsdag',
    successAssessment: 'Lykkedes',
  });
  at(new Date('2026-10-28T10:00:00.000Z'));
  await run('morbaerhaven', ++s, 'aisha', {
    type: 'addStory',
    title: 'Tirsdage i beboerhuset',
    value: 'Familier fik hjælp samme dag i stedet for efter tre henvisninger',
    forWhom: 'Børnefamilierne i Morbærhaven',
  });
  at(new Date('2026-10-29T11:00:00.000Z'));
  await run('morbaerhaven', ++s, 'lene', {
    type: 'addStory',
    title: 'Fra tre sagsbehandlere til én samtale',
    value: 'Medarbejderne lærte hinandens tilbud at kende',
    forWhom: 'Medarbejderne på tværs af områderne',
  });
  at(new Date('2026-11-03T10:00:00.000Z'));
  await run('morbaerhaven', ++s, 'lene', {
    type: 'submitClosingRecommendation',
    continueNetwork: false,
    sameForm: false,
    sameParticipants: false,
    reasoning: 'Praksissen er forankret i driften',
  });
  at(new Date('2026-11-06T13:00:00.000Z'));
  await run('morbaerhaven', ++s, 'dorthe', {
    type: 'endorseClosingRecommendation',
    comment: 'Vi indstiller lukning og forankring i linjen',
  });
  at(new Date('2026-11-12T14:00:00.000Z'));
  await run('morbaerhaven', ++s, 'claus', { type: 'decideContinuation', outcome: 'close' });
  at(new Date('2026-11-19T15:00:00.000Z'));
  const closing = await run('morbaerhaven', ++s, 'lene', {
    type: 'recordClosingMeeting',
    experiences: 'En fast fælles kontordag skaber tillid',
    recommendations: [
      { text: 'Fast tværfaglig kontordag i beboerhuset', path: { kind: 'lineOrganisation' } },
      { text: 'Boligsocial koordinator på fast basis', path: { kind: 'decidingBody', body: 'municipalCouncil' } },
    ],
  });
  at(new Date('2026-11-24T10:00:00.000Z'));
  await run('morbaerhaven', ++s, 'dorthe', {
    type: 'approvePublication',
    approvedRecommendationIds: closing.anchoring?.recommendations.map((r) => r.id) ?? [],
  });

  return { networks: 6, commands };
}
