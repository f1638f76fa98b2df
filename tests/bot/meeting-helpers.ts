import { PEOPLE, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { actionsOf, type BotHarness, cardOf, cardText } from '../support/bot-harness';
import { arrange } from './flow-helpers';

export const WELFARE = TYPE_CASES[2]!;
const TENANT = PEOPLE.leader.tenantId;
/** Made-up participants, as many as a test needs. */
export const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ tenantId: TENANT, objectId: `deltager${i}`, name: `Deltager ${i}` }));

/** A network with many accepted participants, a meeting chat with them in it, linked with "tilknyt netværk". */
export async function meetingSetup(
  h: BotHarness,
  networkId: string,
  participants: { tenantId: string; objectId: string; name: string }[],
  options: { anonymous?: boolean } = {},
) {
  const { service, directory } = h.server.services;
  await arrange(h, WELFARE, 'active', networkId);
  const leader = { ...PEOPLE.leader, surface: 'bot' as const };
  if (options.anonymous)
    await service.execute(
      { type: 'updateSettings', commandId: `anon-${networkId}`, networkId, anonymousReflections: true },
      leader,
    );
  for (const p of participants) {
    await directory.rememberPerson({
      ...p,
      teamsId: `29:${p.objectId}`,
      serviceUrl: h.connector.url,
      locale: 'da-DK',
      personalConversationId: `a:personal-${p.objectId}`,
    });
    const invited = await service.execute(
      {
        type: 'inviteParticipant',
        commandId: `inv-${networkId}-${p.objectId}`,
        networkId,
        person: p,
        role: 'participant',
      },
      leader,
    );
    if (!('network' in invited)) throw new Error(`invite failed: ${JSON.stringify(invited)}`);
    const id = invited.network.participants.find((x) => x.kind === 'internal' && x.person.objectId === p.objectId)!.id;
    await service.execute(
      {
        type: 'respondToInvitation',
        commandId: `acc-${networkId}-${p.objectId}`,
        networkId,
        participantId: id,
        accept: true,
      },
      { ...p, surface: 'bot' },
    );
  }
  const meetingId = `MCMxOTptZWV0aW5nXzEyMw==/${networkId}`;
  const chatId = `19:meeting_${networkId}@thread.v2`;
  h.connector.setMembers(
    chatId,
    participants.map((p) => ({ id: `29:${p.objectId}`, name: p.name, aadObjectId: p.objectId })),
  );
  await h.message('leader', 'tilknyt netværk', { conversationId: chatId, channelData: { meeting: { id: meetingId } } });
  const linkCard = cardOf(h.sentTo(chatId).at(-1)!);
  const link = actionsOf(linkCard).find((a) => a.verb === 'linkNetwork')!;
  const linked = await h.invoke(
    'leader',
    'linkNetwork',
    { ...link.data, networkId },
    { conversationId: chatId, channelData: { meeting: { id: meetingId } } },
  );
  expect(cardText(linked.card)).toContain('Tilknyttet netværket');
  return { meetingId, chatId };
}

/** The reflection cards posted in a chat (as sent). */
export const reflectionCards = (h: BotHarness, chatId: string) =>
  h.sentTo(chatId).filter((s) => cardText(cardOf(s)).includes('Refleksion over mødet'));
