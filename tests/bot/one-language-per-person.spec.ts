import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import type { Persona } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText, personalChatOf, teamsUserOf } from '../support/bot-harness';
import { otherLanguageIn } from '../support/language-check';
import { findCard } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;
const PEOPLE_IN_FLOW: Persona[] = ['originator', 'director', 'headsForum'];

/**
 * Teams' install as it arrives: a conversationUpdate without the user's locale, then an installationUpdate with
 * it; and a second conversationUpdate, as when the chat is opened again.
 */
async function install(h: BotHarness, persona: Persona, locale: string) {
  const user = teamsUserOf(persona);
  const conversationId = personalChatOf(persona);
  const conversationUpdate = () => {
    const body = h.teams.activity(user, conversationId, undefined, {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:netvaerk-bot' }],
    }) as Record<string, unknown>;
    delete body.locale;
    return h.post(body);
  };
  expect((await conversationUpdate()).status).toBe(200);
  const installation = await h.post(
    h.teams.activity(user, conversationId, locale, { type: 'installationUpdate', action: 'add' }),
  );
  expect(installation.status).toBe(200);
  expect((await conversationUpdate()).status).toBe(200);
}

describe.each([
  ['da', 'da-DK'],
  ['en', 'en-GB'],
] as const)('one language per person: a %s user through the whole idea flow', (lang, locale) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ seedLocale: '' });
    // Each person's Teams client reports their own locale, on refreshes too.
    for (const p of PEOPLE_IN_FLOW) h.teams.addUser(teamsUserOf(p, locale));
  });
  afterAll(async () => {
    await h.stop();
  });

  it('welcomes once per chat, in the locale the installationUpdate brings', async () => {
    for (const p of PEOPLE_IN_FLOW) await install(h, p, locale);
    for (const p of PEOPLE_IN_FLOW) {
      const cards = h.teams.cardsIn(personalChatOf(p));
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0]!.base)).toContain(lang === 'da' ? 'Velkommen til' : 'Welcome to');
    }
    expect((await h.server.services.directory.person(h.personKeyOf('director')))?.locale).toBe(locale);
  });

  it('keeps to that language on every card, the proactive ones included', async () => {
    const as = (p: Persona, verb: string, data: Record<string, unknown>, replyToId?: string) =>
      h.invoke(p, verb, data, { locale, conversationId: personalChatOf(p), ...(replyToId ? { replyToId } : {}) });
    const form = (await as('originator', 'showIdeaForm', {})).card;
    const submit = actionsOf(form).find((a) => a.verb === 'submitIdea')!;
    const idea = { networkType: WELFARE.type, purpose: 'Helhed for den unge', background: 'Mange specialister' };
    const invalid = (await as('originator', 'submitIdea', { ...submit.data, ...idea, name: '   ' })).card;
    expect(cardText(invalid)).toContain(
      lang === 'da' ? 'Udfyld feltet »Netværkets arbejdstitel«.' : "Please fill in “The network's working title”.",
    );
    const cards = [
      form,
      invalid,
      (await as('originator', 'submitIdea', { ...submit.data, ...idea, name: 'Sprog' })).card,
    ];
    await h.deliver();
    // The director recommends welfare ideas; the decision then goes to the heads' forum (no channel here).
    const recommendation = findCard(h, personalChatOf('director'), 'Sprog');
    const recommend = actionsOf(
      h.cardSeenBy('director', recommendation.conversationId, recommendation.activityId)!,
    ).find((a) => a.verb === 'recommendIdea' && a.data.outcome === 'recommend')!;
    cards.push((await as('director', 'recommendIdea', recommend.data, recommendation.activityId)).card);
    await h.deliver();
    const decision = findCard(h, personalChatOf('headsForum'), 'Sprog');
    const approve = actionsOf(h.cardSeenBy('headsForum', decision.conversationId, decision.activityId)!).find(
      (a) => a.verb === 'decideIdea' && a.data.outcome === 'approve',
    )!;
    cards.push((await as('headsForum', 'decideIdea', approve.data, decision.activityId)).card);
    await h.deliver();
    await h.message('originator', lang === 'da' ? 'mine netværk' : 'my networks', { locale });
    for (const p of PEOPLE_IN_FLOW)
      for (const m of h.teams.cardsIn(personalChatOf(p))) cards.push(h.cardSeenBy(p, m.conversationId, m.activityId)!);
    expect(cards.length).toBeGreaterThan(8);
    // The contract's phase 1 form starts from the idea's purpose and background, which the card shows above it.
    const contract = findCard(h, personalChatOf('director'), lang === 'da' ? 'Kontrakt fase 1' : 'Contract phase 1');
    expect(JSON.stringify(contract.card)).toContain('"id":"purpose","label":');
    expect(JSON.stringify(contract.card)).toMatch(/"id":"purpose"[^}]*"value":"Helhed for den unge"/);
    const foreign = cards.map((c) => otherLanguageIn(cardText(c), lang)).filter((f) => f.length > 0);
    if (foreign.length) console.log(cards.map((c) => cardText(c)).join('\n----\n'));
    expect(foreign).toEqual([]);
  });
});

