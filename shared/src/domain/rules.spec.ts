import { continuationDeciderOf } from './routing';
import { decide } from './decide';
import { type DomainError, errorMessage, isDomainError } from './errors';
import type { Network } from './network';
import type { Decided } from './outcome';
import { parseCommand } from './parse-command';
import {
  actor,
  FIXTURE_INPUTS,
  forum,
  networkAt,
  orgConfig,
  PEOPLE,
  TestWorld,
  TYPE_CASES,
} from '../testing/domain-fixtures';

const [POLITICAL, ADMINISTRATIVE, WELFARE, LEARNING] = TYPE_CASES as [
  (typeof TYPE_CASES)[0],
  (typeof TYPE_CASES)[0],
  (typeof TYPE_CASES)[0],
  (typeof TYPE_CASES)[0],
];

function codeOf(result: Decided | DomainError): string {
  return isDomainError(result) ? result.code : 'ok';
}
function ok(result: Decided | DomainError): Decided {
  if (isDomainError(result)) throw new Error(`unexpected ${result.code}`);
  return result;
}

describe('input validation', () => {
  it('lists every missing or invalid field, so a form can show the message at the field', () => {
    const result = parseCommand({
      type: 'submitIdea',
      commandId: 'c1',
      networkId: 'n1',
      name: '',
      networkType: 'sports',
      purpose: 'x',
    });
    expect(isDomainError(result) && result.code).toBe('INPUT.INVALID');
    const fields = (result as DomainError).fieldErrors ?? {};
    expect(Object.keys(fields).sort()).toEqual(['background', 'name', 'networkType']);
  });

  it('refuses ids that could not be used in a storage key', () => {
    const result = parseCommand({ type: 'withdrawIdea', commandId: 'c/1', networkId: 'n#1' });
    expect((result as DomainError).fieldErrors).toEqual(
      expect.objectContaining({ commandId: expect.any(String), networkId: expect.any(String) }),
    );
  });

  it('refuses over-long text before anything reaches storage', () => {
    const result = parseCommand({
      type: 'addStory',
      commandId: 'c1',
      networkId: 'n1',
      title: 'x'.repeat(201),
      value: 'v',
      forWhom: 'f',
    });
    expect((result as DomainError).fieldErrors?.title).toBeDefined();
  });
});

