import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { BotHarness, personalChatOf } from '../support/bot-harness';
import { arrange, CONTRACT, findCard, press } from './flow-helpers';
import { run } from './shared-card-cases';

const WELFARE = TYPE_CASES[2]!;

describe('a replay is the same activity redelivered, not a look-alike press', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('signs v1, edits, signs v2 on the same card and keeps both signatures', async () => {
    await arrange(h, WELFARE, 'approved', 'resign');
    await press(h, 'consultant', findCard(h, personalChatOf('consultant'), 'Kontrakt fase 1'), 'fillContractPhase1', {
      ...CONTRACT.PHASE1,
    });
    await h.deliver();
    const signCard = findCard(h, personalChatOf('director'), 'Kontrakt fase 1');
    await press(h, 'director', signCard, 'signContractPhase');
    // The other party of a welfare network's phase 1, the central department heads, acknowledges v1 too.
    await run(h, 'centralHead', 'resign', { type: 'signContractPhase', phase: 1 });
    await press(h, 'consultant', findCard(h, personalChatOf('consultant'), 'Kontrakt fase 1'), 'fillContractPhase1', {
      ...CONTRACT.PHASE1,
      purpose: 'Et skarpere formål',
    });
    await h.deliver();
    // The same card, the same button, the same person: a new activity, so a new signature.
    const signAgain = { networkId: 'resign', phase: 1 };
    const options = { conversationId: signCard.conversationId, replyToId: signCard.activityId };
    await h.invoke('director', 'signContractPhase', signAgain, { ...options, activityId: 'sign-v2' });
    const versions = (await h.network('resign'))!.contract.filter((c) => c.phase === 1);
    expect(versions.map((v) => [v.version, v.locked, v.signatures.map((s) => s.as)])).toEqual([
      [1, true, ['director', 'centralDepartmentHeads']],
      [2, false, ['director']],
    ]);

    // Teams redelivering that activity changes nothing.
    const before = await h.network('resign');
    const auditBefore = (await h.server.services.networks.auditTrail('resign')).length;
    await h.invoke('director', 'signContractPhase', signAgain, { ...options, activityId: 'sign-v2' });
    expect((await h.network('resign'))?.version).toBe(before?.version);
    expect((await h.server.services.networks.auditTrail('resign')).length).toBe(auditBefore);
  });
});
