import { randomUUID } from 'node:crypto';
import { isDomainError } from '../../shared/src/domain/errors';
import { BODY_NAMES, routeFor } from '../../shared/src/domain/routing';
import type { Body } from '../../shared/src/domain/types';
import { actor, MEETING_DATE, type Persona, TYPE_CASES, type TypeCase } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardOf, cardText, personalChatOf } from '../support/bot-harness';
import { networkAs } from './closing-round-helpers';
import { arrange, CONTRACT, conversationOf, findCard, press } from './flow-helpers';

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

/**
 * Issue 13, item 1, for contract phase 1: a body that is a party (routing table, `contractParties`) and does not
 * acknowledge the version put up is reminded once, 3 days before its deadline, and escalated once after it to the
 * director and the consultants — each body on its own. The director and a learning network's leader sign for
 * themselves and have no deadline, so the learning row has no body to wait for.
 */
describe.each(
  TYPE_CASES.filter((tc) => bodyParties(tc).length > 0).map(
    (tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const,
  ),
)('a stalled acknowledgement of contract phase 1 of a %s network', (_label, tc) => {
  const clock = { at: new Date(), now: () => clock.at };
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true, clock });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('reminds each body party once before its deadline and escalates the one still missing once after it', async () => {
    const id = `late-ack-${tc.type}-${tc.track ?? 'none'}`;
    const start = clock.at.getTime();
    await arrange(h, tc, 'leaderAppointed', id);
    const filled = await h.server.services.service.execute(
      { commandId: randomUUID(), networkId: id, type: 'fillContractPhase1', fields: CONTRACT.PHASE1 },
      actor('director'),
    );
    expect(isDomainError(filled)).toBe(false);
    await h.deliver();
    const parties = bodyParties(tc);
    const stalled = parties.at(-1)!;
    const contractCards = (persona: Persona) =>
      h.sentTo(conversationOf(persona)).filter((s) => cardText(cardOf(s)).includes('Kontrakt fase 1')).length;
    const overdue = (persona: 'director' | 'consultant') =>
      h.sentTo(personalChatOf(persona)).filter((s) => cardText(cardOf(s)).includes('Beslutning over fristen'));
    const audit = async (type: string) =>
      (await h.server.services.networks.auditTrail(id)).filter((e) => e.type === type).length;
    const tickAt = async (days: number) => {
      clock.at = new Date(start + days * DAY + 60_000);
      expect(await h.server.services.scheduler.tick()).toBe(true);
      await h.deliver();
    };
    const before = parties.map((p) => contractCards(p.persona));
    expect(before.every((count) => count > 0)).toBe(true);

    await tickAt(5);
    expect(parties.map((p) => contractCards(p.persona))).toEqual(before);
    expect(await audit('decisionReminderSent')).toBe(0);

    await tickAt(11); // 3 days before the 14-day deadline: each body gets the contract again, with its deadline
    expect(parties.map((p) => contractCards(p.persona))).toEqual(before.map((count) => count + 1));
    expect(await audit('decisionReminderSent')).toBe(parties.length);
    for (const p of parties)
      expect(cardText(findCard(h, conversationOf(p.persona), 'Kontrakt fase 1').card)).toContain(
        'afventer kvittering, frist',
      );
    await tickAt(12);
    expect(await audit('decisionReminderSent')).toBe(parties.length);
    expect(overdue('director')).toHaveLength(0);

    // Every body but the last acknowledges in time (on the political track, the directors' forum).
    for (const p of parties.slice(0, -1)) {
      await press(h, p.persona, findCard(h, conversationOf(p.persona), 'Kontrakt fase 1'), 'signContractPhase');
      await h.deliver();
    }

    await tickAt(14);
    expect(await audit('decisionEscalated')).toBe(1);
    for (const persona of ['director', 'consultant'] as const) {
      expect(overdue(persona)).toHaveLength(1);
      const text = cardText(cardOf(overdue(persona)[0]!));
      expect(text).toContain(`Kvitteringen for kontraktens fase 1 har ligget hos ${BODY_NAMES[stalled.body].da}`);
      expect(text.split('har ligget hos')).toHaveLength(2);
    }
    // The tab's pending list gives the missing signature its deadline.
    const view = await networkAs(h, 'director', id);
    const signature = view.pending.find((p) => p.kind === 'contractSignature' && p.contractPhase === 1);
    expect(signature?.waitingFor).toContain(stalled.body);
    expect(signature?.dueOn).toBe(new Date(Date.parse(signature!.since!) + 14 * DAY).toISOString());
    const cardsBefore = contractCards(stalled.persona);
    await tickAt(20);
    expect(await audit('decisionEscalated')).toBe(1);
    expect(overdue('director')).toHaveLength(1);
    expect(contractCards(stalled.persona)).toBe(cardsBefore);

    // Once the last body acknowledges (the committee by its meeting), nothing waits on a body any more.
    const meetingDate = stalled.persona === 'politician' ? { meetingDate: MEETING_DATE } : {};
    const card = findCard(h, conversationOf(stalled.persona), 'Kontrakt fase 1');
    await press(h, stalled.persona, card, 'signContractPhase', meetingDate);
    await h.deliver();
    const after = await networkAs(h, 'director', id);
    const left = after.pending.find((p) => p.kind === 'contractSignature' && p.contractPhase === 1);
    expect(left?.waitingFor ?? []).not.toContain(stalled.body);
    expect(left?.dueOn).toBeUndefined();
    await tickAt(30);
    expect(await audit('decisionEscalated')).toBe(1);
    expect(await audit('decisionReminderSent')).toBe(parties.length);
    expect(h.connector.unexpected()).toEqual([]);
  });
});

/** The contract phase 1 parties of a type that are bodies, with the persona who acknowledges for each. */
function bodyParties(tc: TypeCase): { body: Body; persona: Persona }[] {
  const bodies = routeFor({ type: tc.type, track: tc.track ?? null })!.contractParties;
  return bodies
    .map((body, i) => ({ body, persona: tc.contractParties[i]! }))
    .filter((p) => p.body !== 'director' && p.body !== 'leader');
}
