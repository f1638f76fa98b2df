import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { kindAsking } from '@netvaerk/shared/cards/kinds/registry';

/**
 * The card a press of `command` is answered with, read from the kinds' specs (`kindAsking`): the kind the press
 * was made on when that kind asks for the command, else the command's one answering kind. No handler names the
 * kind by hand, so the card and the command cannot drift apart. A command no card asks for is a bug, found when
 * the handler's module loads (by every bot test).
 */
export function answeringView(command: CommandType): (data: Record<string, unknown>) => OutboxView {
  if (!kindAsking(command)) throw new Error(`no network card kind asks for ${command}`);
  return (data) => ({
    type: 'network',
    kind: kindAsking(command, data.kind)!,
    ...(typeof data.participantId === 'string' ? { participantId: data.participantId } : {}),
  });
}