describe('idea → decision', () => {
  it('lets the originator withdraw an idea', () => {
    const world = new TestWorld();
    const n = world.must(networkAt(world, WELFARE, 'idea'), actor('originator'), {
      type: 'withdrawIdea',
      reason: 'Dækket af andet netværk',
    });
    expect(n.phase).toBe('withdrawn');
    expect(n.ended?.reason).toBe('Dækket af andet netværk');
  });

  it('ends with a reason when the deciding body rejects', () => {
    const world = new TestWorld();
    const n = world.must(networkAt(world, WELFARE, 'recommended'), actor('headsForum'), {
      type: 'decideIdea',
      outcome: 'reject',
      reason: 'Ikke nu',
    });
    expect(n.phase).toBe('rejected');
    expect(n.ended?.reason).toBe('Ikke nu');
  });

  it('needs a track before an innovation idea can be recommended, and only innovation networks have one', () => {
    const world = new TestWorld();
    const idea = world.must(null, actor('originator'), {
      type: 'submitIdea',
      name: 'Campus',
      networkType: 'innovation',
      purpose: 'p',
      background: 'b',
    });
    expect(codeOf(world.run(idea, actor('director'), { type: 'recommendIdea', outcome: 'recommend' }))).toBe(
      'NETWORK.TRACK_REQUIRED',
    );
    const tracked = world.must(idea, actor('consultant'), { type: 'assignTrack', track: 'administrative' });
    expect(tracked.track).toBe('administrative');
    expect(world.must(tracked, actor('director'), { type: 'recommendIdea', outcome: 'recommend' }).phase).toBe(
      'recommended',
    );
    const welfare = networkAt(world, WELFARE, 'idea');
    expect(codeOf(world.run(welfare, actor('director'), { type: 'assignTrack', track: 'political' }))).toBe(
      'NETWORK.TRACK_NOT_APPLICABLE',
    );
  });

  it('says who already decided, and when, to a second decider', () => {
    const world = new TestWorld();
    const approved = networkAt(world, WELFARE, 'approved');
    const second = world.run(approved, actor('headsForum2'), { type: 'decideIdea', outcome: 'reject' });
    expect(codeOf(second)).toBe('NETWORK.ALREADY_DECIDED');
    expect(errorMessage(second as DomainError, 'da')).toBe(
      `Der er allerede truffet beslutning af ${PEOPLE.headsForum.name} den ${approved.decision?.at}.`,
    );
  });

  it('waits for the quorum of a forum, and counts each member once', () => {
    const world = new TestWorld();
    world.config = orgConfig({
      forums: { ...orgConfig().forums, headsForum: forum([PEOPLE.headsForum, PEOPLE.headsForum2], { quorum: 2 }) },
    });
    const recommended = networkAt(world, WELFARE, 'recommended');
    const once = world.must(recommended, actor('headsForum'), { type: 'decideIdea', outcome: 'approve' });
    expect(once.phase).toBe('recommended');
    expect(codeOf(world.run(once, actor('headsForum'), { type: 'decideIdea', outcome: 'approve' }))).toBe(
      'NETWORK.ALREADY_VOTED',
    );
    const twice = world.must(once, actor('headsForum2'), { type: 'decideIdea', outcome: 'approve' });
    expect(twice.phase).toBe('approved');
    expect(twice.decision?.votes).toHaveLength(2);
  });

  it("refuses politely in the user's language, naming who may act", () => {
    const world = new TestWorld();
    const result = world.run(networkAt(world, POLITICAL, 'recommended'), actor('director'), {
      type: 'decideIdea',
      outcome: 'approve',
    });
    expect(codeOf(result)).toBe('NETWORK.FORBIDDEN');
    expect(errorMessage(result as DomainError, 'da')).toBe(
      'Beklager, det er kun det politiske udvalg, der kan gøre dette.',
    );
    expect(errorMessage(result as DomainError, 'en')).toBe('Sorry, only the political committee can do this.');
  });
});

describe('leader', () => {
  it('refuses a third network for a leader unless the director overrides with a logged reason', () => {
    const world = new TestWorld();
    const approved = networkAt(world, ADMINISTRATIVE, 'approved');
    const refused = world.run(approved, actor('director'), { type: 'nominateLeader', person: PEOPLE.leader }, 2);
    expect(codeOf(refused)).toBe('LEADER.TOO_MANY_NETWORKS');
    expect(errorMessage(refused as DomainError, 'da')).toContain('Lene Leder leder allerede 2 netværk');
    const overridden = ok(
      world.run(
        approved,
        actor('director'),
        { type: 'nominateLeader', person: PEOPLE.leader, overrideReason: 'Særlig viden om campus' },
        2,
      ),
    );
    expect(overridden.network.nomination?.override?.reason).toBe('Særlig viden om campus');
    expect(overridden.events[0]?.data).toEqual(
      expect.objectContaining({ overrideReason: 'Særlig viden om campus', load: 2 }),
    );
    expect(
      world.must(overridden.network, actor('headsForum'), { type: 'decideLeader', outcome: 'approve' }, 2).leader,
    ).toEqual(PEOPLE.leader);
  });

  it("checks the load again when the heads' forum decides, since it may have grown", () => {
    const world = new TestWorld();
    const nominated = networkAt(world, WELFARE, 'leaderNominated');
    expect(codeOf(world.run(nominated, actor('headsForum'), { type: 'decideLeader', outcome: 'approve' }, 2))).toBe(
      'LEADER.TOO_MANY_NETWORKS',
    );
  });

  it('sends a rejected nominee back to the director', () => {
    const world = new TestWorld();
    const back = world.must(networkAt(world, WELFARE, 'leaderNominated'), actor('headsForum'), {
      type: 'decideLeader',
      outcome: 'reject',
      reason: 'Mangler tid',
    });
    expect(back.phase).toBe('approved');
    expect(back.nomination).toBeNull();
  });

  it('records interest once per person', () => {
    const world = new TestWorld();
    const n1 = world.must(networkAt(world, WELFARE, 'approved'), actor('participant'), { type: 'expressInterest' });
    const n2 = world.must(n1, actor('participant'), { type: 'expressInterest' });
    expect(n2.interested).toEqual([PEOPLE.participant]);
  });
});

