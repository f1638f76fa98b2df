import type { CommandType } from './commands';
import { isDomainError } from './errors';
import { PHASE_SPECS } from './lifecycle';
import type { Network } from './network';
import {
  actor,
  networkAt,
  PEOPLE,
  type Persona,
  STAGES,
  TestWorld,
  type TypeCase,
  TYPE_CASES,
} from '../testing/domain-fixtures';
import { FIXTURE_INPUTS } from '../testing/domain-fixtures';

type Who = readonly Persona[] | 'anyone';
const headsForum: Persona[] = ['headsForum', 'headsForum2'];
const asPersonas = (p: Persona): Persona[] => (p === 'headsForum' ? headsForum : [p]);

/**
 * Who may issue each command, restated independently of the domain's own permission table, with the routing
 * table's columns taken from TYPE_CASES. `leader` and `participant` count only once the network has them.
 */
const ORACLE: Record<CommandType, (tc: TypeCase) => Who> = {
  submitIdea: () => 'anyone',
  withdrawIdea: () => ['originator'],
  assignTrack: () => ['director', 'consultant'],
  recommendIdea: (tc) => asPersonas(tc.recommender),
  decideIdea: (tc) => asPersonas(tc.decider),
  briefHeadsForum: (tc) => (tc.briefer === 'leaderPersona' ? ['leader'] : asPersonas(tc.briefer)),
  fillContractPhase1: () => ['director', 'consultant'],
  fillContractPhase2: () => ['leader', 'director', 'consultant'],
  fillContractPhase3: () => ['leader'],
  // The sample signs phase 1: the routing table's parties, as TYPE_CASES restates them.
  signContractPhase: (tc) => tc.contractParties.flatMap(asPersonas),
  expressInterest: () => 'anyone',
  nominateLeader: () => ['director'],
  decideLeader: () => headsForum,
  inviteParticipant: () => ['leader', 'director', 'consultant'],
  addExternalParticipant: () => ['leader', 'director', 'consultant'],
  respondToInvitation: () => 'anyone',
  removeParticipant: () => ['leader', 'director', 'consultant'],
  informHeadsForumOfComposition: () => ['leader', 'director'],
  holdKickoff: () => ['leader'],
  updateSettings: () => ['leader', 'director'],
  linkMeeting: () => ['leader', 'director', 'consultant', 'participant'],
  noteMeetingStarted: () => ['leader'],
  endMeeting: () => ['leader'],
  startReflection: () => ['leader'],
  writeMeetingNotes: () => ['leader'],
  recordAttendance: () => [],
  remindNonResponders: () => [],
  answerReflection: () => 'anyone',
  closeReflection: () => ['leader'],
  startClosingReflection: () => ['leader'],
  answerClosingReflection: () => ['leader', 'participant'],
  addStory: () => ['leader', 'participant'],
  submitClosingRecommendation: () => ['leader', 'director'],
  endorseClosingRecommendation: () => ['director'],
  decideContinuation: (tc) => asPersonas(tc.continuationDecider),
  recordClosingMeeting: () => ['leader'],
  approvePublication: () => ['director'],
  recordAnchoringOutcome: () => ['director'],
  recordEndReminder: () => [],
  noteDecisionDeadline: () => [],
};

