import type { Network } from '../../shared/src/domain/network';
import type { Forum, ForumConfig } from '../../shared/src/domain/types';
import {
  forum,
  MEETING_DATE,
  orgConfig,
  PEOPLE,
  type Persona,
  type STAGES,
  TYPE_CASES,
  type TypeCase,
} from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardText } from '../support/bot-harness';
import { arrange, conversationOf, findCard, press } from './flow-helpers';

/**
 * One body decision per type and track, over HTTP: who recommended it is refused (and not counted), the body's rule
 * decides — a quorum of two on the card, or the political committee's meeting recorded by its secretary.
 */
interface DecisionCase {
  tc: TypeCase;
  stage: (typeof STAGES)[number];
  forum: Forum;
  config: ForumConfig;
  title: string;
  verb: 'decideIdea' | 'decideContinuation';
  yes: string;
  recommender: Persona;
  voters: Persona[];
  decided: Network['phase'];
}

const [POLITICAL, ADMINISTRATIVE, WELFARE, LEARNING] = TYPE_CASES as [TypeCase, TypeCase, TypeCase, TypeCase];
const idea = {
  stage: 'recommended',
  title: 'Beslutning:',
  verb: 'decideIdea',
  yes: 'approve',
  decided: 'approved',
} as const;

const CASES: [string, DecisionCase][] = [
  [
    'innovation/political: the committee decides in its meeting',
    {
      ...idea,
      tc: POLITICAL,
      forum: 'politicalCommittee',
      // Dina recommended it for the directors' forum and sits in the committee too: she does not decide it.
      config: forum([PEOPLE.politician, PEOPLE.directorsForum], { rule: 'meeting', secretaries: [PEOPLE.politician] }),
      recommender: 'directorsForum',
      voters: ['politician'],
    },
  ],
  [
    "innovation/administrative: the directors' forum needs two of its members",
    {
      ...idea,
      tc: ADMINISTRATIVE,
      forum: 'directorsForum',
      config: forum([PEOPLE.directorsForum, PEOPLE.director, PEOPLE.headsForum2], { quorum: 2 }),
      recommender: 'director',
      voters: ['directorsForum', 'headsForum2'],
    },
  ],
  [
    "welfare: the heads' forum needs two of its members",
    {
      ...idea,
      tc: WELFARE,
      forum: 'headsForum',
      config: forum([PEOPLE.headsForum, PEOPLE.headsForum2, PEOPLE.director], { quorum: 2 }),
      recommender: 'director',
      voters: ['headsForum', 'headsForum2'],
    },
  ],
  [
    "learning: the continuation goes to the heads' forum, where the director who co-signed it does not vote",
    {
      tc: LEARNING,
      stage: 'awaitingContinuationDecision',
      forum: 'headsForum',
      config: forum([PEOPLE.headsForum, PEOPLE.headsForum2, PEOPLE.director], { quorum: 2 }),
      title: 'Forlæng eller luk',
      verb: 'decideContinuation',
      yes: 'close',
      recommender: 'director',
      voters: ['headsForum', 'headsForum2'],
      decided: 'closingMeeting',
    },
  ],
];

