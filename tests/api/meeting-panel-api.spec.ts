import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from './api-harness';

/** The side panel and the stage over HTTP with SSO tokens, against the real server and Azurite (issue 14). */
describe('the meeting side panel and the shared stage', () => {
  let h: ApiHarness;
  let id: string;
  const meeting = 'MCMxOTptZWV0aW5nXzQ1Ng==/panel';
  const q = `?meeting=${encodeURIComponent(meeting)}`;

  beforeAll(async () => {
    h = await ApiHarness.start();
    const network = await h.arrange(TYPE_CASES[2]!, 'active');
    id = network.id;
    // A third member, so averages may show.
    const invited = await h.run('leader', id, {
      type: 'inviteParticipant',
      person: PEOPLE.participant2,
      role: 'participant',
    });
    const per = invited.participants.find(
      (p) => p.kind === 'internal' && p.person.objectId === PEOPLE.participant2.objectId,
    )!;
    await h.run('participant2', id, { type: 'respondToInvitation', participantId: per.id, accept: true });
    await h.run('leader', id, {
      type: 'linkMeeting',
      meetingId: meeting,
      title: 'Netværksmøde 4',
      chatId: '19:meeting_panel@thread.v2',
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const answer = (as: 'leader' | 'participant' | 'participant2', value: number, valueComment = '') =>
    h.call('POST', `/api/networks/${id}/panel/commands${q}`, {
      as,
      body: { type: 'answerReflection', value, valueComment, workingWell: 4, changeForm: false },
    });

  it('shows the charter, the agenda the leader writes and who may do what', async () => {
    const refused = await h.call('POST', `/api/networks/${id}/panel/commands${q}`, {
      as: 'participant',
      body: { type: 'writeMeetingNotes', agenda: 'Mit punkt' },
    });
    expect(refused.status).toBe(403);
    const written = await h.call('POST', `/api/networks/${id}/panel/commands${q}`, {
      as: 'leader',
      body: { type: 'writeMeetingNotes', agenda: '1. Status\n2. Plan' },
    });
    expect(written.status).toBe(200);
    const panel = await h.call('GET', `/api/networks/${id}/panel${q}`, { as: 'participant' });
    expect(panel.status).toBe(200);
    expect(panel.body).toEqual(
      expect.objectContaining({
        canLead: false,
        canAnswer: false,
        charter: expect.objectContaining({ goal: expect.any(String), groundRules: expect.any(String) }),
        successCriteria: expect.objectContaining({ process: expect.any(String) }),
        meeting: expect.objectContaining({ agenda: '1. Status\n2. Plan', status: 'scheduled', expected: 3 }),
      }),
    );
    expect((await h.call('GET', `/api/networks/${id}/panel${q}`, { as: 'outsider' })).status).toBe(403);
    const other = await h.call('POST', `/api/networks/${id}/panel/commands${q}`, {
      as: 'leader',
      body: { type: 'endMeeting' },
    });
    expect(other.status).toBe(422);
  });

  it('updates the live count after each answer, and shows averages and chosen comments from three answers', async () => {
    const started = await h.call('POST', `/api/networks/${id}/panel/commands${q}`, {
      as: 'leader',
      body: { type: 'startReflection' },
    });
    expect(started.status).toBe(200);
    expect(started.body.meeting).toEqual(expect.objectContaining({ status: 'reflectionOpen', responses: 0 }));
    const stage = async () =>
      (await h.call('GET', `/api/networks/${id}/stage${q}&comments=1`, { as: 'participant' })).body;
    expect(await stage()).toEqual(
      expect.objectContaining({ responses: 0, expected: 3, averages: null, comments: null }),
    );

    expect((await answer('participant', 4, 'Godt møde')).status).toBe(200);
    expect(await stage()).toEqual(
      expect.objectContaining({ responses: 1, expected: 3, averages: null, comments: null }),
    );
    // Answering again is the same one answer, edited.
    const again = await answer('participant', 5, 'Rigtig godt møde');
    expect((again.body.ownAnswer as { value: number }).value).toBe(5);
    expect(await stage()).toEqual(expect.objectContaining({ responses: 1 }));
    await answer('participant2', 3);
    expect(await stage()).toEqual(expect.objectContaining({ responses: 2, averages: null }));
    await answer('leader', 4);
    const full = await stage();
    expect(full).toEqual(
      expect.objectContaining({
        responses: 3,
        expected: 3,
        averages: { value: 4, workingWell: 4 },
        changeFormVotes: 0,
        comments: [{ question: 'value', text: 'Rigtig godt møde' }],
      }),
    );
    // The stage never names anyone.
    expect(JSON.stringify(full)).not.toMatch(/Pia|Per|Lene|participant|leader"/);
    // Without the leader's choice, no comments.
    const plain = (await h.call('GET', `/api/networks/${id}/stage${q}`, { as: 'participant' })).body;
    expect(plain.comments).toBeNull();
    // Still open: the meeting has not ended, so nobody is cut off yet.
    expect((full as { status: string }).status).toBe('reflectionOpen');
  });

  it('lets everyone in the meeting read the stage the leader shared (its key), and nobody else', async () => {
    const leaderPanel = (await h.call('GET', `/api/networks/${id}/panel${q}`, { as: 'leader' })).body;
    const keys = leaderPanel.stageKeys as { plain: string; withComments: string };
    expect(keys.plain).toMatch(/^[\w-]{32}$/);
    expect(keys.withComments).not.toBe(keys.plain);
    expect((await h.call('GET', `/api/networks/${id}/panel${q}`, { as: 'participant' })).body.stageKeys).toBeNull();
    const stageAs = (query: string) => h.call('GET', `/api/networks/${id}/stage${q}${query}`, { as: 'outsider' });
    // A colleague in the meeting who is not in the network: no key, no stage (the same answer as a missing one).
    expect((await stageAs('')).status).toBe(403);
    expect((await stageAs(`&key=${'x'.repeat(32)}`)).status).toBe(403);
    const plain = await stageAs(`&key=${keys.plain}`);
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual(expect.objectContaining({ responses: 3, comments: null }));
    // Turning the comments on in the address needs the leader's other key.
    expect((await stageAs(`&comments=1&key=${keys.plain}`)).status).toBe(403);
    const withComments = await stageAs(`&comments=1&key=${keys.withComments}`);
    expect(withComments.body.comments).toEqual([{ question: 'value', text: 'Rigtig godt møde' }]);
    // The key is this meeting's: it opens no other meeting of the network.
    const otherMeeting = `?meeting=${encodeURIComponent('MCMxOTptZWV0aW5nXzQ1Ng==/other')}`;
    const other = await h.call('GET', `/api/networks/${id}/stage${otherMeeting}&key=${keys.plain}`, { as: 'outsider' });
    expect(other.status).toBe(403);
  });

  it('shows no comments on the stage for an anonymous meeting, even when asked', async () => {
    await h.run('leader', id, { type: 'updateSettings', anonymousReflections: true });
    const anon = 'MCMxOTptZWV0aW5nXzc4OQ==';
    await h.run('leader', id, { type: 'linkMeeting', meetingId: anon, title: 'Anonymt møde', chatId: '' });
    const path = (rest: string) => `/api/networks/${id}/${rest}?meeting=${encodeURIComponent(anon)}`;
    await h.call('POST', path('panel/commands'), { as: 'leader', body: { type: 'startReflection' } });
    for (const as of ['leader', 'participant', 'participant2'] as const)
      await h.call('POST', path('panel/commands'), {
        as,
        body: {
          type: 'answerReflection',
          value: 4,
          valueComment: `Kommentar fra ${as}`,
          workingWell: 4,
          changeForm: true,
        },
      });
    // While it is open, the averages wait: a stage updated after each answer would give the newest one away.
    const open = (await h.call('GET', `${path('stage')}&comments=1`, { as: 'leader' })).body;
    expect(open).toEqual(
      expect.objectContaining({ anonymous: true, responses: 3, averages: null, changeFormVotes: null, comments: null }),
    );
    expect(open.averagesAtClose).toBe(true);
    // The leader closes it from the panel; then the stage shows the result, still without comments.
    const panel = await h.call('POST', path('panel/commands'), { as: 'leader', body: { type: 'closeReflection' } });
    expect(panel.status).toBe(200);
    expect(panel.body).toEqual(expect.objectContaining({ canClose: false }));
    expect((panel.body.meeting as { status: string }).status).toBe('reflectionClosed');
    const stage = (await h.call('GET', `${path('stage')}&comments=1`, { as: 'leader' })).body;
    expect(stage).toEqual(expect.objectContaining({ anonymous: true, responses: 3, comments: null }));
    expect(stage.averages).toEqual({ value: 4, workingWell: 4 });
    expect(stage.averagesAtClose).toBe(false);
    expect(JSON.stringify(stage)).not.toContain('Kommentar fra');
    // One's own anonymous answer is found by the same keyed hash, for oneself only.
    const own = (await h.call('GET', path('panel'), { as: 'participant' })).body.ownAnswer as { valueComment: string };
    expect(own.valueComment).toBe('Kommentar fra participant');
  });
});