/** A valid input per command: the matrix is about phase and role, not about payloads. */
const SAMPLES: Record<Exclude<CommandType, 'submitIdea'>, Record<string, unknown>> = {
  withdrawIdea: {},
  assignTrack: { track: 'political' },
  recommendIdea: { outcome: 'recommend' },
  decideIdea: { outcome: 'approve', meetingDate: '2026-01-05' },
  briefHeadsForum: {},
  fillContractPhase1: { fields: FIXTURE_INPUTS.PHASE1 },
  fillContractPhase2: { fields: FIXTURE_INPUTS.PHASE2 },
  fillContractPhase3: { fields: FIXTURE_INPUTS.PHASE3 },
  signContractPhase: { phase: 1, meetingDate: '2026-01-05' },
  expressInterest: {},
  nominateLeader: { person: PEOPLE.leader },
  decideLeader: { outcome: 'approve' },
  inviteParticipant: { person: PEOPLE.participant2, role: 'participant' },
  addExternalParticipant: {
    name: 'Eva Ekstern',
    organisation: 'Region H',
    email: 'eva@example.org',
    role: 'participant',
  },
  respondToInvitation: { participantId: 'p1', accept: true },
  removeParticipant: { participantId: 'p1' },
  informHeadsForumOfComposition: {},
  holdKickoff: { heldOn: '2026-02-10' },
  updateSettings: { anonymousReflections: true },
  linkMeeting: { meetingId: 'm1', title: 'Møde 1' },
  noteMeetingStarted: { meetingId: 'm1' },
  endMeeting: { meetingId: 'm1' },
  startReflection: { meetingId: 'm1' },
  writeMeetingNotes: { meetingId: 'm1', agenda: 'Punkt 1' },
  recordAttendance: { meetingId: 'm1', joined: [] },
  remindNonResponders: { meetingId: 'm1', count: 0 },
  answerReflection: { meetingId: 'm1', value: 4, workingWell: 4, changeForm: false },
  closeReflection: { meetingId: 'm1' },
  startClosingReflection: {},
  answerClosingReflection: FIXTURE_INPUTS.CLOSING_ANSWER,
  addStory: { title: 'T', value: 'V', forWhom: 'F' },
  submitClosingRecommendation: { continueNetwork: true, sameForm: true, sameParticipants: true, reasoning: 'R' },
  endorseClosingRecommendation: { comment: 'Enig' },
  decideContinuation: { outcome: 'close', meetingDate: '2026-01-05' },
  recordClosingMeeting: { experiences: 'E', recommendations: [{ text: 'A', path: { kind: 'lineOrganisation' } }] },
  approvePublication: { approvedRecommendationIds: [] },
  recordAnchoringOutcome: { recommendationId: 'r1', outcome: 'Vedtaget', meetingDate: '2026-01-04' },
  recordEndReminder: { daysBefore: 60 },
  noteDecisionDeadline: { decision: 'idea', since: '2026-01-01T00:00:00.000Z', step: 'reminder' },
};

function mayAct(who: Who, persona: Persona, network: Network): boolean {
  if (who === 'anyone') return true;
  if (persona === 'leader' && !network.leader) return false;
  if (persona === 'participant' && !network.participants.some((p) => p.status === 'accepted')) return false;
  return who.includes(persona);
}

const personas = Object.keys(PEOPLE) as Persona[];
const DECIDED_ONCE: Partial<Record<CommandType, number>> = {
  recommendIdea: STAGES.indexOf('recommended'),
  decideIdea: STAGES.indexOf('approved'),
  decideLeader: STAGES.indexOf('leaderAppointed'),
  decideContinuation: STAGES.indexOf('closingMeeting'),
};

describe('phase × command × role, for every type and track', () => {
  for (const tc of TYPE_CASES) {
    describe(tc.track ? `${tc.type}/${tc.track}` : tc.type, () => {
      for (const stage of STAGES) {
        it(`in ${stage}`, () => {
          const base = networkAt(new TestWorld(), tc, stage);
          let checked = 0;
          for (const [type, sample] of Object.entries(SAMPLES) as [
            Exclude<CommandType, 'submitIdea'>,
            Record<string, unknown>,
          ][]) {
            for (const persona of personas) {
              const result = new TestWorld().run(base, actor(persona), { type, ...sample } as never);
              const code = isDomainError(result) ? result.code : 'ok';
              const inPhase = PHASE_SPECS[stage].commands.includes(type);
              const decidedFrom = DECIDED_ONCE[type];
              if (!inPhase) {
                const expected =
                  decidedFrom !== undefined && STAGES.indexOf(stage) >= decidedFrom
                    ? 'NETWORK.ALREADY_DECIDED'
                    : 'NETWORK.WRONG_PHASE';
                expect({ type, persona, code }).toEqual({ type, persona, code: expected });
              } else if (!mayAct(ORACLE[type](tc), persona, base)) {
                expect({ type, persona, code }).toEqual({ type, persona, code: 'NETWORK.FORBIDDEN' });
              } else {
                expect({ type, persona, code }).not.toEqual(
                  expect.objectContaining({ code: expect.stringMatching(/FORBIDDEN|WRONG_PHASE|ALREADY_DECIDED/) }),
                );
              }
              checked++;
            }
          }
          expect(checked).toBe(Object.keys(SAMPLES).length * personas.length);
        });
      }
    });
  }

  it('lets the server itself end meetings and start the closing reflection, and nobody else send reminders', () => {
    const world = new TestWorld();
    const active = networkAt(world, TYPE_CASES[2]!, 'active');
    expect(isDomainError(world.run(active, actor('director'), { type: 'recordEndReminder', daysBefore: 60 }))).toBe(
      true,
    );
  });
});
