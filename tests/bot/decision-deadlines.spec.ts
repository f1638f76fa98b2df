import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardOf, cardText, personalChatOf } from '../support/bot-harness';
import { networkAs } from './closing-round-helpers';
import { arrange, conversationOf } from './flow-helpers';

const DAY = 86_400_000;

/**
 * Issue 13, item 1, over HTTP, for each network type and both innovation tracks: an idea decision left with its
 * body is reminded once, 3 days before its deadline (14 days by default), and escalated once after it to the
 * director and the consultants; ticks in between and after change nothing.
 */
describe.each(TYPE_CASES.map((tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const))(
  'a stalled idea decision of a %s network',
  (_label, tc) => {
    const clock = { at: new Date(), now: () => clock.at };
    let h: BotHarness;
    beforeAll(async () => {
      h = await BotHarness.start({ channels: true, clock });
    });
    afterAll(async () => {
      await h.stop();
    });

    it('is reminded once before its deadline and escalated once after it', async () => {
      const id = `late-${tc.type}-${tc.track ?? 'none'}`;
      const start = clock.at.getTime();
      await arrange(h, tc, 'recommended', id);
      await h.deliver();
      const decider = conversationOf(tc.decider);
      const decisionCards = () => h.sentTo(decider).filter((s) => cardText(cardOf(s)).includes('Beslutning: ')).length;
      const overdue = (persona: 'director' | 'consultant') =>
        h.sentTo(personalChatOf(persona)).filter((s) => cardText(cardOf(s)).includes('Beslutning over fristen'));
      const audit = async (type: string) =>
        (await h.server.services.networks.auditTrail(id)).filter((e) => e.type === type).length;
      const tickAt = async (days: number) => {
        clock.at = new Date(start + days * DAY + 60_000);
        expect(await h.server.services.scheduler.tick()).toBe(true);
        await h.deliver();
      };
      const before = decisionCards();
      expect(before).toBeGreaterThan(0);

      await tickAt(5);
      expect(decisionCards()).toBe(before);
      expect(await audit('decisionReminderSent')).toBe(0);

      await tickAt(11); // 3 days before the 14-day deadline
      expect(decisionCards()).toBe(before + 1);
      expect(await audit('decisionReminderSent')).toBe(1);
      await tickAt(12);
      expect(await audit('decisionReminderSent')).toBe(1);
      expect(overdue('director')).toHaveLength(0);

      await tickAt(14);
      expect(await audit('decisionEscalated')).toBe(1);
      for (const persona of ['director', 'consultant'] as const) {
        expect(overdue(persona)).toHaveLength(1);
        expect(cardText(cardOf(overdue(persona)[0]!))).toContain('Beslutningen om idéen har ligget hos');
      }
      // The tab's pending list carries the deadline, oldest first.
      const view = await networkAs(h, 'director', id);
      const pending = view.pending.find((p) => p.kind === 'decision');
      expect(pending?.dueOn).toBe(new Date(Date.parse(pending!.since!) + 14 * DAY).toISOString());
      expect(view.pending.map((p) => p.since)).toEqual([...view.pending.map((p) => p.since)].sort());
      await tickAt(20);
      expect(await audit('decisionEscalated')).toBe(1);
      expect(overdue('director')).toHaveLength(1);
      expect(decisionCards()).toBe(before + 1);
      expect(h.connector.unexpected()).toEqual([]);
    });
  },
);
