import type { PostedCardDto } from '../../bot/src/api/routes/dev-cards.routes';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, CHANNELS, cardOf, cardText } from '../support/bot-harness';
import { arrange, findCard } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;

/**
 * Issue 15 (the tour's `npm run decide`): in Teams the answer to a press replaces the card for the presser only;
 * everyone else in the forum's channel sees the decision only when the app updates the posted message. A press on
 * a channel post comes from its thread (`<channel>;messageid=<post>`) and names the post as replyToId.
 */
describe("a decision on the heads' forum's channel card, seen by the rest of the channel", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('updates the same channel message for everyone: the decision shown, no buttons left', async () => {
    await arrange(h, WELFARE, 'recommended', 'shared-decision');
    // The channel's base card offers "Vis mine muligheder"; a forum member's own view has the votes.
    const posted = findCard(h, CHANNELS.headsForum, 'Beslutning:', 'headsForum');
    const approve = actionsOf(posted.card).find((a) => a.verb === 'decideIdea' && a.data.outcome === 'approve')!;
    const updatesBefore = h.connector.updates().length;

    // The ids `npm run decide` presses with, from the local-dev list of the network's posted cards.
    const listed = await fetch(`${h.url}/api/dev/networks/shared-decision/posted-cards`, {
      headers: { 'x-dev-user': PEOPLE.headsForum.objectId },
    });
    expect(listed.status).toBe(200);
    const { cards } = (await listed.json()) as { cards: PostedCardDto[] };
    const decisionCard = cards.find((c) => c.view.type === 'network' && c.view.kind === 'decision')!;
    expect(decisionCard).toMatchObject({ conversationId: CHANNELS.headsForum, activityId: posted.activityId });

    const pressed = await h.invoke('headsForum', 'decideIdea', approve.data, {
      conversationId: `${CHANNELS.headsForum};messageid=${decisionCard.activityId}`,
      replyToId: decisionCard.activityId,
    });
    expect(cardText(pressed.card)).toContain('Godkendt af Claus Chefforum');
    await h.deliver();

    const updates = h.connector.updates().slice(updatesBefore);
    const ofThePost = updates.filter((u) => u.activityId === posted.activityId);
    expect(ofThePost).toHaveLength(1);
    expect(ofThePost[0]!.conversationId.split(';')[0]).toBe(CHANNELS.headsForum);
    const shared = cardOf(ofThePost[0]!);
    expect(cardText(shared)).toContain('Godkendt af Claus Chefforum');
    expect(actionsOf(shared)).toEqual([]);
    // What another member of the channel now sees on that message (no view of their own: the base card).
    const seen = h.cardSeenBy('headsForum2', CHANNELS.headsForum, posted.activityId)!;
    expect(cardText(seen)).toContain('Godkendt af Claus Chefforum');
    expect(actionsOf(seen)).toEqual([]);
    expect(h.connector.unexpected()).toEqual([]);
  });

  it('lists posted cards only of a network the person may see (local development only)', async () => {
    const ask = (id: string) =>
      fetch(`${h.url}/api/dev/networks/${id}/posted-cards`, { headers: { 'x-dev-user': PEOPLE.headsForum.objectId } });
    // The tab API's answer for a network that does not exist or may not be seen (the same, so ids reveal nothing).
    const unknown = await ask('no-such-network');
    expect(unknown.status).toBe(403);
    expect(((await unknown.json()) as { code?: string }).code).toBe('NETWORK.NOT_FOUND');
  });
});
