import fc from 'fast-check';
import type { CommandType } from './commands';
import { decide } from './decide';
import { isDomainError } from './errors';
import { LEADING_PHASES, PHASE_SPECS } from './lifecycle';
import { isAllowed, permissionFor } from './permissions';
import { rolesOf } from './roles';
import { type Network, PHASES } from './network';
import { addMonths } from './period';
import { parseCommand } from './parse-command';
import {
  actor,
  FIXTURE_INPUTS,
  networkAt,
  PEOPLE,
  type Persona,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';
import { personKey, type PersonRef } from './types';

const LEADERS: PersonRef[] = [PEOPLE.leader, PEOPLE.participant2];
const PERSONAS = Object.keys(PEOPLE) as Persona[];

/** A payload for a command, varied by a seed so sequences explore different paths. */
function payload(type: CommandType, seed: number, network: Network): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[seed % xs.length]!;
  const meetingId = `m${seed % 3}`;
  switch (type) {
    case 'assignTrack':
      return { track: pick(['political', 'administrative']) };
    case 'recommendIdea':
      return { outcome: seed % 8 === 0 ? 'reject' : 'recommend' };
    case 'decideIdea':
    case 'decideLeader':
      return { outcome: seed % 8 === 0 ? 'reject' : 'approve' };
    // Mostly an invalid payload (skipped), so that sequences don't end at the idea too often.
    case 'withdrawIdea':
      return seed % 6 === 0 ? {} : { reason: 'x'.repeat(5000) };
    case 'fillContractPhase1':
      return { fields: FIXTURE_INPUTS.PHASE1 };
    case 'fillContractPhase2':
      return { fields: { ...FIXTURE_INPUTS.PHASE2, endDate: pick(['2026-10-31', '2027-01-31', '2027-03-01']) } };
    case 'fillContractPhase3':
      return { fields: FIXTURE_INPUTS.PHASE3 };
    case 'signContractPhase': {
      const unsigned = network.contract.find((c) => !c.locked);
      return { phase: unsigned && seed % 4 !== 0 ? unsigned.phase : (seed % 3) + 1 };
    }
    case 'nominateLeader':
      return {
        person: seed % 5 === 0 ? LEADERS[1] : LEADERS[0],
        ...(seed % 4 === 0 ? { overrideReason: 'Særlige kompetencer' } : {}),
      };
    case 'inviteParticipant':
      return { person: pick([PEOPLE.participant, PEOPLE.participant2, PEOPLE.outsider]), role: 'participant' };
    case 'addExternalParticipant':
      return { name: 'Eva', organisation: 'Region', email: `eva${seed % 2}@example.org`, role: 'participant' };
    case 'respondToInvitation':
      return {
        participantId: network.participants[seed % Math.max(1, network.participants.length)]?.id ?? 'none',
        accept: seed % 3 !== 0,
      };
    case 'removeParticipant':
      return { participantId: network.participants[seed % Math.max(1, network.participants.length)]?.id ?? 'none' };
    case 'holdKickoff':
      return { heldOn: '2026-02-10' };
    case 'updateSettings':
      return { anonymousReflections: seed % 2 === 0 };
    case 'linkMeeting':
      return { meetingId, title: 'Møde' };
    case 'endMeeting':
    case 'closeReflection':
      return { meetingId };
    case 'answerReflection':
      return { meetingId, value: (seed % 5) + 1, workingWell: ((seed >> 2) % 5) + 1, changeForm: seed % 2 === 0 };
    case 'answerClosingReflection':
      return FIXTURE_INPUTS.CLOSING_ANSWER;
    case 'addStory':
      return { title: 'Historie', value: 'Værdi', forWhom: 'Borgerne' };
    case 'submitClosingRecommendation':
      return { continueNetwork: seed % 2 === 0, sameForm: true, sameParticipants: true, reasoning: 'r' };
    case 'endorseClosingRecommendation':
      return { comment: 'Enig' };
    case 'decideContinuation':
      return seed % 2 === 0
        ? { outcome: 'close' }
        : {
            outcome: 'extend',
            newEndDate: pick(['2026-12-31', '2027-06-30']),
            evaluation: {
              stillMakesSense: 'a',
              achievingGoals: 'b',
              rightParticipants: 'c',
              resourcesUsedWell: 'd',
              adjustments: 'e',
            },
          };
    case 'recordClosingMeeting':
      return { experiences: 'E', recommendations: [{ text: 'A', path: { kind: 'lineOrganisation' } }] };
    case 'approvePublication':
      return { approvedRecommendationIds: network.anchoring?.recommendations.map((r) => r.id) ?? [] };
    case 'recordEndReminder':
      return { daysBefore: pick([60, 14]) };
    default:
      return {};
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function leaderLoad(world: Network[], except: string, person: PersonRef | undefined): number {
  if (!person) return 0;
  return world.filter(
    (n) => n.id !== except && n.leader && personKey(n.leader) === personKey(person) && LEADING_PHASES.has(n.phase),
  ).length;
}

function checkInvariants(networks: Network[]): void {
  for (const n of networks) {
    expect(PHASES).toContain(n.phase);
    for (const c of n.contract.filter((v) => v.locked && v.phase > 1)) {
      expect(n.contract.some((p) => p.phase === c.phase - 1 && p.locked)).toBe(true);
    }
    if (n.period && n.extensions.length === 0) {
      expect(n.period.endDate <= addMonths(n.period.startDate, 12)).toBe(true);
    }
    expect((n.closing?.stories.length ?? 0) <= 3).toBe(true);
    if (LEADING_PHASES.has(n.phase)) expect(n.leader).not.toBeNull();
  }
  for (const leader of LEADERS) {
    const led = networks.filter(
      (n) => n.leader && personKey(n.leader) === personKey(leader) && LEADING_PHASES.has(n.phase),
    );
    if (led.length > 2) expect(led.some((n) => n.nomination?.override)).toBe(true);
  }
}

describe('random command sequences', () => {
  it('never reach an invalid state or break an invariant', () => {
    const reached = new Set<string>();
    const step = fc.record({
      net: fc.nat(TYPE_CASES.length + 1),
      who: fc.nat(PERSONAS.length + 1),
      cmd: fc.nat(40),
      seed: fc.nat(1000),
      tick: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 100, maxLength: 500 }), (steps) => {
        const world = new TestWorld();
        // Four new ideas, and two networks further on (both led by the same leader), so that sequences reach
        // every part of the lifecycle.
        let networks: Network[] = [
          ...TYPE_CASES.map((tc, i) =>
            world.must(null, actor('originator'), {
              networkId: `net${i}`,
              type: 'submitIdea',
              name: `N${i}`,
              networkType: tc.type,
              track: tc.track,
              purpose: 'p',
              background: 'b',
            }),
          ),
          networkAt(world, TYPE_CASES[2]!, 'participantsRecruited', 'net4'),
          networkAt(world, TYPE_CASES[3]!, 'active', 'net5'),
        ];
        for (const s of steps) {
          world.now = new Date(world.now.getTime() + s.tick * 86_400_000);
          const network = deepFreeze(networks[s.net]!);
          const allowed = PHASE_SPECS[network.phase].commands;
          const type = allowed.length > 0 ? allowed[s.cmd % allowed.length]! : 'withdrawIdea';
          const parsed = parseCommand({
            type,
            commandId: world.nextCommandId(),
            networkId: network.id,
            ...payload(type, s.seed, network),
          });
          if (isDomainError(parsed)) continue;
          // Mostly someone allowed to act, so sequences get deep into the lifecycle; sometimes anyone at all.
          const permitted = PERSONAS.filter((p) => {
            const permission = permissionFor(network, parsed);
            return permission && isAllowed(permission, rolesOf(actor(p), world.config, network));
          });
          const who =
            s.who >= PERSONAS.length
              ? { ...actor('director'), isSystem: true, surface: 'system' as const }
              : actor(
                  s.who % 3 !== 0 && permitted.length > 0 ? permitted[s.seed % permitted.length]! : PERSONAS[s.who]!,
                );
          const nominee =
            type === 'nominateLeader' ? (parsed as { person: PersonRef }).person : network.nomination?.person;
          const result = decide(network, parsed, {
            ...world.context(who),
            leaderLoad: leaderLoad(networks, network.id, nominee),
          });
          if (isDomainError(result)) continue;
          expect(result.network.version).toBe(network.version + (result.networkChanged ? 1 : 0));
          networks = networks.map((n) => (n.id === network.id ? result.network : n));
          checkInvariants(networks);
          reached.add(result.network.phase);
          if (result.network.nomination?.override) reached.add('override');
        }
      }),
      { numRuns: 100 },
    );
    // The sequences must actually explore the lifecycle, or the invariants above were checked on nothing.
    expect([...reached]).toEqual(
      expect.arrayContaining(['approved', 'leaderAppointed', 'active', 'closingReflection', 'override']),
    );
  });
});
