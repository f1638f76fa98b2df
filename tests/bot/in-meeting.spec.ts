import { PEOPLE } from '../../shared/src/testing/domain-fixtures';
import { BOT, BotHarness, cardOf, cardText } from '../support/bot-harness';
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
