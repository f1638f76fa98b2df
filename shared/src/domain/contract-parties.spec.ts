import { requiredSigners } from './contract-parties';
import { isDomainError } from './errors';
import type { Network } from './network';
import {
  actor,
  FIXTURE_INPUTS,
  MEETING_DATE,
  networkAt,
  type Persona,
  forum,
  orgConfig,
  PEOPLE,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';

const codeOf = (r: unknown) => (isDomainError(r) ? r.code : 'ok');

describe('contract phase 1 parties come from the routing table', () => {
  it.each(TYPE_CASES.map((tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const))(
    '%s: each party acknowledges for itself, and the phase locks only when all have',
    (_label, tc) => {
      const world = new TestWorld();
      let n: Network = networkAt(world, tc, 'leaderAppointed');
      n = world.must(n, actor('consultant'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
      const [first, second] = tc.contractParties as [Persona, Persona];
      n = world.must(n, actor(first), { type: 'signContractPhase', phase: 1, meetingDate: MEETING_DATE });
      expect(n.contract[0]?.locked).toBe(false);
      // Nobody acknowledges for both sides, and a second press by the same person changes nothing.
      expect(
        codeOf(world.run(n, actor(first), { type: 'signContractPhase', phase: 1, meetingDate: MEETING_DATE })),
      ).toMatch(/CONTRACT\.(BOTH_SIDES|ALREADY_SIGNED)/);
      n = world.must(n, actor(second), { type: 'signContractPhase', phase: 1, meetingDate: MEETING_DATE });
      expect(n.contract[0]?.locked).toBe(true);
      expect(n.contract[0]?.signatures.map((s) => s.as)).toEqual([...requiredSigners(n, 1)]);
    },
  );

  it('records the political committee acknowledgement through its secretary, with the meeting date', () => {
    const world = new TestWorld();
    const political = TYPE_CASES[0]!;
    let n: Network = networkAt(world, political, 'approved');
    n = world.must(n, actor('consultant'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    expect(codeOf(world.run(n, actor('director'), { type: 'signContractPhase', phase: 1 }))).toBe('NETWORK.FORBIDDEN');
    expect(codeOf(world.run(n, actor('politician'), { type: 'signContractPhase', phase: 1 }))).toBe(
      'DECISION.MEETING_DATE',
    );
    n = world.must(n, actor('politician'), { type: 'signContractPhase', phase: 1, meetingDate: '2025-11-12' });
    expect(n.contract[0]?.signatures).toEqual([
      expect.objectContaining({ as: 'politicalCommittee', meetingDate: '2025-11-12' }),
    ]);
  });

  it("needs as many acknowledgements as a forum party's quorum, each member counted once", () => {
    const world = new TestWorld();
    // Welfare: the director and the central department heads, here two heads who must both agree.
    world.config = orgConfig({
      forums: {
        ...orgConfig().forums,
        centralDepartmentHeads: forum([PEOPLE.centralHead, PEOPLE.headsForum2], { quorum: 2 }),
      },
    });
    let n: Network = networkAt(world, TYPE_CASES[2]!, 'leaderAppointed');
    n = world.must(n, actor('consultant'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    n = world.must(n, actor('director'), { type: 'signContractPhase', phase: 1 });
    n = world.must(n, actor('centralHead'), { type: 'signContractPhase', phase: 1 });
    expect(n.contract[0]?.locked).toBe(false);
    expect(codeOf(world.run(n, actor('centralHead'), { type: 'signContractPhase', phase: 1 }))).toMatch(
      /CONTRACT\.(BOTH_SIDES|ALREADY_SIGNED)/,
    );
    n = world.must(n, actor('headsForum2'), { type: 'signContractPhase', phase: 1 });
    expect(n.contract[0]?.locked).toBe(true);
    expect(n.contract[0]?.signatures.map((s) => [s.as, s.by.name])).toEqual([
      ['director', PEOPLE.director.name],
      ['centralDepartmentHeads', PEOPLE.centralHead.name],
      ['centralDepartmentHeads', PEOPLE.headsForum2.name],
    ]);
  });

  it("takes a meeting held today by Denmark's calendar, also in the hours after midnight when UTC is still yesterday", () => {
    const world = new TestWorld();
    let n: Network = networkAt(world, TYPE_CASES[0]!, 'approved');
    n = world.must(n, actor('consultant'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    world.now = new Date('2026-01-05T23:30:00.000Z'); // 00:30 on 6 January in Copenhagen
    const sign = (meetingDate: string) =>
      world.run(n, actor('politician'), { type: 'signContractPhase', phase: 1, meetingDate });
    expect(codeOf(sign('2026-01-07'))).toBe('DECISION.MEETING_DATE');
    expect(codeOf(sign('2026-01-06'))).toBe('ok');
  });

  it('keeps the director to her own side on the administrative track', () => {
    const world = new TestWorld();
    let n: Network = networkAt(world, TYPE_CASES[1]!, 'approved');
    n = world.must(n, actor('consultant'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    n = world.must(n, actor('director'), { type: 'signContractPhase', phase: 1 });
    expect(n.contract[0]?.signatures.map((s) => s.as)).toEqual(['director']);
    expect(codeOf(world.run(n, actor('director'), { type: 'signContractPhase', phase: 1 }))).toBe(
      'CONTRACT.BOTH_SIDES',
    );
  });
});
