import { isDomainError } from '../../shared/src/domain/errors';
import { serviceOn } from '../../shared/src/testing/service-fixtures';
import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { freshTableStore } from '../support/azurite-env';

describe('a stale write under ordinary concurrency is retried by the server (issue 16)', () => {
  it('lets 25 colleagues accept their invitations to one network at the same moment, on Table Storage', async () => {
    const s = await serviceOn(freshTableStore());
    await s.networkAtStage(TYPE_CASES[2]!, 'leaderAppointed', 'mange');
    const people = Array.from({ length: 25 }, (_, i) => ({
      tenantId: PEOPLE.participant.tenantId,
      objectId: `kollega-${i}`,
      name: `Kollega ${i}`,
    }));
    for (const person of people)
      await s.must('leader', 'mange', { type: 'inviteParticipant', person, role: 'participant' });
    const invited = (await s.networks.load('mange'))!.network.participants;
    const results = await Promise.all(
      people.map((person) => {
        const invitation = invited.find((p) => p.kind === 'internal' && p.person.objectId === person.objectId)!;
        return s.exec(person, 'mange', { type: 'respondToInvitation', participantId: invitation.id, accept: true });
      }),
    );
    const refused = results.filter(isDomainError).map((r) => r.code);
    expect(refused).toEqual([]);
    const after = (await s.networks.load('mange'))!.network.participants;
    expect(after.filter((p) => p.status === 'accepted')).toHaveLength(25);
  });
});
