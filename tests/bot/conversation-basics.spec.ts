import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BOT, BotHarness, cardOf, cardText, personalChatOf, TENANT } from '../support/bot-harness';
import { arrange, findCard, press } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;

describe('first contact, commands, languages and configuration over HTTP', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('welcomes a team in Danish when installed, and remembers the channel for proactive messages', async () => {
    const result = await h.post({
      type: 'conversationUpdate',
      id: 'install-1',
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      locale: 'da-DK',
      from: { id: '29:director', name: 'Dorthe Direktør', aadObjectId: 'director' },
      recipient: BOT,
      membersAdded: [BOT],
      conversation: { id: '19:nyt-team@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
      channelData: {
        tenant: { id: TENANT },
        team: { id: '19:nyt-team@thread.tacv2', name: 'Netværk' },
        channel: { id: '19:nyt-team@thread.tacv2', name: 'Generelt' },
        eventType: 'teamMemberAdded',
      },
    });
    expect(result.status).toBe(200);
    const welcome = cardOf(h.sentTo('19:nyt-team@thread.tacv2').at(-1)!);
    expect(cardText(welcome)).toContain('Velkommen til Netværk for Teams');
    expect(actionsOf(welcome).map((a) => a.title)).toEqual(['Foreslå et netværk']);
    expect(await h.server.services.directory.conversation('19:nyt-team@thread.tacv2')).toEqual(
      expect.objectContaining({ name: 'Generelt', serviceUrl: h.connector.url }),
    );
  });

  it('speaks English to a user whose Teams locale is English', async () => {
    await h.message('participant', 'help', { locale: 'en-US' });
    expect(cardText(cardOf(h.sentTo(personalChatOf('participant')).at(-1)!))).toContain('Welcome to Netværk for Teams');
    const form = (await h.invoke('participant', 'showIdeaForm', {}, { locale: 'en-GB' })).card;
    expect(cardText(form)).toContain('Propose a network');
  });

  it('understands the Action.Submit fallback of older clients', async () => {
    await h.message('originator', '', { value: { verb: 'showIdeaForm' } });
    expect(cardText(cardOf(h.sentTo(personalChatOf('originator')).at(-1)!))).toContain('Foreslå et netværk');
  });

  it("answers an unknown command with a hint, in the user's language", async () => {
    await h.message('originator', 'hvad er klokken');
    expect(cardText(cardOf(h.sentTo(personalChatOf('originator')).at(-1)!))).toContain('Skriv **hjælp**');
  });

  it('lists a person\'s networks on "mine netværk"', async () => {
    await arrange(h, WELFARE, 'active', 'mine1');
    await h.message('participant', 'mine netværk');
    const card = cardOf(h.sentTo(personalChatOf('participant')).at(-1)!);
    expect(cardText(card)).toContain('Fra barn til voksen med hjerneskade');
    await h.message('outsider', 'mine netværk');
    expect(cardText(cardOf(h.sentTo(personalChatOf('outsider')).at(-1)!))).toContain(
      'Du er ikke med i nogen netværk endnu.',
    );
  });

  it("sends a forum without a channel its cards in each member's personal chat", async () => {
    await arrange(h, WELFARE, 'recommended', 'fanout');
    const first = findCard(h, personalChatOf('headsForum'), 'Beslutning:');
    findCard(h, personalChatOf('headsForum2'), 'Beslutning:');
    // In a personal chat the card is the member's own view: the buttons are there.
    await press(h, 'headsForum', first, 'decideIdea', {}, { outcome: 'approve' });
    expect((await h.network('fanout'))?.phase).toBe('approved');
  });

  it('lets the director configure forums and channels on a card, and refuses others', async () => {
    // Cards the earlier tests' changes still have in the outbox must not arrive after the reply read below.
    await h.deliver();
    await h.message('director', 'opsætning');
    // The newest configuration card (cards of the earlier networks may still arrive in the same chat).
    const config = h
      .sentTo(personalChatOf('director'))
      .map(cardOf)
      .filter((c) => cardText(c).includes('Opsætning af netværksstrukturen'))
      .at(-1)!;
    expect(cardText(config)).toContain('Opsætning af netværksstrukturen');
    const save = actionsOf(config).find((a) => a.verb === 'saveConfig')!;
    const before = (await h.server.services.config.load()).config;
    const values = {
      director: 'tenant-albertslund_director',
      consultants: 'tenant-albertslund_consultant',
      'headsForum.members': 'tenant-albertslund_chefforum,tenant-albertslund_chefforum2',
      'headsForum.quorum': '2',
      'headsForum.channel': '19:nyt-team@thread.tacv2',
      'directorsForum.members': 'tenant-albertslund_dirforum',
      'directorsForum.quorum': '1',
      'politicalCommittee.members': 'tenant-albertslund_politiker',
      'politicalCommittee.quorum': '1',
      'politicalCommittee.rule': 'meeting',
      'politicalCommittee.secretaries': 'tenant-albertslund_politiker',
      'centralDepartmentHeads.members': 'tenant-albertslund_afdchef',
      'centralDepartmentHeads.quorum': '1',
    };
    const bad = await h.invoke('director', 'saveConfig', { ...save.data, ...values, 'headsForum.quorum': '0' });
    expect(cardText(bad.card)).toContain(
      'Feltet »Chefforum: Antal medlemmer, der skal være enige« skal være mindst 1.',
    );
    expect((await h.server.services.config.load()).config).toEqual(before);
    // A quorum larger than the forum, or a meeting rule without a secretary, is refused at configuration.
    const tooLarge = await h.invoke('director', 'saveConfig', { ...save.data, ...values, 'headsForum.quorum': '3' });
    expect(cardText(tooLarge.card)).toContain(
      'Feltet »Chefforum: Antal medlemmer, der skal være enige« kan ikke være større end antallet af medlemmer.',
    );
    const noSecretary = await h.invoke('director', 'saveConfig', {
      ...save.data,
      ...values,
      'politicalCommittee.secretaries': '',
    });
    expect(cardText(noSecretary.card)).toContain('Et forum, der beslutter på sit møde, skal have mindst én sekretær');
    expect((await h.server.services.config.load()).config).toEqual(before);
    const saved = await h.invoke('director', 'saveConfig', { ...save.data, ...values });
    expect(cardText(saved.card)).toContain('Opsætningen er gemt.');
    const after = (await h.server.services.config.load()).config;
    expect(after.forums.headsForum.quorum).toBe(2);
    expect(after.forums.politicalCommittee).toEqual(
      expect.objectContaining({ rule: 'meeting', secretaries: [expect.objectContaining({ objectId: 'politiker' })] }),
    );
    expect(after.channels.headsForum).toBe('19:nyt-team@thread.tacv2');
    const refused = await h.invoke('participant', 'saveConfig', {
      ...save.data,
      ...values,
      director: 'tenant-albertslund_participant',
    });
    expect(cardText(refused.card)).toContain('Beklager, det er kun netværksdirektøren eller netværkskonsulenterne');
    expect((await h.server.services.config.load()).config.director?.objectId).toBe('director');
  });

  it('remembers a channel thread as its channel, and offers no thread as a forum channel', async () => {
    const channel = '19:traad-kanal@thread.tacv2';
    for (const messageId of ['1700000000001', '1700000000002'])
      await h.message('director', 'hjælp', {
        conversationId: `${channel};messageid=${messageId}`,
        channelData: { channel: { id: channel, name: 'Chefforum' } },
      });
    // A row an older version stored for a thread is not offered either.
    await h.server.services.directory.rememberConversation({
      conversationId: `${channel};messageid=1700000000003`,
      name: 'Chefforum',
      serviceUrl: h.connector.url,
      tenantId: TENANT,
      conversationType: 'channel',
      teamId: '',
    });
    const known = (await h.server.services.directory.conversations()).map((c) => c.conversationId);
    expect(known.filter((id) => id.includes(';'))).toEqual([]);
    expect(known.filter((id) => id === channel)).toHaveLength(1);
    await h.message('director', 'opsætning');
    // The newest configuration card (cards of the earlier networks may still arrive in the same chat).
    const config = h
      .sentTo(personalChatOf('director'))
      .map(cardOf)
      .filter((c) => cardText(c).includes('Opsætning af netværksstrukturen'))
      .at(-1)!;
    expect(JSON.stringify(config)).not.toContain(';messageid=');
  });

  it('answers the health check', async () => {
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
