import { loadCaseRecord } from '../../bot/src/app/records/case-record-export';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';
import { findCard, press } from './flow-helpers';
import { closingToDecision, inClosingReflection, networkAs, tab } from './closing-round-helpers';

const welfare = TYPE_CASES.find((tc) => tc.type === 'welfare')!;

/**
 * Issue 13, point 6 over HTTP: each anchoring recommendation has its path; one that goes to a deciding body is a
 * task for the director until she records its outcome, closed network or not; the heads' forum's card lists all
 * of them, published on the site or not.
 */
describe('anchoring follow-up', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('keeps a deciding-body recommendation pending for the director until its outcome is recorded', async () => {
    await inClosingReflection(h, welfare, 'anch');
    const decision = await closingToDecision(h, welfare);
    await press(h, 'headsForum', decision, 'decideContinuation', {}, { outcome: 'close' });
    await h.deliver();
    await press(h, 'leader', findCard(h, personalChatOf('leader'), 'Sidste møde'), 'recordClosingMeeting', {
      experiences: 'Relationel koordinering virker',
      recommendation1: 'Fast tværfagligt møde',
      path1: 'lineOrganisation',
      recommendation2: 'En koordinatorstilling',
      path2: 'municipalCouncil',
      recommendation3: 'Fælles budget på tværs',
      path3: 'directorsForum',
    });
    await h.deliver();
    const [line, council, forum] = (await h.network('anch'))!.anchoring!.recommendations;
    expect([line?.path, council?.path, forum?.path]).toEqual([
      { kind: 'lineOrganisation' },
      { kind: 'decidingBody', body: 'municipalCouncil' },
      { kind: 'decidingBody', body: 'directorsForum' },
    ]);
    const pendingOutcomes = async () =>
      (await networkAs(h, 'director', 'anch')).pending
        .filter((p) => p.kind === 'anchoringOutcome')
        .map((p) => [p.subject, p.waitingFor]);
    expect(await pendingOutcomes()).toEqual([
      ['En koordinatorstilling', ['director']],
      ['Fælles budget på tværs', ['director']],
    ]);

    // Only the line organisation's recommendation is published; the heads' forum still sees all three.
    await press(h, 'director', findCard(h, personalChatOf('director'), 'Godkend anbefalinger'), 'approvePublication', {
      approved: line!.id,
    });
    await h.deliver();
    expect((await h.network('anch'))?.phase).toBe('closed');
    const anchoring = cardText(findCard(h, CHANNELS.headsForum, 'Forankring').card);
    for (const text of ['Fast tværfagligt møde', 'En koordinatorstilling', 'Fælles budget på tværs'])
      expect(anchoring).toContain(text);
    expect(anchoring).toContain('ikke offentliggjort');
    expect(anchoring).toContain(
      'Kommunalbestyrelsen, via netværksdirektøren · ikke offentliggjort · afventer beslutning',
    );

    // Only the director records an outcome; the closed network's task stays until she does.
    const byLeader = await tab(h, 'leader', 'POST', '/api/networks/anch/commands', {
      type: 'recordAnchoringOutcome',
      recommendationId: council!.id,
      outcome: 'Vedtaget',
      meetingDate: '2026-01-04',
    });
    expect(byLeader.status).toBe(403);
    const followUp = findCard(h, personalChatOf('director'), 'Forankring til beslutning');
    // The council decided in its meeting: without the meeting's date the card comes back with the field marked.
    const undated = await press(
      h,
      'director',
      followUp,
      'recordAnchoringOutcome',
      { [`outcome_${council!.id}`]: 'Vedtaget i kommunalbestyrelsen 12.1.2027' },
      { recommendationId: council!.id },
    );
    expect(cardText(undated)).toContain('Skriv en gyldig dato i feltet »Mødedato«.');
    expect(cardText(undated)).toContain('Vedtaget i kommunalbestyrelsen 12.1.2027'); // what she wrote is kept
    expect(await pendingOutcomes()).toHaveLength(2);
    const recorded = await press(
      h,
      'director',
      followUp,
      'recordAnchoringOutcome',
      { [`outcome_${council!.id}`]: 'Vedtaget i kommunalbestyrelsen 12.1.2027', meetingDate: '2026-01-04' },
      { recommendationId: council!.id },
    );
    expect(cardText(recorded)).toContain(
      'besluttet: Vedtaget i kommunalbestyrelsen 12.1.2027 (Kommunalbestyrelsen besluttede på mødet 4.1.2026 · registreret af Dorthe Direktør)',
    );
    expect(actionsOf(recorded).map((a) => a.data.recommendationId)).toEqual([forum!.id]);
    expect(await pendingOutcomes()).toEqual([['Fælles budget på tværs', ['director']]]);
    const view = await networkAs(h, 'consultant', 'anch');
    expect(view.anchoring?.recommendations.map((r) => r.followUp?.outcome ?? r.followUp)).toEqual([
      undefined,
      'Vedtaget i kommunalbestyrelsen 12.1.2027',
      null,
    ]);
    // …and in the tab's decisions list, with the body and the recommendation it was on.
    expect(
      view.decisions.filter((d) => d.kind === 'anchoringOutcome').map((d) => [d.outcome, d.body, d.subject]),
    ).toEqual([['Vedtaget i kommunalbestyrelsen 12.1.2027', 'municipalCouncil', 'En koordinatorstilling']]);

    // The outcome is a decision of the case record.
    const record = await loadCaseRecord(h.server.services, 'anch', new Date().toISOString());
    expect(record?.decisions.filter((d) => d.kind === 'anchoringOutcome').map((d) => d.outcome)).toEqual([
      'Vedtaget i kommunalbestyrelsen 12.1.2027',
    ]);
  });
});
