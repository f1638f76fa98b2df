import { decisionLog } from './decision-log';
import { isDomainError } from './errors';
import type { Network } from './network';
import type { DomainEvent } from './outcome';
import {
  actor,
  FIXTURE_INPUTS,
  networkAt,
  PEOPLE,
  type Persona,
  type TestCommandInput,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';

const WELFARE = TYPE_CASES.find((tc) => tc.type === 'welfare')!;
const { EVALUATION } = FIXTURE_INPUTS;

/** Runs commands an hour apart (the test clock stands still otherwise), keeping the audit events they write. */
class Script {
  readonly world = new TestWorld();
  readonly audit: DomainEvent[] = [];
  n: Network;
  private constructor(stage: Parameters<typeof networkAt>[2]) {
    this.n = networkAt(this.world, WELFARE, stage);
  }
  static at(stage: Parameters<typeof networkAt>[2]): Script {
    return new Script(stage);
  }
  run(who: Persona, input: TestCommandInput, leaderLoad = 0): this {
    this.world.now = new Date(this.world.now.getTime() + 3_600_000);
    const result = this.world.run(this.n, actor(who), input, leaderLoad);
    if (isDomainError(result)) throw new Error(`${input.type}: ${result.code}`);
    this.n = result.network;
    this.audit.push(...result.events);
    return this;
  }
}

const extend = (newEndDate: string): TestCommandInput => ({
  type: 'decideContinuation',
  outcome: 'extend',
  newEndDate,
  evaluation: EVALUATION,
});

describe('decisionLog: every decision, earlier rounds and anchoring included (audit 13, gaps 6 and 10)', () => {
  it("keeps round 1's recommendation on continuing after an extension, beside the next round's", () => {
    const s = Script.at('awaitingContinuationDecision');
    const round1 = s.n.closing!.directorEndorsement!;
    s.run('headsForum', extend('2026-12-31'));
    expect(s.n.closing).toBeNull();
    expect(decisionLog(s.n).filter((d) => d.kind === 'endorsement' || d.kind === 'extension')).toEqual([
      expect.objectContaining({ kind: 'endorsement', at: round1.at, reason: 'Enig', body: 'headsForum' }),
      expect.objectContaining({ kind: 'extension', outcome: 'extend', by: PEOPLE.headsForum }),
    ]);

    s.run('leader', { type: 'startClosingReflection' })
      .run('leader', { type: 'addStory', title: 'Runde to', value: 'Mere', forWhom: 'Borgerne' })
      .run('leader', { type: 'addStory', title: 'Igen', value: 'Bedre', forWhom: 'Familierne' })
      .run('leader', {
        type: 'submitClosingRecommendation',
        continueNetwork: true,
        sameForm: true,
        sameParticipants: true,
        reasoning: 'Et år mere',
      })
      .run('director', { type: 'endorseClosingRecommendation', comment: 'Anden runde', decider: 'directorsForum' })
      .run('directorsForum', extend('2027-01-05'));
    const log = decisionLog(s.n);
    expect(log.filter((d) => d.kind === 'endorsement').map((d) => [d.reason, d.body])).toEqual([
      ['Enig', 'headsForum'],
      ['Anden runde', 'directorsForum'],
    ]);
    expect(log.filter((d) => d.kind === 'extension').map((d) => d.by)).toEqual([
      PEOPLE.headsForum,
      PEOPLE.directorsForum,
    ]);
  });

  it('lists every recorded anchoring outcome with its body and recommendation, none still awaited', () => {
    const s = Script.at('closingMeeting').run('leader', {
      type: 'recordClosingMeeting',
      experiences: 'Vi lærte',
      recommendations: [
        { text: 'Fast møde', path: { kind: 'lineOrganisation' } },
        { text: 'Ny stilling', path: { kind: 'decidingBody', body: 'municipalCouncil' } },
        { text: 'Fælles budget', path: { kind: 'decidingBody', body: 'directorsForum' } },
      ],
    });
    const [, council, forum] = s.n.anchoring!.recommendations;
    s.run('director', { type: 'approvePublication', approvedRecommendationIds: [] }).run('director', {
      type: 'recordAnchoringOutcome',
      recommendationId: council!.id,
      outcome: 'Vedtaget 12.1.2027',
      meetingDate: '2026-01-04',
    });
    const outcomes = () => decisionLog(s.n).filter((d) => d.kind === 'anchoringOutcome');
    expect(outcomes()).toEqual([
      expect.objectContaining({
        outcome: 'Vedtaget 12.1.2027',
        by: PEOPLE.director,
        body: 'municipalCouncil',
        subject: 'Ny stilling',
        reason: null,
      }),
    ]);
    s.run('director', {
      type: 'recordAnchoringOutcome',
      recommendationId: forum!.id,
      outcome: 'Udskudt',
      meetingDate: '2026-01-04',
    });
    expect(outcomes().map((d) => [d.body, d.subject, d.outcome])).toEqual([
      ['municipalCouncil', 'Ny stilling', 'Vedtaget 12.1.2027'],
      ['directorsForum', 'Fælles budget', 'Udskudt'],
    ]);
    // The log is in time order: the outcomes come after the publication that closed the network.
    expect(
      decisionLog(s.n)
        .map((d) => d.kind)
        .slice(-3),
    ).toEqual(['publication', 'anchoringOutcome', 'anchoringOutcome']);
  });

  it("keeps a rejected nominee's decision and dispensation from the audit trail once a new nominee is decided", () => {
    const s = Script.at('approved')
      .run('director', { type: 'nominateLeader', person: PEOPLE.leader, overrideReason: 'Lene slutter snart' }, 2)
      .run('headsForum', { type: 'decideLeader', outcome: 'reject', reason: 'Hun har for travlt' })
      .run('director', { type: 'nominateLeader', person: PEOPLE.participant })
      .run('headsForum', { type: 'decideLeader', outcome: 'approve' });
    const leaderParts = (log: ReturnType<typeof decisionLog>) =>
      log
        .filter((d) => d.kind === 'dispensation' || d.kind === 'leader')
        .map((d) => [d.kind, d.outcome, d.subject, d.reason]);
    // The network's state holds only the newest nomination and decision.
    expect(leaderParts(decisionLog(s.n))).toEqual([['leader', 'approve', PEOPLE.participant.name, null]]);
    expect(leaderParts(decisionLog(s.n, s.audit))).toEqual([
      ['dispensation', 'override', PEOPLE.leader.name, 'Lene slutter snart'],
      ['leader', 'reject', PEOPLE.leader.name, 'Hun har for travlt'],
      ['leader', 'approve', PEOPLE.participant.name, null],
    ]);
    // The current decision keeps its votes from the state; the earlier one is rebuilt from its event, by its voter.
    const [rejected, approved] = decisionLog(s.n, s.audit).filter((d) => d.kind === 'leader');
    expect(rejected).toMatchObject({ by: PEOPLE.headsForum, body: 'headsForum', votes: [] });
    expect(approved?.votes).toHaveLength(1);
  });

  it('names a rejected nominee from the audit trail while the network waits for a new nomination', () => {
    const s = Script.at('approved')
      .run('director', { type: 'nominateLeader', person: PEOPLE.leader })
      .run('headsForum', { type: 'decideLeader', outcome: 'reject', reason: 'Ikke nu' });
    expect(s.n.nomination).toBeNull();
    expect(decisionLog(s.n, s.audit).filter((d) => d.kind === 'leader')).toEqual([
      expect.objectContaining({ outcome: 'reject', subject: PEOPLE.leader.name, reason: 'Ikke nu' }),
    ]);
  });
});
