import { networkHistory } from './common';
import { decisionLog } from '../../domain/decision-log';
import type { Locale } from '../../domain/errors';
import {
  actor,
  FIXTURE_INPUTS,
  forum,
  MEETING_DATE,
  networkAt,
  orgConfig,
  PEOPLE,
  type Persona,
  type STAGES,
  type TestCommandInput,
  TestWorld,
  type TypeCase,
  TYPE_CASES,
} from '../../testing/domain-fixtures';

const [POLITICAL, , WELFARE] = TYPE_CASES;

const { EVALUATION } = FIXTURE_INPUTS;

/** One vote of each outcome a ballot has, cast where a quorum of two keeps it pending, and how the history reads it. */
const VOTES: {
  outcome: string;
  tc: TypeCase;
  stage: (typeof STAGES)[number];
  who: Persona;
  input: TestCommandInput;
  da: string;
  en: string;
}[] = [
  {
    outcome: 'recommend',
    tc: POLITICAL!,
    stage: 'idea',
    who: 'directorsForum',
    input: { type: 'recommendIdea', outcome: 'recommend' },
    da: 'indstil',
    en: 'recommend',
  },
  {
    outcome: 'reject (recommendation)',
    tc: POLITICAL!,
    stage: 'idea',
    who: 'directorsForum',
    input: { type: 'recommendIdea', outcome: 'reject' },
    da: 'imod',
    en: 'against',
  },
  {
    outcome: 'approve',
    tc: WELFARE!,
    stage: 'recommended',
    who: 'headsForum',
    input: { type: 'decideIdea', outcome: 'approve' },
    da: 'for',
    en: 'for',
  },
  {
    outcome: 'reject',
    tc: WELFARE!,
    stage: 'recommended',
    who: 'headsForum',
    input: { type: 'decideIdea', outcome: 'reject' },
    da: 'imod',
    en: 'against',
  },
  {
    outcome: 'extend',
    tc: WELFARE!,
    stage: 'awaitingContinuationDecision',
    who: 'headsForum',
    input: { type: 'decideContinuation', outcome: 'extend', newEndDate: '2026-12-31', evaluation: EVALUATION },
    da: 'forlæng',
    en: 'extend',
  },
  {
    outcome: 'close',
    tc: WELFARE!,
    stage: 'awaitingContinuationDecision',
    who: 'headsForum',
    input: { type: 'decideContinuation', outcome: 'close' },
    da: 'afslut',
    en: 'close',
  },
];

describe('decisionLog and the card history', () => {
  it('logs a dispensation with its reason, and the card history shows it', () => {
    const world = new TestWorld();
    const approved = networkAt(world, WELFARE!, 'approved');
    const nominated = world.must(
      approved,
      actor('director'),
      { type: 'nominateLeader', person: PEOPLE.leader, overrideReason: 'Lene afslutter snart et andet netværk' },
      2,
    );
    expect(decisionLog(nominated).find((d) => d.kind === 'dispensation')).toEqual(
      expect.objectContaining({ by: PEOPLE.director, reason: 'Lene afslutter snart et andet netværk' }),
    );
    expect(networkHistory(nominated, 'da').join('\n')).toContain(
      'Netværksleder indstillet: Lene Leder (dispensation: Lene afslutter snart et andet netværk)',
    );
  });

  it("records a meeting's decision with the body and the date", () => {
    const world = new TestWorld();
    const approved = networkAt(world, POLITICAL!, 'approved');
    expect(decisionLog(approved).find((d) => d.kind === 'decision')).toEqual(
      expect.objectContaining({ body: 'politicalCommittee', meetingDate: MEETING_DATE, by: PEOPLE.politician }),
    );
  });

  // A directors'-forum "recommend" or a continuation vote used to read "Stemme afgivet: afvist" (audit 13, gap 5).
  it.each(VOTES)('labels a pending $outcome vote by its own outcome, in Danish and English', (v) => {
    const world = new TestWorld();
    const before = networkAt(world, v.tc, v.stage);
    // Two of the forum must agree, so the one vote stays pending on the network.
    world.config = orgConfig({
      forums: {
        ...world.config.forums,
        directorsForum: forum([PEOPLE.directorsForum, PEOPLE.director], { quorum: 2 }),
        headsForum: forum([PEOPLE.headsForum, PEOPLE.headsForum2], { quorum: 2 }),
      },
    });
    const voted = world.must(before, actor(v.who), v.input);
    expect(voted.pendingVotes).toHaveLength(1);
    const history = (locale: Locale) => networkHistory(voted, locale, 50).join('\n');
    expect(history('da')).toContain(`Stemme afgivet: ${v.da} – ${PEOPLE[v.who].name}`);
    expect(history('en')).toContain(`Vote cast: ${v.en} – ${PEOPLE[v.who].name}`);
    expect(history('da')).not.toMatch(/Stemme afgivet: (afvist|godkendt)/);
  });

  it("shows round 1's recommendation, the director's recommendation and its extension after the extension", () => {
    const world = new TestWorld();
    const before = networkAt(world, WELFARE!, 'awaitingContinuationDecision');
    world.now = new Date('2026-01-06T09:00:00.000Z');
    const extended = world.must(before, actor('headsForum'), {
      type: 'decideContinuation',
      outcome: 'extend',
      newEndDate: '2026-12-31',
      evaluation: EVALUATION,
    });
    expect(extended.rounds).toHaveLength(1);
    expect(extended.closing).toBeNull();
    expect(networkHistory(extended, 'da', 50)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Runde 1: Anbefaling afleveret – Lene Leder, /),
        expect.stringMatching(/^Runde 1: Indstilling sendt til forum – Dorthe Direktør, /),
        expect.stringMatching(
          /^Runde 1: afsluttende refleksion, anbefaling og forlængelse til 31\. december 2026 – Claus Chefforum, /,
        ),
      ]),
    );
    expect(networkHistory(extended, 'en', 50)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Round 1: Recommendation submitted – Lene Leder, /),
        expect.stringMatching(/^Round 1: Recommendation sent to the forum – Dorthe Direktør, /),
      ]),
    );
  });

  it('shows each recorded anchoring outcome in the card history', () => {
    const world = new TestWorld();
    const meeting = world.must(networkAt(world, WELFARE!, 'closingMeeting'), actor('leader'), {
      type: 'recordClosingMeeting',
      experiences: 'Vi lærte',
      recommendations: [{ text: 'Ny stilling', path: { kind: 'decidingBody', body: 'municipalCouncil' } }],
    });
    const recorded = world.must(meeting, actor('director'), {
      type: 'recordAnchoringOutcome',
      recommendationId: meeting.anchoring!.recommendations[0]!.id,
      meetingDate: '2026-01-04',
      outcome: 'Vedtaget 12.1.2027',
    });
    expect(networkHistory(recorded, 'da', 50).join('\n')).toContain(
      'Udfaldet af en forankringsanbefaling registreret: Vedtaget 12.1.2027 – Dorthe Direktør',
    );
    expect(networkHistory(recorded, 'en', 50).join('\n')).toContain(
      'Outcome of an anchoring recommendation recorded: Vedtaget 12.1.2027 – Dorthe Direktør',
    );
  });
});
