import { MEETING_DATE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardText, personalChatOf } from '../support/bot-harness';
import { findCard, press } from './flow-helpers';
import {
  closingToDecision,
  CLOSING_ANSWER,
  EVALUATION,
  inClosingReflection,
  networkAs,
  tab,
} from './closing-round-helpers';

/**
 * Issue 13, points 3 and 4 over HTTP, for each type and track: the closing answers travel to the decider and are
 * seen in the tab; an extension starts a new round that keeps the first round's records, writes a new version
 * of contract phase 2 with the new end date, and the period changes only through it.
 */
describe.each(TYPE_CASES.map((tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const))(
  'rounds of a %s network',
  (_label, tc) => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await BotHarness.start({ channels: true });
    });
    afterEach(async () => {
      await h.stop();
    });

    it('shows the self-assessment to the decider, then keeps round 1 readable after an extension', async () => {
      await inClosingReflection(h, tc, 'rounds');
      const decision = await closingToDecision(h, tc);
      // The network's self-assessment against each goal travels with the recommendation to the decider.
      const seen = cardText(findCard(h, decision.conversationId, 'Forlæng eller luk', tc.continuationDecider).card);
      expect(seen).toContain('1 har besvaret den afsluttende refleksion');
      expect(seen).toContain('Planen er lavet');
      expect(seen).toContain('Det lykkedes langt hen ad vejen');

      await press(
        h,
        tc.continuationDecider,
        decision,
        'decideContinuation',
        {
          newEndDate: '2027-06-30',
          ...EVALUATION,
          valueSeen: 'Færre overdragelser for de unge',
          // Only a body that decides in its meeting (the political committee) reads the date; others ignore it.
          meetingDate: MEETING_DATE,
        },
        { outcome: 'extend' },
      );
      const leaderView = await networkAs(h, 'leader', 'rounds');
      expect(leaderView.phase).toBe('active');
      expect(leaderView.closing).toBeNull();
      expect(leaderView.rounds).toHaveLength(1);
      const [first] = leaderView.rounds;
      expect(first!.closing.stories.map((s) => s.title)).toEqual(['Sofies overgang', 'Ny praksis']);
      expect(first!.closing.recommendation).toMatchObject({ continueNetwork: true, reasoning: 'Vi er halvvejs' });
      expect(first!.closing.directorEndorsement?.comment).toBe('Vi indstiller en forlængelse');
      expect(first!.closing.valueSeen?.text).toBe('Færre overdragelser for de unge');
      expect(first!.closing.summary).toMatchObject({ round: 1, answered: 1, visible: true });
      expect(first!.closing.summary?.goals[0]?.answers).toEqual(['Planen er lavet']);
      expect(first!.extension).toMatchObject({ previousEndDate: '2026-10-31', newEndDate: '2027-06-30' });
      // The decisions list keeps round 1's recommendation on continuing, though the extension cleared `closing`.
      const endorsements = leaderView.decisions.filter((d) => d.kind === 'endorsement');
      expect(endorsements).toEqual([
        expect.objectContaining({
          outcome: 'endorsed',
          by: first!.closing.directorEndorsement!.by,
          reason: 'Vi indstiller en forlængelse',
          body: first!.closing.directorEndorsement!.decider,
        }),
      ]);
      const extension = leaderView.decisions.find((d) => d.kind === 'extension');
      expect(extension?.outcome).toBe('extend');
      expect(endorsements[0]!.at <= extension!.at).toBe(true);

      // The contract's phase 2 has a new version with the new end date; the signed first version stays.
      const phase2 = leaderView.contract.find((p) => p.phase === 2)!;
      expect(phase2.versions.map((v) => [v.version, v.locked, v.fields.endDate])).toEqual([
        [2, true, '2027-06-30'],
        [1, true, '2026-10-31'],
      ]);
      expect(phase2.versions[0]?.byExtension?.by).toBeTruthy();

      // Re-signing phase 2 can't move the period: only an extension decision does.
      const moved = await tab(h, 'leader', 'POST', '/api/networks/rounds/commands', {
        type: 'fillContractPhase2',
        fields: { ...phase2.versions[0]!.fields, endDate: '2027-01-15' },
      });
      expect(moved.status).toBe(409);
      expect(moved.body).toMatchObject({ code: 'CONTRACT.PERIOD_FIXED' });
      expect((await networkAs(h, 'leader', 'rounds')).period?.endDate).toBe('2027-06-30');

      // The second round's answers are kept beside the first round's, not over them.
      const started = await tab(h, 'leader', 'POST', '/api/networks/rounds/commands', {
        type: 'startClosingReflection',
      });
      expect(started.status).toBe(200);
      await h.deliver();
      await press(
        h,
        'participant',
        findCard(h, personalChatOf('participant'), 'Afsluttende refleksion: '),
        'answerClosingReflection',
        { ...CLOSING_ANSWER, successAssessment: 'Anden runde gik bedre' },
      );
      const stored = await h.server.services.networks.closingAnswers('rounds');
      expect(stored.map((a) => [a.round, a.successAssessment])).toEqual([
        [1, 'Det lykkedes langt hen ad vejen'],
        [2, 'Anden runde gik bedre'],
      ]);
      const now = await networkAs(h, 'director', 'rounds');
      expect(now.closing?.round).toBe(2);
      expect(now.closing?.summary?.questions.find((q) => q.question === 'successAssessment')?.answers).toEqual([
        'Anden runde gik bedre',
      ]);
      expect(now.rounds[0]?.closing.summary?.answered).toBe(1);
    });
  },
);

describe('who reads the closing answers', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('gives the answers to the leader, director, consultants and deciding body; participants get the count', async () => {
    const welfare = TYPE_CASES.find((tc) => tc.type === 'welfare')!;
    await inClosingReflection(h, welfare, 'readers');
    await press(
      h,
      'participant',
      findCard(h, personalChatOf('participant'), 'Afsluttende refleksion: '),
      'answerClosingReflection',
      CLOSING_ANSWER,
    );
    for (const reader of ['leader', 'director', 'consultant', 'headsForum'] as const) {
      const view = await networkAs(h, reader, 'readers');
      expect({ reader, answers: view.closing?.summary?.questions.find((q) => q.question === 'howWeWorked') }).toEqual({
        reader,
        answers: { question: 'howWeWorked', answers: ['Tæt og tværfagligt'] },
      });
    }
    for (const other of ['participant', 'politician'] as const) {
      const view = await networkAs(h, other, 'readers');
      expect({ other, summary: view.closing?.summary ?? null, count: view.closing?.reflectionResponses }).toEqual({
        other,
        summary: null,
        count: 1,
      });
    }
  });
});