describe('contract', () => {
  it('is filled in order, each phase locked when signed, later edits as a new version', () => {
    const world = new TestWorld();
    const appointed = networkAt(world, WELFARE, 'leaderAppointed');
    expect(
      codeOf(world.run(appointed, actor('leader'), { type: 'fillContractPhase2', fields: FIXTURE_INPUTS.PHASE2 })),
    ).toBe('CONTRACT.OUT_OF_ORDER');
    expect(codeOf(world.run(appointed, actor('director'), { type: 'signContractPhase', phase: 1 }))).toBe(
      'CONTRACT.NOT_FILLED',
    );
    const filled = world.must(appointed, actor('consultant'), {
      type: 'fillContractPhase1',
      fields: FIXTURE_INPUTS.PHASE1,
    });
    const half = world.must(filled, actor('director'), { type: 'signContractPhase', phase: 1 });
    expect(half.contract).toEqual([expect.objectContaining({ phase: 1, version: 1, locked: false })]);
    const signed = world.must(half, actor('centralHead'), { type: 'signContractPhase', phase: 1 });
    expect(signed.contract).toEqual([expect.objectContaining({ phase: 1, version: 1, locked: true })]);
    expect(codeOf(world.run(signed, actor('director'), { type: 'signContractPhase', phase: 1 }))).toBe(
      'CONTRACT.ALREADY_SIGNED',
    );
    const edited = world.must(signed, actor('director'), {
      type: 'fillContractPhase1',
      fields: { ...FIXTURE_INPUTS.PHASE1, purpose: 'Skarpere formål' },
    });
    expect(edited.contract.map((c) => [c.version, c.locked, c.fields])).toEqual([
      [1, true, expect.objectContaining({ purpose: FIXTURE_INPUTS.PHASE1.purpose })],
      [2, false, expect.objectContaining({ purpose: 'Skarpere formål' })],
    ]);
  });

  it('needs both leader and director on phase 2, and takes the period from it', () => {
    const world = new TestWorld();
    let n = networkAt(world, LEARNING, 'leaderAppointed');
    n = world.must(n, actor('director'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    n = world.must(n, actor('director'), { type: 'signContractPhase', phase: 1 });
    n = world.must(n, actor('leader'), { type: 'signContractPhase', phase: 1 });
    n = world.must(n, actor('leader'), { type: 'fillContractPhase2', fields: FIXTURE_INPUTS.PHASE2 });
    n = world.must(n, actor('leader'), { type: 'signContractPhase', phase: 2 });
    expect(n.contract.find((c) => c.phase === 2)?.locked).toBe(false);
    expect(n.period).toBeNull();
    n = world.must(n, actor('director'), { type: 'signContractPhase', phase: 2 });
    expect(n.period).toEqual({ startDate: '2026-02-01', endDate: '2026-10-31' });
  });

  it('keeps a network to at most one year', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'leaderAppointed');
    n = world.must(n, actor('director'), { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    n = world.must(n, actor('director'), { type: 'signContractPhase', phase: 1 });
    n = world.must(n, actor('centralHead'), { type: 'signContractPhase', phase: 1 });
    const fill = (startDate: string, endDate: string) =>
      codeOf(
        world.run(n, actor('leader'), {
          type: 'fillContractPhase2',
          fields: { ...FIXTURE_INPUTS.PHASE2, startDate, endDate },
        }),
      );
    expect(fill('2026-02-01', '2027-02-01')).toBe('ok');
    expect(fill('2026-02-01', '2027-02-02')).toBe('PERIOD.TOO_LONG');
    expect(fill('2026-02-01', '2026-01-31')).toBe('PERIOD.INVALID');
  });
});

describe('participants', () => {
  it('handles internal, external and guest participants', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'participantsRecruited');
    expect(
      codeOf(
        world.run(n, actor('leader'), { type: 'inviteParticipant', person: PEOPLE.participant, role: 'participant' }),
      ),
    ).toBe('PARTICIPANT.ALREADY_ADDED');
    expect(
      codeOf(world.run(n, actor('leader'), { type: 'inviteParticipant', person: PEOPLE.participant2, role: 'guest' })),
    ).toBe('PARTICIPANT.GUEST_END_REQUIRED');
    const guest = world.must(n, actor('leader'), {
      type: 'inviteParticipant',
      person: PEOPLE.participant2,
      role: 'guest',
      guestUntil: '2026-03-01',
    });
    const invitation = guest.participants.find(
      (p) => p.kind === 'internal' && p.person.objectId === PEOPLE.participant2.objectId,
    )!;
    expect(invitation).toEqual(expect.objectContaining({ role: 'guest', guestUntil: '2026-03-01', status: 'invited' }));
    expect(
      codeOf(
        world.run(guest, actor('outsider'), {
          type: 'respondToInvitation',
          participantId: invitation.id,
          accept: true,
        }),
      ),
    ).toBe('PARTICIPANT.NOT_INVITED');
    const external = world.must(guest, actor('leader'), {
      type: 'addExternalParticipant',
      name: 'Eva Ekstern',
      organisation: 'Region Hovedstaden',
      email: 'Eva@Example.org',
      role: 'participant',
    });
    expect(external.participants.at(-1)).toEqual(
      expect.objectContaining({ kind: 'external', email: 'eva@example.org', status: 'accepted' }),
    );
    expect(
      codeOf(
        world.run(external, actor('leader'), {
          type: 'addExternalParticipant',
          name: 'Eva',
          organisation: 'R',
          email: 'eva@example.org',
          role: 'participant',
        }),
      ),
    ).toBe('PARTICIPANT.ALREADY_ADDED');
    expect(codeOf(world.run(external, actor('leader'), { type: 'removeParticipant', participantId: 'nobody' }))).toBe(
      'PARTICIPANT.NOT_FOUND',
    );
  });

  it("informs the heads' forum of the composition only when someone has accepted", () => {
    const world = new TestWorld();
    const appointed = networkAt(world, WELFARE, 'leaderAppointed');
    expect(codeOf(world.run(appointed, actor('leader'), { type: 'informHeadsForumOfComposition' }))).toBe(
      'PARTICIPANT.NONE_ACCEPTED',
    );
  });
});