describe.each(CASES)('%s', (_label, c) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('refuses the recommender, and decides only by the rule', async () => {
    const id = `forum-${c.tc.type}-${c.tc.track ?? 'none'}`;
    await arrange(h, c.tc, c.stage, id);
    const { etag } = await h.server.services.config.load();
    const base = orgConfig();
    await h.server.services.config.save({ ...base, forums: { ...base.forums, [c.forum]: c.config } }, etag);
    const card = findCard(h, conversationOf(c.voters[0]!), c.title);
    const data = {
      networkId: id,
      kind: c.title === 'Beslutning:' ? 'decision' : 'continuationDecision',
      outcome: c.yes,
    };
    const at = { conversationId: card.conversationId, replyToId: card.activityId };

    // The recommender is told the rule, and nothing changes.
    const own = await h.invoke(c.recommender, c.verb, { ...data, meetingDate: MEETING_DATE }, at);
    expect(cardText(own.card)).toContain('Du kan ikke stemme om en indstilling, du selv har givet');
    expect((await h.network(id))?.phase).toBe(c.stage);

    if (c.config.rule === 'meeting') {
      const noDate = await press(h, 'politician', card, c.verb, {}, { outcome: c.yes });
      expect(cardText(noDate)).toContain('Angiv datoen for mødet, hvor det politiske udvalg traf beslutningen');
      expect((await h.network(id))?.phase).toBe(c.stage);
      const recorded = await press(h, 'politician', card, c.verb, { meetingDate: '2025-11-12' }, { outcome: c.yes });
      expect(cardText(recorded)).toContain(
        'Godkendt: Det politiske udvalg besluttede på mødet 12.11.2025 · registreret af Poul Politiker',
      );
    } else {
      const first = await press(h, c.voters[0]!, card, c.verb, {}, { outcome: c.yes });
      expect(cardText(first)).toContain('1 af 2 nødvendige er enige · 2 kan stemme');
      expect(cardText(first)).toContain(PEOPLE[c.voters[0]!].name);
      expect((await h.network(id))?.phase).toBe(c.stage);
      await h.deliver();
      await press(h, c.voters[1]!, findCard(h, card.conversationId, c.title), c.verb, {}, { outcome: c.yes });
    }
    const decided = await h.network(id);
    expect(decided?.phase).toBe(c.decided);
    const record = c.verb === 'decideIdea' ? decided?.decision : decided?.continuationDecision;
    expect(record?.body).toBe(c.forum);
    if (c.config.rule === 'votes')
      expect(record?.votes?.map((v) => v.by.name)).toEqual(c.voters.map((p) => PEOPLE[p].name));
    expect(h.connector.unexpected()).toEqual([]);
  });
});

describe("innovation/political: the directors' forum recommends by its rule too", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('needs two of its members to recommend, each vote shown, one vote each', async () => {
    const id = 'forum-recommendation';
    await arrange(h, POLITICAL, 'idea', id);
    const { etag } = await h.server.services.config.load();
    const base = orgConfig();
    const directorsForum = forum([PEOPLE.directorsForum, PEOPLE.headsForum2], { quorum: 2 });
    await h.server.services.config.save({ ...base, forums: { ...base.forums, directorsForum } }, etag);
    const card = findCard(h, conversationOf('directorsForum'), 'Indstilling:');

    const first = await press(
      h,
      'directorsForum',
      card,
      'recommendIdea',
      { reason: 'Et godt forslag' },
      {
        outcome: 'recommend',
      },
    );
    expect(cardText(first)).toContain('1 af 2 nødvendige er enige · 2 kan stemme');
    expect((await h.network(id))?.phase).toBe('idea');
    // A second press by the same member is not a second vote.
    const again = await h.invoke(
      'directorsForum',
      'recommendIdea',
      { networkId: id, kind: 'recommendation', outcome: 'recommend' },
      { conversationId: card.conversationId, replyToId: card.activityId },
    );
    expect(cardText(again.card)).not.toContain('2 af 2');
    expect((await h.network(id))?.pendingVotes).toHaveLength(1);
    await h.deliver();

    await press(
      h,
      'headsForum2',
      findCard(h, card.conversationId, 'Indstilling:'),
      'recommendIdea',
      {},
      {
        outcome: 'recommend',
      },
    );
    const recommended = await h.network(id);
    expect(recommended?.phase).toBe('recommended');
    expect(recommended?.recommendation?.body).toBe('directorsForum');
    expect(recommended?.recommendation?.votes?.map((v) => v.by.name)).toEqual([
      PEOPLE.directorsForum.name,
      PEOPLE.headsForum2.name,
    ]);
    expect(recommended?.pendingVotes).toEqual([]);
    expect(h.connector.unexpected()).toEqual([]);
  });
});
