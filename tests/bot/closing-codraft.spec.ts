import { continuationDeciderOf } from '../../shared/src/domain/routing';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, cardText, personalChatOf } from '../support/bot-harness';
import { CLOSING_ANSWER, inClosingReflection } from './closing-round-helpers';
import { conversationOf, findCard, press } from './flow-helpers';

const LEARNING = TYPE_CASES[3]!;
const ID = 'codraft';

/**
 * Issue 13, item 5, over HTTP: the leader and the director draft the recommendation on continuing together, the
 * director submits it to the body she chooses, and that body decides — for a learning network the directors'
 * forum here, not the default heads' forum.
 */
describe('the recommendation on continuing, drafted together and sent to a chosen body', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('is edited by both, refused to others, and decided by the forum the director chose', async () => {
    await inClosingReflection(h, LEARNING, ID);
    await press(
      h,
      'participant',
      findCard(h, personalChatOf('participant'), 'Afsluttende refleksion: '),
      'answerClosingReflection',
      CLOSING_ANSWER,
    );
    for (const [who, title] of [
      ['participant', 'Sofies overgang'],
      ['leader', 'Ny praksis'],
    ] as const)
      await press(h, who, findCard(h, personalChatOf(who), 'Fortællinger'), 'addStory', {
        title,
        value: 'En samlet plan',
        forWhom: 'Sofie og hendes familie',
      });
    await h.deliver();

    // The leader saves the first draft.
    await press(
      h,
      'leader',
      findCard(h, personalChatOf('leader'), 'Netværkets anbefaling: '),
      'submitClosingRecommendation',
      {
        continueNetwork: 'true',
        sameForm: 'true',
        sameParticipants: 'true',
        reasoning: 'Vi er godt i gang',
      },
    );
    await h.deliver();

    // The director gets the draft and edits it; the draft keeps who wrote it and who edited it. (By its title: her
    // submit card, which may arrive after it, shows the recommendation too.)
    const edited = await press(
      h,
      'director',
      findCard(h, personalChatOf('director'), 'Netværkets anbefaling: '),
      'submitClosingRecommendation',
      { continueNetwork: 'true', sameForm: 'false', sameParticipants: 'true', reasoning: 'Ja, men som læringsforløb' },
    );
    expect(cardText(edited)).toContain('Senest redigeret af Dorthe Direktør');
    let network = (await h.network(ID))!;
    expect(network.closing?.recommendation).toMatchObject({ sameForm: false, reasoning: 'Ja, men som læringsforløb' });
    expect(network.closing?.recommendation?.by.by.name).toBe('Lene Leder');
    expect(network.closing?.recommendation?.editedBy?.map((s) => s.by.name)).toEqual(['Dorthe Direktør']);

    // A participant may not edit it: a polite refusal and no change.
    const refused = await h.invoke(
      'participant',
      'submitClosingRecommendation',
      { networkId: ID, kind: 'closingRecommendation', continueNetwork: 'false', sameForm: 'false', reasoning: 'Luk' },
      { conversationId: personalChatOf('participant') },
    );
    expect(cardText(refused.card)).not.toContain('Senest redigeret af Pia');
    expect((await h.network(ID))!.closing?.recommendation?.reasoning).toBe('Ja, men som læringsforløb');

    // The director submits it to the directors' forum instead of the heads' forum (the default for learning).
    await h.deliver();
    await press(
      h,
      'director',
      findCard(h, personalChatOf('director'), 'Indstilling om forlængelse'),
      'endorseClosingRecommendation',
      { comment: 'Direktørforum bør beslutte', decider: 'directorsForum' },
    );
    await h.deliver();
    network = (await h.network(ID))!;
    expect(network.closing?.directorEndorsement?.decider).toBe('directorsForum');
    expect(continuationDeciderOf(network)).toBe('directorsForum');

    // The heads' forum is not asked and may not decide; the directors' forum decides.
    const card = findCard(h, conversationOf('directorsForum'), 'Forlæng eller luk');
    const at = { conversationId: card.conversationId, replyToId: card.activityId };
    const heads = await h.invoke(
      'headsForum',
      'decideContinuation',
      { networkId: ID, kind: 'continuationDecision', outcome: 'close' },
      at,
    );
    expect(cardText(heads.card)).not.toContain('Lukket');
    expect((await h.network(ID))!.phase).toBe(network.phase);
    await press(h, 'directorsForum', card, 'decideContinuation', {}, { outcome: 'close' });
    const decided = (await h.network(ID))!;
    expect(decided.phase).toBe('closingMeeting');
    expect(decided.continuationDecision?.body).toBe('directorsForum');
    expect(h.connector.unexpected()).toEqual([]);
  });
});
