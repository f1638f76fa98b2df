import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BOT, BotHarness, cardOf, cardText } from '../support/bot-harness';
import { findCard, press, viewAs } from './flow-helpers';
import { meetingSetup, people, reflectionCards } from './meeting-helpers';

const TENANT = PEOPLE.leader.tenantId;

/** A participant join or leave event as Teams sends it (botframework-schema's MeetingParticipantsEventDetails). */
function participantEvent(
  h: BotHarness,
  kind: 'Join' | 'Leave',
  meetingId: string,
  chatId: string,
  who: { objectId: string; name: string }[],
  activityId: string,
) {
  return h.post({
    type: 'event',
    name: `application/vnd.microsoft.meetingParticipant${kind}`,
    id: activityId,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: '29:leader', aadObjectId: 'leader' },
    recipient: BOT,
    conversation: { id: chatId, conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, meeting: { id: meetingId } },
    value: {
      members: who.map((p) => ({
        user: { id: `29:${p.objectId}`, name: p.name, aadObjectId: p.objectId, tenantId: TENANT, userRole: 'user' },
        meeting: { inMeeting: kind === 'Join', role: 'Attendee' },
      })),
    },
  });
}

describe('in the meeting, over HTTP (issue 14)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('posts the reflection card when the leader starts it in the meeting, and no second card at its end', async () => {
    const crowd = people(3);
    const { meetingId, chatId } = await meetingSetup(h, 'early', crowd);
    const started = await h.server.services.service.execute(
      { type: 'startReflection', commandId: 'start-early', networkId: 'early', meetingId },
      { ...PEOPLE.leader, surface: 'tab' },
    );
    expect('network' in started).toBe(true);
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
    const card = reflectionCards(h, chatId)[0]!;
    // Everyone answers while still in the meeting: the reflection stays open until the meeting ends.
    for (const p of crowd)
      await h.invoke(
        p,
        'answerReflection',
        { networkId: 'early', meetingId, value: '4', workingWell: '4', changeForm: 'false' },
        { conversationId: chatId, replyToId: card.activityId },
      );
    await h.deliver();
    expect((await h.network('early'))!.meetings[0]!.status).toBe('reflectionOpen');
    await h.meetingEvent('End', meetingId, chatId, {
      Id: meetingId,
      Title: 'Netværksmøde',
      EndTime: '2026-03-01T10:00:00Z',
    });
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Netværksmøde' });
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
    const meeting = (await h.network('early'))!.meetings[0]!;
    expect(meeting.endedAt).toBeTruthy();
    // The end started the clock and, everyone having answered, closed it: the leader got the summary.
    expect(meeting.status).toBe('reflectionClosed');
    const summaries = h
      .sentTo('a:personal-leader')
      .map((s) => cardText(cardOf(s)))
      .filter((t) => t.includes('Opsamling: Netværksmøde'));
    expect(summaries).toHaveLength(1);
  });

  it("lets the leader write the agenda and start the reflection on the meeting's start card, and nobody else", async () => {
    const crowd = people(2);
    const { meetingId, chatId } = await meetingSetup(h, 'agenda', crowd);
    // The leader is in the meeting chat too (Teams refreshes a card only for those who see it).
    h.connector.setMembers(chatId, [
      ...crowd.map((p) => ({ id: `29:${p.objectId}`, name: p.name, aadObjectId: p.objectId })),
      { id: '29:leader', name: PEOPLE.leader.name, aadObjectId: PEOPLE.leader.objectId },
    ]);
    await h.server.services.service.execute(
      { type: 'updateSettings', commandId: 'goal-on', networkId: 'agenda', meetingStartMessage: 'goalReminder' },
      { ...PEOPLE.leader, surface: 'bot' },
    );
    await h.meetingEvent('Start', meetingId, chatId, {
      Id: meetingId,
      Title: 'Netværksmøde',
      StartTime: '2026-03-01T09:00:00Z',
    });
    await h.deliver();
    const start = findCard(h, chatId, 'Velkommen til mødet');
    // Everyone sees the goal and that there is no agenda yet; only the leader's own view (refreshed) can write it.
    expect(cardText(start.card)).toContain('ikke skrevet en dagsorden');
    expect(actionsOf(start.card).map((a) => a.verb)).toEqual([]);
    const leaders = viewAs(h, 'leader', start);
    expect(actionsOf(leaders).map((a) => a.verb)).toEqual(['writeMeetingNotes', 'startReflection']);
    const saved = await press(h, 'leader', start, 'writeMeetingNotes', { agenda: '1. Status\n2. Næste skridt' });
    expect(cardText(saved)).toContain('Dagsordenen er gemt.');
    const meeting = () => h.network('agenda').then((n) => n!.meetings.find((m) => m.id === meetingId)!);
    expect((await meeting()).agenda?.text).toBe('1. Status\n2. Næste skridt');
    await h.deliver();
    // The shared card shows the agenda to everyone now.
    expect(cardText(findCard(h, chatId, 'Velkommen til mødet').card)).toContain('2. Næste skridt');
    // A participant pressing the leader's button is refused politely, and nothing changes.
    const refused = await h.invoke(
      crowd[0]!,
      'writeMeetingNotes',
      { networkId: 'agenda', meetingId, agenda: 'Mit eget punkt' },
      { conversationId: chatId, replyToId: start.activityId },
    );
    expect(cardText(refused.card)).not.toContain('Dagsordenen er gemt.');
    expect((await meeting()).agenda?.text).toBe('1. Status\n2. Næste skridt');
    // Starting the reflection from the card posts its card now, and the end adds none.
    const started = await press(h, 'leader', start, 'startReflection');
    expect(cardText(started)).toContain('Refleksionen er startet');
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Netværksmøde' });
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
    expect((await meeting()).endedAt).toBeTruthy();
  });

  it('keeps one answer per person across the card and the side panel, and the card follows the panel', async () => {
    const crowd = people(2);
    const { meetingId, chatId } = await meetingSetup(h, 'both', crowd);
    const panel = (as: string, body?: Record<string, unknown>) =>
      fetch(`${h.url}/api/networks/both/panel${body ? '/commands' : ''}?meeting=${encodeURIComponent(meetingId)}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'x-dev-user': as, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { meeting: { responses: number }; ownAnswer: unknown },
      }));
    expect((await panel(PEOPLE.leader.objectId, { type: 'startReflection' })).status).toBe(200);
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    // Deltager 0 answers on the card, then changes her mind in the panel: still one answer, the panel's.
    await h.invoke(
      crowd[0]!,
      'answerReflection',
      { networkId: 'both', meetingId, value: '2', valueComment: 'Fra kortet', workingWell: '2', changeForm: 'true' },
      { conversationId: chatId, replyToId: card.activityId },
    );
    const fromPanel = await panel(crowd[0]!.objectId, {
      type: 'answerReflection',
      value: 5,
      valueComment: 'Fra panelet',
      workingWell: 4,
      changeForm: false,
    });
    expect(fromPanel.status).toBe(200);
    expect(fromPanel.body.meeting.responses).toBe(1);
    expect(fromPanel.body.ownAnswer).toEqual(expect.objectContaining({ value: 5, valueComment: 'Fra panelet' }));
    const answers = await h.server.services.networks.reflectionAnswers('both', meetingId);
    expect(answers.map((a) => a.valueComment)).toEqual(['Fra panelet']);
    // Deltager 1 answers in the panel only: the card in the chat counts both.
    await panel(crowd[1]!.objectId, { type: 'answerReflection', value: 4, workingWell: 4, changeForm: false });
    await h.deliver();
    const shown = findCard(h, chatId, 'Refleksion over mødet');
    // (of everyone the network asks while the meeting runs: its participants and the leader)
    expect(cardText(shown.card)).toMatch(/\b2 af 4 har svaret/);
  });

  it("counts the network's attendees from participant join and leave events as those who must reflect", async () => {
    const crowd = people(4);
    const { meetingId, chatId } = await meetingSetup(h, 'attend', crowd);
    const [a, b, c] = crowd;
    await participantEvent(h, 'Join', meetingId, chatId, [a!, b!], 'join-1');
    await participantEvent(h, 'Join', meetingId, chatId, [c!, { objectId: 'gaest-udefra', name: 'Gæst' }], 'join-2');
    await participantEvent(h, 'Leave', meetingId, chatId, [c!], 'leave-1');
    // Teams redelivers an event: nothing changes.
    await participantEvent(h, 'Join', meetingId, chatId, [a!, b!], 'join-1');
    const recorded = (await h.network('attend'))!.meetings[0]!;
    expect(recorded.attendance?.map((x) => x.personKey).sort()).toEqual(
      [a, b, c].map((p) => `${TENANT}_${p!.objectId}`).sort(),
    );
    expect(recorded.attendance?.find((x) => x.personKey === `${TENANT}_${c!.objectId}`)?.leftAt).toBeTruthy();
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Møde med fremmøde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    // All four are in the chat, three came: three are asked, and only their clients refresh the card.
    expect(cardText(cardOf(card))).toContain('0 af 3 har svaret');
    const refresh = cardOf(card).refresh as { userIds: string[] };
    expect(refresh.userIds.sort()).toEqual([a, b, c].map((p) => `29:${p!.objectId}`).sort());
  });
});
