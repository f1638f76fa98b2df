import { PEOPLE, TYPE_CASES, FIXTURE_INPUTS } from '../../shared/src/testing/domain-fixtures';
import type { NetworkListDto, NetworkViewDto, SiteDto } from '@netvaerk/shared/api/api-types';
import { ApiHarness } from './api-harness';

const learning = TYPE_CASES[3]!;
const welfare = TYPE_CASES[2]!;

describe('tab API: networks, commands and the site over HTTP', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await ApiHarness.start();
  });
  afterAll(() => h.stop());

  const command = (as: 'director' | 'leader' | 'outsider', id: string, body: unknown, headers = {}) =>
    h.call('POST', `/api/networks/${id}/commands`, { as, body, headers });

  it('answers domain errors with their status and the Danish (or English) message', async () => {
    // A welfare network's phase 1 is between the director and the central department heads: not the leader.
    const n = await h.arrange(welfare, 'leaderAppointed');
    const forbidden = await command('leader', n.id, { type: 'signContractPhase', phase: 1 });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({
      code: 'NETWORK.FORBIDDEN',
      message: 'Beklager, det er kun netværksdirektøren eller de centrale afdelingschefer, der kan gøre dette.',
    });
    const notFilled = await command('director', n.id, { type: 'signContractPhase', phase: 1 });
    expect(notFilled.status).toBe(409);
    expect(notFilled.body.message).toBe('Kontraktens fase 1 er ikke udfyldt endnu.');
    const invalid = await h.call('POST', `/api/networks/${n.id}/commands?lang=en`, {
      as: 'director',
      body: { type: 'fillContractPhase1', fields: { purpose: '', background: 'x' } },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('INPUT.INVALID');
    expect(invalid.body.message).toBe('Some fields are missing or invalid: Purpose.');
    expect(invalid.body.fieldErrors).toMatchObject({ purpose: 'Please fill in “Purpose”.' });
    const idea = await command('director', n.id, { type: 'submitIdea', name: 'x' });
    expect(idea.status).toBe(422);
  });

  it('fills and signs a contract phase through commands; an Idempotency-Key replay changes nothing', async () => {
    const n = await h.arrange(learning, 'leaderAppointed');
    const filled = await command('director', n.id, { type: 'fillContractPhase1', fields: FIXTURE_INPUTS.PHASE1 });
    expect(filled.status).toBe(200);
    const draft = (filled.body as unknown as NetworkViewDto).contract[0]!;
    expect(draft).toMatchObject({ phase: 1, canEdit: true, canSign: true });
    expect(draft.versions[0]).toMatchObject({ version: 1, locked: false, editedBy: PEOPLE.director.name });

    const key = { 'idempotency-key': 'sign-phase-1-once' };
    const signed = await command('director', n.id, { type: 'signContractPhase', phase: 1 }, key);
    const again = await command('director', n.id, { type: 'signContractPhase', phase: 1 }, key);
    expect(signed.status).toBe(200);
    expect(again.status).toBe(200);
    const half = again.body as unknown as NetworkViewDto;
    // A learning network's phase 1 is between the director and the leader: each party shown, one acknowledged.
    expect(half.contract[0]!.versions[0]).toMatchObject({
      locked: false,
      signatures: [{ by: PEOPLE.director.name, as: 'director', at: expect.any(String) }],
      parties: [
        { body: 'director', acknowledged: true, by: [{ by: PEOPLE.director.name, at: expect.any(String) }] },
        { body: 'leader', acknowledged: false, by: [] },
      ],
    });
    expect(half.contract[0]!.canSign).toBe(false);
    const byLeader = await command('leader', n.id, { type: 'signContractPhase', phase: 1 });
    const view = byLeader.body as unknown as NetworkViewDto;
    expect(view.contract[0]!.versions[0]).toMatchObject({ locked: true });
    // Phase 2 is now open (the leader fills it with the director); the audit trail (newest first) has each acknowledgement once.
    expect(view.contract[1]!.canEdit).toBe(true);
    const asLeader = (await h.call('GET', `/api/networks/${n.id}`, { as: 'leader' })).body as unknown as NetworkViewDto;
    expect(asLeader.contract[1]!.canEdit).toBe(true);
    expect(asLeader.contract[0]!.canSign).toBe(false);
    const signatures = view.history.filter(
      (e) => e.type === 'contractPhaseSigned' || e.type === 'contractPhaseCoSigned',
    );
    expect(signatures.map((e) => [e.type, e.by, e.surface])).toEqual([
      ['contractPhaseSigned', PEOPLE.leader.name, 'tab'],
      ['contractPhaseCoSigned', PEOPLE.director.name, 'tab'],
    ]);
  });

  it('lets the leader add an external participant and shows who accepted', async () => {
    const n = await h.arrange(learning, 'participantsRecruited');
    const res = await command('leader', n.id, {
      type: 'addExternalParticipant',
      name: 'Eva Ekstern',
      organisation: 'Region Hovedstaden',
      email: 'eva@example.org',
      role: 'guest',
      guestUntil: '2099-12-31',
    });
    expect(res.status).toBe(200);
    const view = res.body as unknown as NetworkViewDto;
    expect(view.canManageParticipants).toBe(true);
    expect(view.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'internal', name: PEOPLE.participant.name, status: 'accepted' }),
        expect.objectContaining({
          kind: 'external',
          name: 'Eva Ekstern',
          organisation: 'Region Hovedstaden',
          role: 'guest',
          guestUntil: '2099-12-31',
        }),
      ]),
    );
    const anonymous = await h.call('GET', `/api/networks/${n.id}`);
    expect(anonymous.status).toBe(401);
  });

  it('keeps anonymous reflections anonymous: no ids, and nothing shown below three answers', async () => {
    const n = await h.arrange(welfare, 'active');
    await h.run('leader', n.id, { type: 'updateSettings', anonymousReflections: true });
    await h.run('leader', n.id, { type: 'inviteParticipant', person: PEOPLE.participant2, role: 'participant' });
    const invited = (await h.server.services.networks.load(n.id))!.network.participants.find(
      (p) => p.kind === 'internal' && p.person.objectId === PEOPLE.participant2.objectId,
    )!;
    await h.run('participant2', n.id, { type: 'respondToInvitation', participantId: invited.id, accept: true });
    await h.run('leader', n.id, { type: 'linkMeeting', meetingId: 'm1', title: 'Første møde' });
    await h.run('leader', n.id, { type: 'endMeeting', meetingId: 'm1' });
    const answer = (value: number, comment: string) => ({
      type: 'answerReflection',
      meetingId: 'm1',
      value,
      valueComment: comment,
      workingWell: value,
      changeForm: false,
    });
    await h.run('leader', n.id, answer(5, 'Godt møde'));
    await h.run('participant', n.id, answer(3, 'Lidt langt'));
    const two = (await h.call('GET', `/api/networks/${n.id}`, { as: 'director' })).body as unknown as NetworkViewDto;
    expect(two.meetings[0]).toMatchObject({
      anonymous: true,
      responses: 2,
      averages: null,
      comments: null,
      withheld: true,
    });

    await h.run('participant2', n.id, answer(4, 'Nyttigt'));
    const res = await h.call('GET', `/api/networks/${n.id}`, { as: 'director' });
    const three = res.body as unknown as NetworkViewDto;
    expect(three.meetings[0]).toMatchObject({ responses: 3, averages: { value: 4, workingWell: 4 }, withheld: false });
    expect(three.meetings[0]!.comments!.map((c) => [c.text, c.by])).toEqual(
      expect.arrayContaining([
        ['Godt møde', null],
        ['Lidt langt', null],
        ['Nyttigt', null],
      ]),
    );
    // Nobody's id travels with an anonymous answer, nor in the history of the answers.
    const meetingJson = JSON.stringify(three.meetings);
    for (const p of [PEOPLE.leader, PEOPLE.participant, PEOPLE.participant2]) {
      expect(meetingJson).not.toContain(p.objectId);
      expect(meetingJson).not.toContain(p.name);
    }
    expect(three.history.filter((e) => e.type === 'reflectionAnswered').every((e) => e.by === null)).toBe(true);
  });

  it('gives the director the overview of every network with what each waits for, and others only theirs', async () => {
    const idea = await h.arrange(welfare, 'idea');
    const recommended = await h.arrange(welfare, 'recommended');
    const all = (await h.call('GET', '/api/networks', { as: 'director' })).body as unknown as NetworkListDto;
    expect(all.scope).toBe('all');
    const row = (id: string) => all.networks.find((x) => x.id === id)!;
    expect(row(idea.id).pending).toEqual([
      expect.objectContaining({
        kind: 'recommendation',
        waitingFor: ['director'],
        waitingForNames: [PEOPLE.director.name],
      }),
    ]);
    expect(row(recommended.id).pending[0]).toMatchObject({
      kind: 'decision',
      waitingFor: ['headsForum'],
      waitingForNames: [PEOPLE.headsForum.name, PEOPLE.headsForum2.name],
    });
    const outsider = (await h.call('GET', '/api/networks', { as: 'outsider' })).body as unknown as NetworkListDto;
    expect(outsider).toEqual({ scope: 'mine', networks: [] });
    const originator = (await h.call('GET', '/api/networks', { as: 'originator' })).body as unknown as NetworkListDto;
    expect(originator.scope).toBe('mine');
    expect(originator.networks.map((x) => x.id)).toEqual(expect.arrayContaining([idea.id, recommended.id]));
  });

  it('publishes stories and approved recommendations of closed networks, and takes ideas from the site', async () => {
    const closed = await h.arrange(learning, 'closed');
    const site = (await h.call('GET', '/api/site', { as: 'outsider' })).body as unknown as SiteDto;
    const published = site.networks.find((x) => x.id === closed.id)!;
    expect(published.stories.map((s) => s.title)).toEqual(['Sofies overgang', 'Ny praksis']);
    expect(published.recommendations.map((r) => r.text)).toEqual(['Fast tværfagligt møde']);

    const body = {
      name: 'Unge i job',
      networkType: 'welfare',
      purpose: 'Flere unge i job',
      background: 'Mange unge uden job',
      originatorGroup: 'Beskæftigelse',
    };
    const headers = { 'idempotency-key': 'idea-form-123456' };
    const created = await h.call('POST', '/api/ideas', { as: 'outsider', body, headers });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Unge i job',
      next: 'Den går nu til netværksdirektøren, som indstiller netværket.',
    });
    const replay = await h.call('POST', '/api/ideas', { as: 'outsider', body, headers });
    expect(replay.status).toBe(200);
    expect(replay.body.networkId).toBe(created.body.networkId);
    const stored = await h.server.services.networks.load(String(created.body.networkId));
    expect(stored!.network).toMatchObject({ phase: 'idea', originator: { objectId: PEOPLE.outsider.objectId } });

    const bad = await h.call('POST', '/api/ideas', { as: 'outsider', body: { ...body, purpose: '' } });
    expect(bad.status).toBe(422);
    expect(bad.body.fieldErrors).toMatchObject({ purpose: expect.any(String) });
  });
});
