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
    // A figure, never asserted: what one stage poll costs (each viewer polls every 1.5 s).
    const pollStart = performance.now();
    for (let i = 0; i < 20; i++) await h.call('GET', `/api/networks/${id}/stage${q}`, { as: 'participant' });
    console.log(
      `stage poll over HTTP with SSO and Azurite: ${((performance.now() - pollStart) / 20).toFixed(1)} ms each`,
    );
    // Without the leader's choice, no comments.
    const plain = (await h.call('GET', `/api/networks/${id}/stage${q}`, { as: 'participant' })).body;
    expect(plain.comments).toBeNull();
    // Still open: the meeting has not ended, so nobody is cut off yet.
    expect((full as { status: string }).status).toBe('reflectionOpen');
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
    const stage = (await h.call('GET', `${path('stage')}&comments=1`, { as: 'leader' })).body;
    expect(stage).toEqual(expect.objectContaining({ anonymous: true, responses: 3, comments: null }));
    expect(stage.averages).toEqual({ value: 4, workingWell: 4 });
    expect(JSON.stringify(stage)).not.toContain('Kommentar fra');
    // One's own anonymous answer is found by the same keyed hash, for oneself only.
    const own = (await h.call('GET', path('panel'), { as: 'participant' })).body.ownAnswer as { valueComment: string };
    expect(own.valueComment).toBe('Kommentar fra participant');
  });
});
