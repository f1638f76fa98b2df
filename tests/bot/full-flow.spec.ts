import { MEETING_DATE, PEOPLE, type Persona, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, BotHarness, cardText, CHANNELS, personalChatOf } from '../support/bot-harness';
import { networkAs } from './closing-round-helpers';
import { CONTRACT, conversationOf, findCard, leaderKey, personKeyOf, press, submitIdea } from './flow-helpers';

/**
 * Every type and both innovation tracks from idea to an active network, over real HTTP: the routing table
 * decides who gets which card, forums act in their channels through their user-specific view.
 */
describe.each(TYPE_CASES.map((tc) => [tc.track ? `${tc.type}/${tc.track}` : tc.type, tc] as const))(
  '%s network over HTTP',
  (_label, tc) => {
    let h: BotHarness;
    beforeAll(async () => {
      h = await BotHarness.start({ channels: true });
    });
    afterAll(async () => {
      await h.stop();
    });

    it('runs from idea to an active network with leader, participants and a signed contract', async () => {
      const { networkId, response } = await submitIdea(h, tc);
      expect(cardText(response)).toContain('Tak! Din idé »Fra barn til voksen med hjerneskade« er modtaget.');
      await h.deliver();

      // Recommendation, by the body the routing table names.
      const recommender = tc.recommender;
      if (recommender === 'originator') {
        expect(actionsOf(response).map((a) => a.verb)).toContain('recommendIdea');
        await h.invoke(
          'originator',
          'recommendIdea',
          { networkId, outcome: 'recommend', reason: 'Stort behov' },
          { replyToId: 'form-card' },
        );
      } else {
        const card = findCard(h, conversationOf(recommender), 'Indstilling:');
        const after = await press(
          h,
          recommender,
          card,
          'recommendIdea',
          { reason: 'Stort behov' },
          { outcome: 'recommend' },
        );
        expect(cardText(after)).toContain(`Indstillet af ${PEOPLE[recommender].name}`);
      }
      expect((await h.network(networkId))?.phase).toBe('recommended');
      await h.deliver();

      // Decision, by the deciding body, on its card, by its rule (the political committee: its meeting's record);
      // the card is then updated in place for everyone.
      const decision = findCard(h, conversationOf(tc.decider), 'Beslutning:');
      const meeting = tc.decider === 'politician' ? { meetingDate: MEETING_DATE } : {};
      const decided = await press(
        h,
        tc.decider,
        decision,
        'decideIdea',
        { reason: '', ...meeting },
        { outcome: 'approve' },
      );
      expect(cardText(decided)).toContain(
        tc.decider === 'politician'
          ? `Godkendt: Det politiske udvalg besluttede på mødet 5.1.2026 · registreret af ${PEOPLE.politician.name}`
          : `Godkendt af ${PEOPLE[tc.decider].name}`,
      );
      await h.deliver();
      expect(h.connector.updates().some((u) => u.activityId === decision.activityId)).toBe(true);
      const outcome = findCard(h, personalChatOf('originator'), 'Godkendt');
      expect(cardText(outcome.card)).toContain('Næste skridt');

      // The heads' forum is briefed by whoever the routing table names (the leader, for innovation networks: later).
      const briefer: Persona | null = tc.briefer === 'leaderPersona' ? null : tc.briefer;
      if (briefer) {
        await press(h, briefer, findCard(h, conversationOf(briefer), 'Orientér chefforum'), 'briefHeadsForum');
        await h.deliver();
        expect(cardText(findCard(h, CHANNELS.headsForum, 'Orientering om nyt netværk').card)).toContain(
          PEOPLE[briefer].name,
        );
      }

      // Contract phase 1: filled by a consultant; each party of the routing table acknowledges on its own card
      // (a body by its rule); the leader of a learning network once appointed.
      await press(h, 'consultant', findCard(h, personalChatOf('consultant'), 'Kontrakt fase 1'), 'fillContractPhase1', {
        ...CONTRACT.PHASE1,
      });
      await h.deliver();
      let acknowledged = '';
      const acknowledge = async (party: Persona) => {
        const card = findCard(h, conversationOf(party), 'Kontrakt fase 1');
        const meetingDate = party === 'politician' ? { meetingDate: MEETING_DATE } : {};
        // The tab offers the same acknowledgement, asking a secretary for the meeting's date.
        const inTab = (await networkAs(h, party, networkId)).contract[0]!;
        expect([inTab.canSign, inTab.signsForMeeting]).toEqual([true, party === 'politician']);
        acknowledged = cardText(await press(h, party, card, 'signContractPhase', meetingDate));
        await h.deliver();
      };
      for (const party of tc.contractParties.filter((p) => p !== 'leader')) await acknowledge(party);
      // Leader: someone expresses interest, the director nominates, the heads' forum decides.
      await h.invoke(
        'leader',
        'expressInterest',
        { networkId, kind: 'interest' },
        {
          conversationId: CHANNELS.announcements,
          replyToId: findCard(h, CHANNELS.announcements, 'Netværksleder søges').activityId,
        },
      );
      const nomination = findCard(h, personalChatOf('director'), 'Indstil netværksleder');
      const nominated = await press(h, 'director', nomination, 'nominateLeader', { person: leaderKey() });
      expect(cardText(nominated)).toContain('Indstillet som leder: Lene Leder');
      await h.deliver();
      await press(
        h,
        'headsForum',
        findCard(h, CHANNELS.headsForum, 'Netværksleder:'),
        'decideLeader',
        {},
        { outcome: 'approve' },
      );
      await h.deliver();
      const appointed = findCard(h, personalChatOf('leader'), 'Du er netværksleder');
      expect((await h.network(networkId))?.leader?.objectId).toBe(PEOPLE.leader.objectId);
      if (!briefer) {
        await press(h, 'leader', findCard(h, personalChatOf('leader'), 'Orientér chefforum'), 'briefHeadsForum');
        await h.deliver();
        expect(cardText(findCard(h, CHANNELS.headsForum, 'Orientering om nyt netværk').card)).toContain('Lene Leder');
      }

      if (tc.contractParties.includes('leader')) await acknowledge('leader');
      const phase1 = (await h.network(networkId))?.contract.find((c) => c.phase === 1);
      expect(phase1?.locked).toBe(true);
      expect(phase1?.signatures.map((sig) => sig.by.name)).toEqual(tc.contractParties.map((p) => PEOPLE[p].name));
      // The contract card shows each party with who acknowledged for it (a secretary: the committee's meeting).
      for (const p of tc.contractParties)
        expect(acknowledged).toContain(
          p === 'politician'
            ? `besluttet på mødet 5.1.2026 · registreret af ${PEOPLE[p].name}`
            : `Underskrevet af ${PEOPLE[p].name}`,
        );
      expect(acknowledged).not.toContain('afventer kvittering');

      // Contract phase 2: the leader fills and signs, the director co-signs; the period comes from it.
      const phase2 = await press(h, 'leader', appointed, 'showContractForm', {}, { phase: 2 });
      await h.invoke(
        'leader',
        'fillContractPhase2',
        { networkId, phase: 2, ...CONTRACT.PHASE2 },
        { replyToId: 'phase2' },
      );
      expect(cardText(phase2)).toContain('Kontrakt fase 2');
      await h.invoke('leader', 'signContractPhase', { networkId, phase: 2 }, { replyToId: 'phase2' });
      await h.deliver();
      await press(h, 'director', findCard(h, personalChatOf('director'), 'Kontrakt fase 2'), 'signContractPhase');
      expect((await h.network(networkId))?.period).toEqual({
        startDate: CONTRACT.PHASE2.startDate,
        endDate: CONTRACT.PHASE2.endDate,
      });

      // Participants: an internal invitation (accepted on its card), an external participant and a guest.
      const people = await press(h, 'leader', appointed, 'showParticipantsForm');
      expect(actionsOf(people).map((a) => a.verb)).toEqual(
        expect.arrayContaining(['inviteParticipant', 'addExternalParticipant']),
      );
      const invited = await h.invoke(
        'leader',
        'inviteParticipant',
        { networkId, person: personKeyOf('participant'), role: 'participant' },
        { replyToId: 'people' },
      );
      expect(cardText(invited.card)).toContain('Pia Deltager');
      await h.invoke(
        'leader',
        'addExternalParticipant',
        {
          networkId,
          extName: 'Eva Ekstern',
          extOrganisation: 'Region Hovedstaden',
          extEmail: 'eva@regionh.dk',
          extRole: 'participant',
        },
        { replyToId: 'people' },
      );
      await h.invoke(
        'leader',
        'inviteParticipant',
        { networkId, person: personKeyOf('participant2'), role: 'guest', guestUntil: '2026-12-31' },
        { replyToId: 'people' },
      );
      await h.deliver();
      const invitation = findCard(h, personalChatOf('participant'), 'Invitation:');
      const accepted = await press(h, 'participant', invitation, 'respondToInvitation', {}, { accept: true });
      expect(cardText(accepted)).toContain('Du har sagt ja');
      const guestInvitation = findCard(h, personalChatOf('participant2'), 'Invitation:');
      expect(cardText(guestInvitation.card)).toContain('Som gæst er du med til og med 31. december 2026');
      await h.deliver();
      expect(cardText(findCard(h, personalChatOf('leader'), 'Svar på invitation').card)).toContain(
        'Pia Deltager har sagt ja',
      );

      // The heads' forum is told the composition; then the kick-off workshop, contract phase 3, and active.
      await h.invoke('leader', 'informHeadsForumOfComposition', { networkId }, { replyToId: 'people' });
      await h.deliver();
      const composition = cardText(findCard(h, CHANNELS.headsForum, 'Sammensætning af netværket').card);
      expect(composition).toContain('Pia Deltager');
      expect(composition).toContain('Eva Ekstern (Region Hovedstaden)');
      await h.invoke('leader', 'holdKickoff', { networkId, heldOn: '2026-02-10' }, { replyToId: 'people' });
      await h.deliver();
      await press(
        h,
        'leader',
        findCard(h, personalChatOf('leader'), 'Kontrakt fase 3'),
        'fillContractPhase3',
        CONTRACT.PHASE3,
      );
      await h.invoke('leader', 'signContractPhase', { networkId, phase: 3 }, { replyToId: 'phase3' });
      const active = await h.network(networkId);
      expect(active?.phase).toBe('active');
      expect(active?.participants.map((p) => p.status)).toEqual(
        expect.arrayContaining(['accepted', 'accepted', 'invited']),
      );
      expect(h.connector.unexpected()).toEqual([]);
    });
  },
);
