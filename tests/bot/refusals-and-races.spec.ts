import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';
import { arrange, findCard, IDEA, press } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;

describe('bad input, refusals and races over HTTP', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers a form with missing fields with the form again, values kept and a message at each field', async () => {
    const form = (await h.invoke('originator', 'showIdeaForm', {})).card;
    const submit = actionsOf(form).find((a) => a.verb === 'submitIdea')!;
    const { card } = await h.invoke('originator', 'submitIdea', {
      ...submit.data,
      name: 'Halv idé',
      purpose: 'Et formål',
      networkType: '',
      background: '',
    });
    const text = cardText(card);
    expect(text).toContain('Ret venligst de markerede felter.');
    const inputs = JSON.stringify(card);
    expect(inputs).toContain('"value":"Halv idé"');
    expect(inputs).toContain('"value":"Et formål"');
    const body = card.body as {
      items?: { items?: { type: string; id?: string; style?: string; items?: { text?: string }[] }[] }[];
    }[];
    const fieldErrors = body.flatMap((b) => b.items ?? []).flatMap((c) => c.items ?? []);
    const errorAfter = (id: string) => fieldErrors[fieldErrors.findIndex((i) => i.id === id) + 1];
    // Each field's message sits right below it in an attention container (dark text on a tint: readable in both themes).
    for (const id of ['background', 'networkType'])
      expect(errorAfter(id)).toEqual(
        expect.objectContaining({
          type: 'Container',
          style: 'attention',
          items: [expect.objectContaining({ text: expect.any(String) })],
        }),
      );
    expect((await h.server.services.networks.list()).some((n) => n.name === 'Halv idé')).toBe(false);
  });

  it('refuses politely whoever may not decide, and changes nothing', async () => {
    const before = await arrange(h, WELFARE, 'recommended', 'refuse1');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const outbox = (await h.server.services.outbox.forNetwork('refuse1')).length;
    const { card } = await h.invoke(
      'outsider',
      'decideIdea',
      { networkId: 'refuse1', kind: 'decision', outcome: 'approve' },
      { conversationId: CHANNELS.headsForum, replyToId: decision.activityId },
    );
    expect(cardText(card)).toContain('Beklager, det er kun chefforum, der kan gøre dette.');
    expect(actionsOf(card).map((a) => a.verb)).not.toContain('decideIdea');
    const after = await h.network('refuse1');
    expect(after?.version).toBe(before.version);
    expect((await h.server.services.outbox.forNetwork('refuse1')).length).toBe(outbox);
  });

  it('lets one of two approvers pressing at once decide; the other is told who decided and when', async () => {
    await arrange(h, WELFARE, 'recommended', 'race1');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const [a, b] = await Promise.all([
      h.invoke(
        'headsForum',
        'decideIdea',
        { networkId: 'race1', kind: 'decision', outcome: 'approve' },
        { conversationId: CHANNELS.headsForum, replyToId: decision.activityId },
      ),
      h.invoke(
        'headsForum2',
        'decideIdea',
        { networkId: 'race1', kind: 'decision', outcome: 'reject' },
        { conversationId: CHANNELS.headsForum, replyToId: decision.activityId },
      ),
    ]);
    const network = await h.network('race1');
    const winner = network!.decision!;
    const loserCard = winner.by.objectId === 'chefforum' ? b.card : a.card;
    expect(cardText(loserCard)).toMatch(
      new RegExp(`Der er allerede truffet beslutning af ${winner.by.name} den \\d+\\. \\w+\\.? \\d{4}`),
    );
    expect(network?.decision?.votes).toHaveLength(1);
    const audit = await h.server.services.networks.auditTrail('race1');
    expect(audit.filter((e) => e.type === 'ideaApproved' || e.type === 'ideaRejected')).toHaveLength(1);
  });

  it('changes nothing when Teams redelivers an activity or someone double-clicks', async () => {
    await arrange(h, WELFARE, 'recommended', 'twice');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const press1 = { networkId: 'twice', kind: 'decision', outcome: 'approve' };
    const options = {
      conversationId: CHANNELS.headsForum,
      replyToId: decision.activityId,
      activityId: 'teams-activity-1',
    };
    await h.invoke('headsForum', 'decideIdea', press1, options);
    const once = await h.network('twice');
    const outboxOnce = (await h.server.services.outbox.forNetwork('twice')).length;
    const auditOnce = (await h.server.services.networks.auditTrail('twice')).length;
    await h.invoke('headsForum', 'decideIdea', press1, options); // redelivered: the same activity
    await h.invoke('headsForum', 'decideIdea', press1, { ...options, activityId: 'teams-activity-2' }); // double click
    expect((await h.network('twice'))?.version).toBe(once?.version);
    expect((await h.server.services.outbox.forNetwork('twice')).length).toBe(outboxOnce);
    expect((await h.server.services.networks.auditTrail('twice')).length).toBe(auditOnce);
  });

  it('answers the invoke while a proactive send to Teams is still under way', async () => {
    await arrange(h, WELFARE, 'recommended', 'slow');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    h.connector.delay(60_000, { method: 'POST' });
    try {
      const result = await h.invoke(
        'headsForum',
        'decideIdea',
        { networkId: 'slow', kind: 'decision', outcome: 'approve' },
        { conversationId: CHANNELS.headsForum, replyToId: decision.activityId },
      );
      expect(result.status).toBe(200);
      expect(cardText(result.card)).toContain('Godkendt af Claus Chefforum');
      // The outcome card to the originator is held by the connector: the invoke did not wait for it.
      for (
        let i = 0;
        i < 100 && !h.connector.inFlight().some((c) => c.conversationId === personalChatOf('originator'));
        i++
      )
        await new Promise((r) => setTimeout(r, 20));
      expect(h.connector.inFlight().some((c) => c.conversationId === personalChatOf('originator'))).toBe(true);
    } finally {
      h.connector.delay(0);
    }
    await h.deliver();
    expect(cardText(findCard(h, personalChatOf('originator'), 'Godkendt af Claus Chefforum').card)).toContain(
      IDEA.name,
    );
  });

  it('gives forum cards a user-specific view: members see buttons, others see who it waits for', async () => {
    await arrange(h, WELFARE, 'recommended', 'views');
    const decision = findCard(h, CHANNELS.headsForum, 'Beslutning:');
    const refresh = decision.card.refresh as { userIds: string[]; action: { verb: string } };
    expect(refresh.action.verb).toBe('refreshCard');
    expect(refresh.userIds.sort()).toEqual(['29:chefforum', '29:chefforum2']);
    expect(actionsOf(decision.card).map((a) => a.verb)).toEqual(['refreshCard']);
    expect(cardText(decision.card)).toContain('Venter på\nchefforum');
    // Each member's client fetched their own view (refresh.userIds); someone else sees the shared card.
    expect(
      actionsOf(h.cardSeenBy('headsForum2', CHANNELS.headsForum, decision.activityId)!).map((a) => a.verb),
    ).toEqual(['decideIdea', 'decideIdea']);
    expect(h.cardSeenBy('participant', CHANNELS.headsForum, decision.activityId)).toEqual(decision.card);
    const refreshes = h.teams.refreshes.filter((r) => r.activityId === decision.activityId);
    expect(refreshes.map((r) => [r.userId, r.trigger, r.shown]).sort()).toEqual([
      ['29:chefforum', 'automatic', 'refreshed'],
      ['29:chefforum2', 'automatic', 'refreshed'],
    ]);
    // Anyone else may still ask for their own view, by hand: it offers them nothing more.
    const other = await h.refreshManually('participant', CHANNELS.headsForum, decision.activityId);
    expect(actionsOf(other.card).map((a) => a.verb)).toEqual(['refreshCard']);
  });

  it("enforces at most two networks per leader on the nomination card, with the director's logged override", async () => {
    await arrange(h, WELFARE, 'active', 'led-a');
    await arrange(h, WELFARE, 'active', 'led-b');
    await arrange(h, WELFARE, 'approved', 'led-c');
    const nomination = findCard(h, personalChatOf('director'), 'Indstil netværksleder');
    const refused = await h.invoke(
      'director',
      'nominateLeader',
      { networkId: 'led-c', kind: 'nomination', person: `${'tenant-albertslund'}_leader` },
      { replyToId: nomination.activityId },
    );
    expect(cardText(refused.card)).toContain('Lene Leder leder allerede 2 netværk.');
    expect(JSON.stringify(refused.card)).toContain('"value":"tenant-albertslund_leader"');
    const overridden = await h.invoke(
      'director',
      'nominateLeader',
      {
        networkId: 'led-c',
        kind: 'nomination',
        person: 'tenant-albertslund_leader',
        overrideReason: 'Har særlig viden om området',
      },
      { replyToId: nomination.activityId },
    );
    expect(cardText(overridden.card)).toContain('Indstillet som leder: Lene Leder');
    await h.deliver();
    const leaderDecision = findCard(h, CHANNELS.headsForum, 'Netværksleder:');
    expect(cardText(leaderDecision.card)).toContain('Har særlig viden om området');
    await press(h, 'headsForum', leaderDecision, 'decideLeader', {}, { outcome: 'approve' });
    expect((await h.network('led-c'))?.leader?.name).toBe('Lene Leder');
    const audit = await h.server.services.networks.auditTrail('led-c');
    expect(audit.find((e) => e.type === 'leaderNominated')?.data).toEqual(
      expect.objectContaining({ overrideReason: 'Har særlig viden om området', load: 2 }),
    );
  });
});
