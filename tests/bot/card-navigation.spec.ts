import { randomUUID } from 'node:crypto';
import { actor, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, type Card, cardOf, cardText, personalChatOf } from '../support/bot-harness';
import { arrange, CONTRACT, findCard, press } from './flow-helpers';

const WELFARE = TYPE_CASES[2]!;

/** Issue 15's card bullets: every listed network can be opened with its buttons, and there is a way on and back. */
describe('finding one’s way between cards', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.start({ channels: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Every button of a card: its action bar and the buttons inside its body (a list's entries). */
  const buttons = (card: Card): { verb: string; data: Record<string, unknown> }[] => {
    const found: { verb: string; data: Record<string, unknown> }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute') found.push({ verb: String(o.verb), data: o.data as Record<string, unknown> });
      Object.values(o).forEach(walk);
    };
    walk([card.body, card.actions]);
    return found;
  };
  const verbs = (card: Card) => buttons(card).map((a) => a.verb);

  it('"mine netværk" has a button for every network; each opens the step the person can act on, and leads back', async () => {
    const stages = ['idea', 'recommended', 'approved', 'leaderAppointed', 'active', 'approved'] as const;
    const ids = stages.map((_, i) => `mine${i + 1}`);
    for (const [i, stage] of stages.entries()) await arrange(h, WELFARE, stage, ids[i]!, { overrideLeaderLimit: true });
    await h.message('director', 'mine netværk');
    const list = cardOf(h.sentTo(personalChatOf('director')).at(-1)!);
    const open = buttons(list).filter((a) => a.verb === 'openNetwork');
    // Six networks, six buttons (Teams shows at most six in a card's action bar; these sit with their network).
    expect(open.map((a) => a.data.networkId).sort()).toEqual([...ids].sort());

    // The director recommends welfare ideas: opening the new idea gives the recommendation with its buttons.
    const idea = (await h.invoke('director', 'openNetwork', open.find((a) => a.data.networkId === 'mine1')!.data)).card;
    expect(cardText(idea)).toContain('Indstilling:');
    expect(verbs(idea)).toEqual(expect.arrayContaining(['recommendIdea', 'showMyNetworks']));
    // An approved network: the director nominates the leader (her step before the call for leaders anyone answers).
    const approved = (await h.invoke('director', 'openNetwork', { networkId: 'mine3' })).card;
    expect(verbs(approved)).toEqual(expect.arrayContaining(['nominateLeader', 'showMyNetworks']));

    // Back to the list: the same six buttons.
    const back = actionsOf(idea).find((a) => a.verb === 'showMyNetworks')!;
    const again = (await h.invoke('director', 'showMyNetworks', back.data)).card;
    expect(buttons(again).filter((a) => a.verb === 'openNetwork')).toHaveLength(6);

    // The leader opens the network they lead (phase 1 not signed yet, so phase 2 waits): find participants, and back.
    const led = (await h.invoke('leader', 'openNetwork', { networkId: 'mine4' })).card;
    expect(verbs(led)).toEqual(expect.arrayContaining(['inviteParticipant', 'showMyNetworks']));
    // Someone who may not see a network is refused and shown nothing of it.
    const refused = (await h.invoke('outsider', 'openNetwork', { networkId: 'mine1' })).card;
    expect(cardText(refused)).not.toContain('Fra barn til voksen');
    expect(verbs(refused)).toEqual([]);
  });

  it('a leader who signs phase 2 from "Du er netværksleder" has a way on, and after phase 2 the next step', async () => {
    await arrange(h, WELFARE, 'leaderAppointed', 'onward', { overrideLeaderLimit: true });
    // Phase 1 is acknowledged by the routing table's parties of a welfare network: the director and the heads.
    for (const [who, input] of [
      ['director', { type: 'fillContractPhase1', fields: CONTRACT.PHASE1 }],
      ['director', { type: 'signContractPhase', phase: 1 }],
      ['centralHead', { type: 'signContractPhase', phase: 1 }],
    ] as const)
      await h.server.services.service.execute({ commandId: randomUUID(), networkId: 'onward', ...input }, actor(who));
    await h.deliver();
    const appointed = findCard(h, personalChatOf('leader'), 'Du er netværksleder');
    await press(h, 'leader', appointed, 'showContractForm', {}, { networkId: 'onward', phase: 2 });
    await press(h, 'leader', appointed, 'fillContractPhase2', CONTRACT.PHASE2);
    const signed = await press(h, 'leader', appointed, 'signContractPhase');
    // Signed: the card goes on to the participants (the next step while the director's signature is due).
    expect(cardText(signed)).toContain('Underskrevet af Lene Leder');
    expect(verbs(signed)).toContain('showParticipantsForm');
    const participants = await press(h, 'leader', appointed, 'showParticipantsForm');
    expect(verbs(participants)).toContain('inviteParticipant');

    // After the director has signed phase 2 too, opening the network leads to that next step: finding participants.
    await h.server.services.service.execute(
      { commandId: randomUUID(), networkId: 'onward', type: 'signContractPhase', phase: 2 },
      actor('director'),
    );
    const next = (await h.invoke('leader', 'openNetwork', { networkId: 'onward' })).card;
    expect(verbs(next)).toEqual(expect.arrayContaining(['inviteParticipant', 'showMyNetworks']));
  });
});
