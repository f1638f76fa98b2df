import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { type BotHarness, BotHarness as Harness, cardText } from '../support/bot-harness';
import { arrange } from '../bot/flow-helpers';
import { meetingSetup, people, reflectionCards } from '../bot/meeting-helpers';

/**
 * Teams delivers an activity again when our answer is slow or lost, and people press Send twice: one effect,
 * one audit row and one outgoing message however often the same activity arrives, also after a pause longer
 * than Teams' 15 s retry window.
 */
const LEARNING = TYPE_CASES[3]!;

describe('redelivery and double submits', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(async () => {
    await h.stop();
  });

  const decisionsIn = async (networkId: string) =>
    (await h.server.services.networks.auditTrail(networkId)).filter((e) => e.type === 'ideaApproved');
  const delivered = () => h.connector.sent().length + h.connector.updates().length;

  it('the same decision delivered 2–5 times, and again after 16 s: one effect, one audit row, one message', async () => {
    for (const times of [2, 3, 4, 5]) {
      const networkId = `redeliver${times}`;
      await arrange(h, LEARNING, 'recommended', networkId);
      const before = delivered();
      const decide = () =>
        h.invoke(
          'director',
          'decideIdea',
          { networkId, outcome: 'approve', reason: 'Et godt forslag' },
          { activityId: `decision-${networkId}`, replyToId: `card-${networkId}` },
        );
      const first = await decide();
      await h.deliver();
      const afterFirst = delivered();
      expect(afterFirst).toBeGreaterThan(before);
      for (let i = 1; i < times; i++) {
        const again = await decide();
        expect(again.status).toBe(200);
        expect(cardText(again.card)).toBe(cardText(first.card));
      }
      await h.deliver();
      expect(await decisionsIn(networkId)).toHaveLength(1);
      expect((await h.network(networkId))!.phase).toBe('approved');
      expect(delivered()).toBe(afterFirst);
    }
    // Later than Teams' own retries: still the same command, still nothing new.
    const late = await new Promise<number>((resolve) => setTimeout(() => resolve(delivered()), 16_000));
    const again = await h.invoke(
      'director',
      'decideIdea',
      { networkId: 'redeliver2', outcome: 'approve', reason: 'Et godt forslag' },
      { activityId: 'decision-redeliver2', replyToId: 'card-redeliver2' },
    );
    expect(again.status).toBe(200);
    await h.deliver();
    expect(await decisionsIn('redeliver2')).toHaveLength(1);
    expect(delivered()).toBe(late);
  }, 120_000);

  it("20 parallel submissions of one participant's answer store one answer (same activity: one audit row)", async () => {
    const crowd = people(3);
    const { meetingId, chatId } = await meetingSetup(h, 'twenty', crowd);
    await h.meetingEvent('End', meetingId, chatId, { Id: meetingId, Title: 'Møde' });
    await h.deliver();
    const card = reflectionCards(h, chatId)[0]!;
    const answer = { networkId: 'twenty', meetingId, value: '4', workingWell: '3', changeForm: 'false' };
    // A double click delivered 20 times at once: one activity.
    const same = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.invoke(crowd[0]!, 'answerReflection', answer, {
          conversationId: chatId,
          replyToId: card.activityId,
          activityId: 'the-same-click',
        }),
      ),
    );
    expect(same.map((r) => r.status)).toEqual(same.map(() => 200));
    // Twenty separate presses: each edits the one answer.
    const separate = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.invoke(
          crowd[1]!,
          'answerReflection',
          { ...answer, value: String((i % 5) + 1) },
          {
            conversationId: chatId,
            replyToId: card.activityId,
          },
        ),
      ),
    );
    expect(separate.map((r) => r.status)).toEqual(separate.map(() => 200));
    const answers = await h.server.services.networks.reflectionAnswers('twenty', meetingId);
    expect(answers.map((a) => a.person?.objectId).sort()).toEqual([crowd[0]!.objectId, crowd[1]!.objectId]);
    const answered = (await h.server.services.networks.auditTrail('twenty')).filter(
      (e) => e.type === 'reflectionAnswered' && e.actor?.objectId === crowd[0]!.objectId,
    );
    expect(answered).toHaveLength(1);
    await h.deliver();
    const shared = h.cardSeenBy('outsider', chatId, card.activityId)!;
    expect(cardText(shared)).toContain('2 af 3 har svaret');
  }, 120_000);
});