describe('one language per person: a Danish and an English user in the same flow', () => {
  // The originator and the heads' forum work in Danish, the director in English: each sees only their own.
  const LOCALES: Record<string, string> = { originator: 'da-DK', director: 'en-GB', headsForum: 'da-DK' };
  const langOf = (p: Persona) => (LOCALES[p] === 'en-GB' ? 'en' : 'da');
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ seedLocale: '' });
    for (const p of PEOPLE_IN_FLOW) h.teams.addUser(teamsUserOf(p, LOCALES[p]));
  });
  afterAll(async () => {
    await h.stop();
  });

  it('gives each person every card in their own language, the proactive ones included', async () => {
    for (const p of PEOPLE_IN_FLOW) await install(h, p, LOCALES[p]!);
    const as = (p: Persona, verb: string, data: Record<string, unknown>, replyToId?: string) =>
      h.invoke(p, verb, data, {
        locale: LOCALES[p]!,
        conversationId: personalChatOf(p),
        ...(replyToId ? { replyToId } : {}),
      });
    const seen: { person: Persona; text: string }[] = [];
    const form = (await as('originator', 'showIdeaForm', {})).card;
    const submit = actionsOf(form).find((a) => a.verb === 'submitIdea')!;
    const idea = { networkType: WELFARE.type, purpose: 'Helhed for den unge', background: 'Mange specialister' };
    seen.push({
      person: 'originator',
      text: cardText((await as('originator', 'submitIdea', { ...submit.data, ...idea, name: 'Blandet' })).card),
    });
    await h.deliver();
    const recommendation = findCard(h, personalChatOf('director'), 'Blandet');
    const recommend = actionsOf(
      h.cardSeenBy('director', recommendation.conversationId, recommendation.activityId)!,
    ).find((a) => a.verb === 'recommendIdea' && a.data.outcome === 'recommend')!;
    seen.push({
      person: 'director',
      text: cardText((await as('director', 'recommendIdea', recommend.data, recommendation.activityId)).card),
    });
    await h.deliver();
    const decision = findCard(h, personalChatOf('headsForum'), 'Blandet');
    const approve = actionsOf(h.cardSeenBy('headsForum', decision.conversationId, decision.activityId)!).find(
      (a) => a.verb === 'decideIdea' && a.data.outcome === 'approve',
    )!;
    seen.push({
      person: 'headsForum',
      text: cardText((await as('headsForum', 'decideIdea', approve.data, decision.activityId)).card),
    });
    await h.deliver();
    // Every card in each person's chat, as their own client shows it (proactive and refreshed ones included).
    for (const p of PEOPLE_IN_FLOW)
      for (const m of h.teams.cardsIn(personalChatOf(p)))
        seen.push({ person: p, text: cardText(h.cardSeenBy(p, m.conversationId, m.activityId)!) });
    expect(seen.filter((s) => s.person === 'director').length).toBeGreaterThan(2);
    expect(seen.filter((s) => s.person === 'originator').length).toBeGreaterThan(2);
    const foreign = seen
      .map((s) => ({ person: s.person, words: otherLanguageIn(s.text, langOf(s.person)) }))
      .filter((f) => f.words.length > 0);
    expect(foreign).toEqual([]);
    // And the languages really differ: the director's recommendation card is English, the originator's Danish.
    expect(seen.find((s) => s.person === 'director' && s.text.includes('Blandet'))?.text).toMatch(/Recommend|network/);
    expect(seen.find((s) => s.person === 'originator' && s.text.includes('Blandet'))?.text).toMatch(/netværk/);
  });
});
