import { ENDS_EARLY, endsEarly, isTerminal, MAIN_LINE, PHASE_SPECS, phasesAllowing } from './lifecycle';
import { PHASES } from './network';

describe('phase sets derived from PHASE_SPECS', () => {
  it('ends early in rejected and withdrawn, off the main line; ends at all there and in closed', () => {
    expect([...ENDS_EARLY]).toEqual(['rejected', 'withdrawn']);
    expect(PHASES.filter(endsEarly).some((p) => MAIN_LINE.includes(p))).toBe(false);
    // The case record's `CaseEnd` words (case-record-parts.ts) are these phases.
    expect(PHASES.filter(isTerminal)).toEqual(['closed', 'rejected', 'withdrawn']);
  });

  it("finds the phases a command may be issued in, from each phase's own list", () => {
    const closing = phasesAllowing(['startClosingReflection', 'recordEndReminder']);
    expect([...closing]).toEqual(['active']);
    const reflections = phasesAllowing(['closeReflection']);
    expect([...reflections]).toEqual(PHASES.filter((p) => PHASE_SPECS[p].commands.includes('closeReflection')));
    expect(reflections.has('kickoffHeld')).toBe(false);
    expect(phasesAllowing([]).size).toBe(0);
  });

  it('lets the scheduler note a deadline wherever contract phase 1 can be acknowledged (issue 13, point 1)', () => {
    const acknowledging = [...phasesAllowing(['signContractPhase'])];
    expect(acknowledging).toEqual([
      'approved',
      'leaderNominated',
      'leaderAppointed',
      'participantsRecruited',
      'kickoffHeld',
      'active',
    ]);
    const noting = phasesAllowing(['noteDecisionDeadline']);
    expect(acknowledging.filter((p) => !noting.has(p))).toEqual([]);
  });
});
