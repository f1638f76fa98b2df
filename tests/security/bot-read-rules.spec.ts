import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardText, CHANNELS } from '../support/bot-harness';
import { arrange, findCard } from '../bot/flow-helpers';

const WELFARE = TYPE_CASES[2]!;

describe('the bot reads networks by the same rule as the tab (issue 10, finding 4)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
    await arrange(h, WELFARE, 'active', 'hemmelig');
  });
  afterAll(async () => {
    await h.stop();
  });

  const views: [string, Record<string, unknown>][] = [
    ['refreshCard', { networkId: 'hemmelig', kind: 'status' }],
    ['refreshCard', { networkId: 'hemmelig', view: 'participants' }],
    ['refreshCard', { networkId: 'hemmelig', view: 'contract', phase: 1 }],
    ['showParticipantsForm', { networkId: 'hemmelig' }],
    ['showContractForm', { networkId: 'hemmelig', phase: 2 }],
    ['decideIdea', { networkId: 'hemmelig', kind: 'decision', outcome: 'approve' }],
  ];

  it.each(views)('answers a stranger pressing %s %j as for a network that does not exist', async (verb, data) => {
    const network = await h.network('hemmelig');
    const asStranger = await h.invoke('outsider', verb, data);
    const asNobody = await h.invoke('outsider', verb, { ...data, networkId: 'findes-ikke' });
    expect(cardText(asStranger.card)).toContain('Netværket findes ikke, eller du har ikke adgang til det.');
    expect(cardText(asStranger.card)).toBe(cardText(asNobody.card));
    expect(JSON.stringify(asStranger.card)).not.toContain(network!.name);
    expect((await h.network('hemmelig'))?.version).toBe(network!.version);
  });

  it('still shows the network to its participants, and a posted card to the members of its channel', async () => {
    const asParticipant = await h.invoke('participant', 'refreshCard', { networkId: 'hemmelig', kind: 'status' });
    expect(cardText(asParticipant.card)).not.toContain('findes ikke');
    const posted = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const inChannel = await h.invoke(
      'outsider',
      'refreshCard',
      { networkId: 'hemmelig', kind: 'decision' },
      { conversationId: CHANNELS.headsForum, replyToId: posted.activityId },
    );
    expect(cardText(inChannel.card)).not.toContain('findes ikke');
  });

  it("does not let an edited replyToId make the bot overwrite another network's card", async () => {
    await arrange(h, WELFARE, 'recommended', 'anden');
    await arrange(h, WELFARE, 'recommended', 'tredje');
    const card = h
      .sentTo(CHANNELS.headsForum)
      .filter((s) => JSON.stringify(s.activity.attachments?.[0]?.content).includes('"networkId":"anden"'))
      .at(-1)!;
    const updatesBefore = h.connector.updates().length;
    // Deciding network "tredje", while claiming the button was on network "anden"'s decision card.
    const { card: answer } = await h.invoke(
      'headsForum',
      'decideIdea',
      { networkId: 'tredje', kind: 'decision', outcome: 'approve' },
      { conversationId: CHANNELS.headsForum, replyToId: card.activityId },
    );
    expect((await h.network('tredje'))?.phase).toBe('approved');
    expect(cardText(answer)).toContain((await h.network('tredje'))!.name);
    await h.deliver();
    expect(
      h.connector
        .updates()
        .slice(updatesBefore)
        .map((u) => u.activityId),
    ).not.toContain(card.activityId);
    const refused = (await h.server.services.outbox.forNetwork('tredje')).filter((e) => e.status === 'refused');
    expect(refused.map((e) => e.message.activityId)).toEqual([card.activityId]);
    // The network's own card, pressed where it was posted, is still updated for everyone.
    const own = h
      .sentTo(CHANNELS.headsForum)
      .filter((s) => JSON.stringify(s.activity.attachments?.[0]?.content).includes('"networkId":"anden"'))
      .at(-1)!;
    await h.invoke(
      'headsForum',
      'decideIdea',
      { networkId: 'anden', kind: 'decision', outcome: 'approve' },
      { conversationId: CHANNELS.headsForum, replyToId: own.activityId },
    );
    await h.deliver();
    expect(h.connector.updates().map((u) => u.activityId)).toContain(own.activityId);
  });
});