describe('meetings and reflections', () => {
  function activeWithMeeting(anonymous = false) {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'active');
    if (anonymous) n = world.must(n, actor('leader'), { type: 'updateSettings', anonymousReflections: true });
    n = world.must(n, actor('leader'), { type: 'linkMeeting', meetingId: 'MCM=/+meeting', title: 'Møde 1' });
    return { world, n };
  }
  const answer = {
    type: 'answerReflection' as const,
    meetingId: 'MCM=/+meeting',
    value: 5,
    workingWell: 4,
    changeForm: true,
    suggestion: 'Gåmøde',
  };

  it('opens the reflection once when the meeting ends, however often the event arrives', () => {
    const { world, n } = activeWithMeeting();
    expect(codeOf(world.run(n, actor('participant'), answer))).toBe('REFLECTION.NOT_OPEN');
    const ended = ok(world.run(n, actor('leader'), { type: 'endMeeting', meetingId: 'MCM=/+meeting' }));
    const again = ok(world.run(ended.network, actor('leader'), { type: 'endMeeting', meetingId: 'MCM=/+meeting' }));
    expect(again.networkChanged).toBe(false);
    expect(again.events).toEqual([]);
    expect(codeOf(world.run(n, actor('leader'), { type: 'linkMeeting', meetingId: 'MCM=/+meeting', title: 'x' }))).toBe(
      'MEETING.ALREADY_LINKED',
    );
    expect(codeOf(world.run(n, actor('leader'), { type: 'endMeeting', meetingId: 'unknown' }))).toBe(
      'MEETING.NOT_FOUND',
    );
  });

  it('stores one answer per participant per meeting, beside the network, until the reflection closes', () => {
    const { world, n } = activeWithMeeting();
    const open = world.must(n, actor('leader'), { type: 'endMeeting', meetingId: 'MCM=/+meeting' });
    const first = ok(world.run(open, actor('participant'), answer));
    const edit = ok(world.run(open, actor('participant'), { ...answer, value: 3 }));
    expect(first.networkChanged).toBe(false);
    expect(first.events[0]?.row?.keyParts).toEqual(edit.events[0]?.row?.keyParts);
    expect(edit.events[0]?.row?.value).toEqual(expect.objectContaining({ value: 3, person: PEOPLE.participant }));
    expect(codeOf(world.run(open, actor('outsider'), answer))).toBe('REFLECTION.NOT_PARTICIPANT');
    const closed = world.must(open, actor('leader'), { type: 'closeReflection', meetingId: 'MCM=/+meeting' });
    expect(codeOf(world.run(closed, actor('participant'), answer))).toBe('REFLECTION.NOT_OPEN');
  });

  it('keeps anonymous answers anonymous: no person in the answer or the audit trail', () => {
    const { world, n } = activeWithMeeting(true);
    const open = world.must(n, actor('leader'), { type: 'endMeeting', meetingId: 'MCM=/+meeting' });
    const result = ok(world.run(open, actor('participant'), answer));
    const event = result.events[0]!;
    expect(event.actor).toBeNull();
    expect(event.row?.value.person).toBeNull();
    expect(JSON.stringify(event)).not.toContain(PEOPLE.participant.objectId);
  });

  it('lets a guest answer only within their period', () => {
    const { world, n } = activeWithMeeting();
    let m = world.must(n, actor('leader'), {
      type: 'inviteParticipant',
      person: PEOPLE.participant2,
      role: 'guest',
      guestUntil: '2026-01-10',
    });
    const id = m.participants.at(-1)!.id;
    m = world.must(m, actor('participant2'), { type: 'respondToInvitation', participantId: id, accept: true });
    m = world.must(m, actor('leader'), { type: 'endMeeting', meetingId: 'MCM=/+meeting' });
    expect(codeOf(world.run(m, actor('participant2'), answer))).toBe('ok');
    world.now = new Date('2026-01-11T09:00:00Z');
    expect(codeOf(world.run(m, actor('participant2'), answer))).toBe('REFLECTION.NOT_PARTICIPANT');
  });
});

