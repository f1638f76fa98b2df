import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardOf, cardText } from '../support/bot-harness';
import { arrange } from './flow-helpers';
import { meetingSetup, people, reflectionCards, WELFARE } from './meeting-helpers';

const TENANT = PEOPLE.leader.tenantId;

describe('meetings and reflections over HTTP', () => {
  // One server per test: every test's network is led by the same leader, who may lead at most two.
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('posts one reflection card in the meeting chat when the meeting ends, however often Teams sends the event', async () => {
    const { meetingId, chatId } = await meetingSetup(h, 'end1', people(3));
    await h.meetingEvent('End', meetingId, chatId, {
      Id: meetingId,
      Title: 'Netværksmøde 1',
      EndTime: '2026-03-01T10:00:00Z',
      MeetingType: 'Scheduled',
    });
    await h.meetingEvent('End', meetingId, chatId, {
      id: meetingId,
      title: 'Netværksmøde 1',
      endTime: '2026-03-01T10:00:00Z',
    });
    await h.deliver();
    const cards = reflectionCards(h, chatId);
    expect(cards).toHaveLength(1);
    const text = cardText(cardOf(cards[0]!));
    expect(text).toContain('Refleksion over mødet: Netværksmøde 1');
    expect(text).toContain('0 af 3 har svaret');
    const refresh = cardOf(cards[0]!).refresh as { userIds: string[] };
    expect(refresh.userIds.sort()).toEqual(['29:deltager0', '29:deltager1', '29:deltager2']);
    // Each participant's client fetched their own view, with the questions; the shared card only opens it.
    for (const p of people(3)) {
      const seen = h.cardSeenBy(p, chatId, cards[0]!.activityId)!;
      expect(cardText(seen)).toContain('Kom der noget værdifuldt ud af mødet?');
      expect(actionsOf(seen).map((a) => a.verb)).toEqual(['answerReflection']);
    }
    expect(actionsOf(cardOf(cards[0]!)).map((a) => a.verb)).toEqual(['refreshCard']);
    expect(cardText(cardOf(cards[0]!))).not.toContain('Kom der noget værdifuldt ud af mødet?');
    const meeting = (await h.network('end1'))!.meetings[0]!;
    expect(meeting).toEqual(
      expect.objectContaining({
        id: meetingId,
        status: 'reflectionOpen',
        chatId,
        attendeeKeys: expect.arrayContaining([`${TENANT}_deltager0`]),
      }),
    );
  });

  it('stores 50 concurrent answers with the right count and averages, then sends the leader the summary', async () => {
    const crowd = people(50);
    const { meetingId, chatId } = await meetingSetup(h, 'fifty', crowd);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Stormøde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    const results = await Promise.all(
      crowd.map((p, i) =>
        h.invoke(
          p,
          'answerReflection',
          {
            networkId: 'fifty',
            meetingId,
            value: String((i % 5) + 1),
            workingWell: '4',
            changeForm: i % 2 === 0 ? 'true' : 'false',
            suggestion: i === 0 ? 'Gåtur' : '',
          },
          { conversationId: chatId, replyToId: card.activityId },
        ),
      ),
    );
    expect(results.map((r) => cardText(r.card)).filter((t) => !t.includes('Dit svar er gemt'))).toEqual([]);
    const answers = await h.server.services.networks.reflectionAnswers('fifty', meetingId);
    expect(answers).toHaveLength(50);
    expect(answers.reduce((s, a) => s + a.value, 0) / 50).toBe(3);
    await h.deliver();
    expect((await h.network('fifty'))!.meetings[0]!.status).toBe('reflectionClosed');
    const updates = h.connector.updates().filter((u) => u.activityId === card.activityId);
    expect(cardText(updates.at(-1)!.activity.attachments?.[0]?.content)).toContain('50 af 50 har svaret');
    const summary = h
      .sentTo('a:personal-leader')
      .map((s) => cardText(cardOf(s)))
      .find((t) => t.includes('Opsamling: Stormøde'));
    expect(summary).toContain('Værdi af mødet (gennemsnit)\n3');
    expect(summary).toContain('Gåtur');
  });

  it('keeps one answer per person, the newest, and refuses after the reflection closed and to non-participants', async () => {
    const trio = people(3);
    const { meetingId, chatId } = await meetingSetup(h, 'edit', trio);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Møde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    const answer = (value: string, who = trio[0]!) =>
      h.invoke(
        who,
        'answerReflection',
        { networkId: 'edit', meetingId, value, workingWell: '3', changeForm: 'false' },
        { conversationId: chatId, replyToId: card.activityId },
      );
    await answer('2');
    const edited = await answer('5');
    expect(JSON.stringify(edited.card)).toContain('"value":"5"');
    const answers = await h.server.services.networks.reflectionAnswers('edit', meetingId);
    expect(answers.map((a) => a.value)).toEqual([5]);
    const outsider = await h.invoke(
      'outsider',
      'answerReflection',
      { networkId: 'edit', meetingId, value: '3', workingWell: '3', changeForm: 'false' },
      { conversationId: chatId, replyToId: card.activityId },
    );
    expect(cardText(outsider.card)).toContain('Kun netværkets deltagere kan svare på refleksionen.');
    await h.server.services.service.execute(
      { type: 'closeReflection', commandId: 'close-edit', networkId: 'edit', meetingId },
      { ...PEOPLE.leader, surface: 'bot' },
    );
    const late = await answer('1', trio[1]);
    expect(cardText(late.card)).toContain('Refleksionen over mødet er ikke åben længere. Tak alligevel!');
    expect(await h.server.services.networks.reflectionAnswers('edit', meetingId)).toHaveLength(1);
  });

  it('keeps anonymous answers anonymous and hides averages below three answers', async () => {
    const duo = people(4);
    const { meetingId, chatId } = await meetingSetup(h, 'anon', duo, { anonymous: true });
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Anonymt møde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    expect(cardText(cardOf(card))).toContain('Svarene er anonyme');
    for (const p of duo.slice(0, 2))
      await h.invoke(
        p,
        'answerReflection',
        {
          networkId: 'anon',
          meetingId,
          value: '4',
          workingWell: '4',
          changeForm: 'false',
          valueComment: `fra ${p.objectId}`,
        },
        { conversationId: chatId, replyToId: card.activityId },
      );
    const rows = await h.server.services.store.range('networks', 'anon', 'reflection~', 'reflection~\u007f');
    expect(JSON.stringify(rows)).not.toMatch(/deltager\d"|29:deltager/);
    expect(rows.every((r) => JSON.parse(String(r.properties.data)).person === null)).toBe(true);
    await h.server.services.service.execute(
      { type: 'closeReflection', commandId: 'close-anon', networkId: 'anon', meetingId },
      { ...PEOPLE.leader, surface: 'bot' },
    );
    await h.deliver();
    const summary = h
      .sentTo('a:personal-leader')
      .map((s) => cardText(cardOf(s)))
      .find((t) => t.includes('Opsamling: Anonymt møde'))!;
    expect(summary).toContain('For få svar til at vise gennemsnit og kommentarer');
    expect(summary).not.toContain('fra deltager');
  });

  it('reminds each non-responder once, in their own chat, after the configured delay', async () => {
    const trio = people(3);
    const { meetingId, chatId } = await meetingSetup(h, 'remind', trio);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Påmindelsesmøde' });
    await h.deliver();
    await h.invoke(
      trio[0]!,
      'answerReflection',
      { networkId: 'remind', meetingId, value: '4', workingWell: '4', changeForm: 'false' },
      { conversationId: chatId, replyToId: reflectionCards(h, chatId)[0]!.activityId },
    );
    const { scheduler } = h.server.services;
    // The test server is configured with a zero reminder delay: the first tick reminds, the second does not.
    expect(await scheduler.tick()).toBe(true);
    expect(await scheduler.tick()).toBe(true);
    await h.deliver();
    const reminded = (id: string) =>
      h.sentTo(`a:personal-${id}`).filter((s) => cardText(cardOf(s)).includes('Et lille skub')).length;
    expect([reminded('deltager0'), reminded('deltager1'), reminded('deltager2')]).toEqual([0, 1, 1]);
  });

  it("posts the network's goal at meeting start only when the network asked for it", async () => {
    const { meetingId, chatId } = await meetingSetup(h, 'start', people(2));
    await h.meetingEvent('Start', meetingId, chatId, {
      Id: meetingId,
      Title: 'Uden påmindelse',
      StartTime: '2026-03-01T09:00:00Z',
    });
    await h.deliver();
    expect(h.sentTo(chatId).filter((s) => cardText(cardOf(s)).includes('Netværkets mål'))).toHaveLength(0);
    await h.server.services.service.execute(
      { type: 'updateSettings', commandId: 'goal-on', networkId: 'start', meetingStartMessage: 'goalReminder' },
      { ...PEOPLE.leader, surface: 'bot' },
    );
    const second = `${meetingId}-2`;
    await h.server.services.service.execute(
      { type: 'linkMeeting', commandId: 'link-2', networkId: 'start', meetingId: second, title: 'Møde 2', chatId },
      { ...PEOPLE.leader, surface: 'bot' },
    );
    await h.meetingEvent('Start', second, chatId, { id: second, title: 'Møde 2', startTime: '2026-03-08T09:00:00Z' });
    await h.meetingEvent('Start', second, chatId, { id: second, title: 'Møde 2', startTime: '2026-03-08T09:00:00Z' });
    await h.deliver();
    const goals = h.sentTo(chatId).filter((s) => cardText(cardOf(s)).includes('Netværkets mål'));
    expect(goals).toHaveLength(1);
    expect(cardText(cardOf(goals[0]!))).toContain('Netværkets mål: En fælles plan');
  });

  it('links a channel meeting to the network whose channel it is in, without being asked', async () => {
    await arrange(h, WELFARE, 'active', 'chan');
    const channel = '19:netvaerkets-kanal@thread.tacv2';
    await h.message('leader', 'tilknyt netværk', {
      conversationId: channel,
      channelData: { channel: { id: channel } },
    });
    const link = actionsOf(cardOf(h.sentTo(channel).at(-1)!)).find((a) => a.verb === 'linkNetwork')!;
    await h.invoke(
      'leader',
      'linkNetwork',
      { ...link.data, networkId: 'chan' },
      { conversationId: channel, channelData: { channel: { id: channel } } },
    );
    expect((await h.network('chan'))?.settings.channelId).toBe(channel);
    const meetingId = 'MCMxOTpjaGFubmVsLW1lZXRpbmc=';
    const thread = `${channel};messageid=1795420000000`;
    await h.post({
      type: 'event',
      name: 'application/vnd.microsoft.meetingEnd',
      id: 'channel-meeting-end',
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      from: { id: '29:leader', aadObjectId: 'leader' },
      recipient: { id: '28:netvaerk-bot' },
      conversation: { id: thread, conversationType: 'channel', tenantId: TENANT, isGroup: true },
      channelData: {
        tenant: { id: TENANT },
        meeting: { id: meetingId },
        channel: { id: channel },
        team: { id: '19:team@thread.tacv2' },
      },
      value: { Id: meetingId, Title: 'Kanalmøde' },
    });
    await h.deliver();
    const network = await h.network('chan');
    expect(network?.meetings.find((m) => m.id === meetingId)).toEqual(
      expect.objectContaining({ title: 'Kanalmøde', status: 'reflectionOpen', chatId: thread }),
    );
    expect(reflectionCards(h, thread)).toHaveLength(1);
  });

  it('links a private meeting from the tab, so its end posts the reflection card', async () => {
    await arrange(h, WELFARE, 'active', 'tablink');
    const meetingId = 'MCMxOTp0YWItbGlua2Vk';
    const chatId = '19:meeting_tablink@thread.v2';
    const response = await fetch(`${h.url}/api/networks/tablink/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-user': 'leader' },
      body: JSON.stringify({ type: 'linkMeeting', meetingId, title: 'Fanemøde', chatId }),
    });
    expect(response.status).toBe(200);
    await h.server.services.directory.rememberConversation({
      conversationId: chatId,
      name: 'Fanemøde',
      serviceUrl: h.connector.url,
      tenantId: TENANT,
      conversationType: 'groupChat',
      teamId: '',
    });
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Fanemøde' });
    await h.deliver();
    expect(reflectionCards(h, chatId)).toHaveLength(1);
  });
});
