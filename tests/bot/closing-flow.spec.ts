import { MEETING_DATE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';
import { arrange, conversationOf, findCard, press } from './flow-helpers';

const CLOSING_ANSWER = {
  howWeWorked: 'Tæt og tværfagligt',
  satisfaction: '4',
  ownContribution: 'Jeg bragte sagerne med',
  progress0: 'Planen er lavet',
  progress1: 'Alle blev hørt',
  progress2: 'Ny praksis i brug',
  whatBecameDifferent: 'Færre overdragelser',
  howItWasCreated: 'Fælles sagsgennemgang',
  whereItCanBeSeen: 'I borgerens forløb',
  successAssessment: 'Det lykkedes langt hen ad vejen',
};

/** The reflection at the end, the recommendation, and the forum's decision, for each type and track. */
describe.each(TYPE_CASES.map((tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const))(
  'closing a %s network over HTTP',
  (_label, tc) => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await BotHarness.start({ channels: true });
    });
    afterEach(async () => {
      await h.stop();
    });

    async function toDecision(networkId: string) {
      await arrange(h, tc, 'active', networkId);
      await h.server.services.scheduler.tick(); // the end date (2026-10-31) has passed
      await h.deliver();
      await press(
        h,
        'participant',
        findCard(h, personalChatOf('participant'), 'Afsluttende refleksion: '),
        'answerClosingReflection',
        CLOSING_ANSWER,
      );
      const stories = findCard(h, personalChatOf('participant'), 'Fortællinger');
      await press(h, 'participant', stories, 'addStory', {
        title: 'Sofies overgang',
        value: 'En samlet plan',
        forWhom: 'Sofie og hendes familie',
      });
      await press(h, 'leader', findCard(h, personalChatOf('leader'), 'Fortællinger'), 'addStory', {
        title: 'Ny praksis',
        value: 'Færre møder for borgeren',
        forWhom: 'Sagsbehandlerne',
      });
      const recommended = await press(
        h,
        'leader',
        findCard(h, personalChatOf('leader'), 'Netværkets anbefaling'),
        'submitClosingRecommendation',
        { continueNetwork: 'false', sameForm: 'false', sameParticipants: 'true', reasoning: 'Målet er nået' },
      );
      expect(cardText(recommended)).toContain('Anbefaling: fortsæt nej');
      await h.deliver();
      await press(
        h,
        'director',
        findCard(h, personalChatOf('director'), 'Indstilling om forlængelse'),
        'endorseClosingRecommendation',
        { comment: 'Vi indstiller, at netværket lukkes' },
      );
      await h.deliver();
      return findCard(h, conversationOf(tc.continuationDecider), 'Forlæng eller luk');
    }

    it("goes from the closing reflection to closed, with recommendations published and the heads' forum told", async () => {
      const decision = await toDecision('closing');
      const answers = await h.server.services.networks.closingAnswers('closing');
      expect(answers).toEqual([
        expect.objectContaining({
          satisfaction: 4,
          goalProgress: expect.arrayContaining([expect.objectContaining({ progress: 'Planen er lavet' })]),
        }),
      ]);
      await press(
        h,
        tc.continuationDecider,
        decision,
        'decideContinuation',
        { meetingDate: MEETING_DATE },
        {
          outcome: 'close',
        },
      );
      await h.deliver();
      const last = findCard(h, personalChatOf('leader'), 'Sidste møde');
      await press(h, 'leader', last, 'recordClosingMeeting', {
        experiences: 'Relationel koordinering virker',
        recommendation1: 'Fast tværfagligt møde om unge med hjerneskade',
        path1: 'lineOrganisation',
        recommendation2: 'En koordinatorstilling',
        path2: 'municipalCouncil',
      });
      await h.deliver();
      const approval = findCard(h, personalChatOf('director'), 'Godkend anbefalinger');
      const n = await h.network('closing');
      const [line, council] = n!.anchoring!.recommendations;
      expect(council?.path).toEqual({ kind: 'decidingBody', body: 'municipalCouncil' });
      await press(h, 'director', approval, 'approvePublication', { approved: line!.id });
      await h.deliver();
      const closed = await h.network('closing');
      expect(closed?.phase).toBe('closed');
      expect(closed?.anchoring?.recommendations.map((r) => r.approved)).toEqual([true, false]);
      const anchoring = cardText(findCard(h, CHANNELS.headsForum, 'Forankring').card);
      expect(anchoring).toContain('Fast tværfagligt møde om unge med hjerneskade');
      // Every recommendation, published or not (issue 13, point 6).
      expect(anchoring).toContain('En koordinatorstilling');
      expect(anchoring).toContain('ikke offentliggjort');
      expect((await h.server.services.leaders.read(h.personKeyOf('leader'))).networkIds).not.toContain('closing');
    });

    it('extends the network with the evaluation answered and a new end date', async () => {
      const decision = await toDecision('extend');
      const missing = await press(
        h,
        tc.continuationDecider,
        decision,
        'decideContinuation',
        { newEndDate: '2027-06-30', meetingDate: MEETING_DATE },
        { outcome: 'extend' },
      );
      expect(cardText(missing)).toContain('En forlængelse kræver svar på evalueringsspørgsmålene');
      await press(
        h,
        tc.continuationDecider,
        decision,
        'decideContinuation',
        {
          newEndDate: '2027-06-30',
          meetingDate: MEETING_DATE,
          stillMakesSense: 'Ja',
          achievingGoals: 'Delvist',
          rightParticipants: 'Ja',
          resourcesUsedWell: 'Ja',
          adjustments: 'Jobcentret kommer med',
        },
        { outcome: 'extend' },
      );
      const extended = await h.network('extend');
      expect(extended?.phase).toBe('active');
      expect(extended?.period?.endDate).toBe('2027-06-30');
      expect(extended?.extensions[0]?.evaluation.adjustments).toBe('Jobcentret kommer med');
      await h.deliver();
      expect(cardText(findCard(h, personalChatOf('leader'), 'Forlænget til').card)).toContain('30. juni 2027');
      expect(actionsOf(findCard(h, personalChatOf('leader'), 'Forlænget til').card).map((a) => a.verb)).not.toContain(
        'decideContinuation',
      );
    });
  },
);