describe('closing', () => {
  it('needs two or three stories', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'closingReflection');
    const recommend = {
      type: 'submitClosingRecommendation' as const,
      continueNetwork: true,
      sameForm: true,
      sameParticipants: false,
      reasoning: 'r',
    };
    const story = { type: 'addStory' as const, title: 't', value: 'v', forWhom: 'f' };
    n = world.must(n, actor('participant'), story);
    expect(codeOf(world.run(n, actor('leader'), recommend))).toBe('CLOSING.STORIES_COUNT');
    n = world.must(world.must(n, actor('leader'), story), actor('leader'), story);
    expect(codeOf(world.run(n, actor('leader'), story))).toBe('CLOSING.STORIES_COUNT');
    expect(world.must(n, actor('leader'), recommend).phase).toBe('closingWithDirector');
  });

  it('is drafted by the leader and the director together and submitted by the director to a chosen body', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'closingReflection');
    const story = { type: 'addStory' as const, title: 't', value: 'v', forWhom: 'f' };
    n = world.must(world.must(n, actor('participant'), story), actor('participant'), story);
    const draft = { type: 'submitClosingRecommendation' as const, continueNetwork: true, sameForm: true };
    n = world.must(n, actor('leader'), { ...draft, sameParticipants: false, reasoning: 'leder' });
    n = world.must(n, actor('director'), { ...draft, sameParticipants: true, reasoning: 'direktør' });
    expect(n.closing?.recommendation?.reasoning).toBe('direktør');
    expect(n.closing?.recommendation?.editedBy).toHaveLength(1);
    expect(codeOf(world.run(n, actor('participant'), { ...draft, sameParticipants: true, reasoning: 'x' }))).toBe(
      'NETWORK.FORBIDDEN',
    );
    const endorse = { type: 'endorseClosingRecommendation' as const, comment: 'Enig' };
    expect(codeOf(world.run(n, actor('director'), { ...endorse, decider: 'director' }))).toBe(
      'CLOSING.DECIDER_INVALID',
    );
    expect(codeOf(world.run(n, actor('leader'), { ...endorse, decider: 'directorsForum' }))).toBe('NETWORK.FORBIDDEN');
    n = world.must(n, actor('director'), { ...endorse, decider: 'directorsForum' });
    expect(continuationDeciderOf(n)).toBe('directorsForum');
  });

  it('extends only with the evaluation answered and a new end date at most a year ahead', () => {
    const world = new TestWorld();
    const n = networkAt(world, WELFARE, 'awaitingContinuationDecision');
    const evaluation = {
      stillMakesSense: 'a',
      achievingGoals: 'b',
      rightParticipants: 'c',
      resourcesUsedWell: 'd',
      adjustments: 'e',
    };
    const extend = (newEndDate?: string, withEvaluation = true) =>
      codeOf(
        world.run(n, actor('headsForum'), {
          type: 'decideContinuation',
          outcome: 'extend',
          newEndDate,
          ...(withEvaluation ? { evaluation } : {}),
        }),
      );
    expect(extend('2026-12-01', false)).toBe('CLOSING.EXTENSION_INVALID');
    expect(extend('2026-09-01')).toBe('CLOSING.EXTENSION_INVALID');
    expect(extend('2027-01-06')).toBe('CLOSING.EXTENSION_INVALID');
    expect(extend('2027-01-05')).toBe('ok');
  });

  it('records the implementation path of each anchoring recommendation and publishes only approved ones', () => {
    const world = new TestWorld();
    let n = networkAt(world, WELFARE, 'closingMeeting');
    n = world.must(n, actor('leader'), {
      type: 'recordClosingMeeting',
      experiences: 'Vi lærte',
      recommendations: [
        { text: 'Fast møde', path: { kind: 'lineOrganisation' } },
        { text: 'Ny stilling', path: { kind: 'decidingBody', body: 'municipalCouncil' } },
      ],
    });
    const [line, council] = n.anchoring!.recommendations;
    expect(council?.path).toEqual({ kind: 'decidingBody', body: 'municipalCouncil' });
    expect(
      codeOf(world.run(n, actor('director'), { type: 'approvePublication', approvedRecommendationIds: ['nope'] })),
    ).toBe('INPUT.INVALID');
    const closed = world.must(n, actor('director'), {
      type: 'approvePublication',
      approvedRecommendationIds: [line!.id],
    });
    expect(closed.anchoring?.recommendations.map((r) => r.approved)).toEqual([true, false]);
  });

  it('sends each end reminder once', () => {
    const world = new TestWorld();
    const system = { ...actor('director'), isSystem: true, surface: 'system' as const };
    const n = world.must(networkAt(world, WELFARE, 'active'), system, { type: 'recordEndReminder', daysBefore: 60 });
    const again = ok(world.run(n, system, { type: 'recordEndReminder', daysBefore: 60 }));
    expect(again.networkChanged).toBe(false);
  });
});

describe('submission', () => {
  it('refuses to submit an idea onto an existing network', () => {
    const world = new TestWorld();
    const n: Network = networkAt(world, WELFARE, 'idea');
    const result = decide(
      n,
      {
        type: 'submitIdea',
        commandId: 'c',
        networkId: n.id,
        name: 'x',
        networkType: 'welfare',
        purpose: 'p',
        background: 'b',
        originatorGroup: '',
      },
      world.context(actor('originator')),
    );
    expect(codeOf(result)).toBe('NETWORK.WRONG_PHASE');
  });
});
