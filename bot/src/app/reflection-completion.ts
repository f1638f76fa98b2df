import { createHash } from 'node:crypto';
import type { NetworkService } from '@netvaerk/shared/app/network-service';
import type { Network } from '@netvaerk/shared/domain/network';
import { reflectionComplete } from '@netvaerk/shared/domain/reflectors';

const SYSTEM = { objectId: 'system', name: 'Netværk for Teams', surface: 'system' as const, isSystem: true };

/**
 * Closes a meeting's reflection once it is complete (the domain's `reflectionComplete`), so the leader gets the summary. Called by the
 * answer's card action with the count it read, and by the outbox after it rendered the reflection card from a
 * fresh read: when the last answers arrive at the same moment, each answer's own read may miss the others, but
 * the card update after the last write reads them all. The command id is the meeting's: closing twice is a replay.
 */
export async function closeWhenEveryoneAnswered(
  service: NetworkService,
  network: Network,
  meetingId: string,
  answered: number,
): Promise<void> {
  if (!reflectionComplete(network, meetingId, answered)) return;
  await service.execute(
    {
      type: 'closeReflection',
      commandId: `close-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`,
      networkId: network.id,
      meetingId,
    },
    { ...SYSTEM, tenantId: network.leader?.tenantId ?? '' },
  );
}
