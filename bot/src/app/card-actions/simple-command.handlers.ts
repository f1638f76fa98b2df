import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import type { NetworkCardKind } from '@netvaerk/shared/cards/kinds/registry';
import { answeringView } from './answering-view';
import { type CardActionHandler, runCardCommand, str } from './card-action-context';

/**
 * A verb that is one domain command with a few fields from the card: the card's data is validated by the
 * command's zod schema in the service, never trusted for who may act.
 */
function commandVerb(
  type: CommandType,
  fields: readonly string[],
  view: (data: Record<string, unknown>) => OutboxView,
): CardActionHandler {
  return (ctx) => {
    const data = ctx.action.data;
    const input: Record<string, unknown> = { type, networkId: str(data, 'networkId') };
    for (const field of fields) {
      const value = data[field];
      if (value === undefined || value === '') continue;
      input[field] = value === 'true' ? true : value === 'false' ? false : value;
    }
    const values = Object.fromEntries(fields.map((f) => [f, str(data, f)]));
    return runCardCommand(ctx, input, view(data), { values });
  };
}

const networkView =
  (kind: NetworkCardKind) =>
  (data: Record<string, unknown>): OutboxView => ({
    type: 'network',
    kind,
    ...(typeof data.participantId === 'string' ? { participantId: data.participantId } : {}),
  });

/**
 * A press answered with the card that asked for it: the kind it was pressed on, or the kind whose spec names the
 * command (no copy of the kind-to-command list here).
 */
function asked(type: CommandType, fields: readonly string[]): CardActionHandler {
  return commandVerb(type, fields, answeringView(type));
}

// A withdrawn idea is answered with how it ended (no card asks for withdrawing).
export const withdrawIdea = commandVerb('withdrawIdea', ['reason'], networkView('outcome'));
export const assignTrack = asked('assignTrack', ['track']);
export const recommendIdea = asked('recommendIdea', ['outcome', 'reason', 'meetingDate']);
export const decideIdea = asked('decideIdea', ['outcome', 'reason', 'meetingDate']);
export const briefHeadsForum = asked('briefHeadsForum', []);
export const expressInterest = asked('expressInterest', []);
export const decideLeader = asked('decideLeader', ['outcome', 'reason', 'meetingDate']);
export const respondToInvitation = asked('respondToInvitation', ['participantId', 'accept']);
export const informHeadsForumOfComposition = commandVerb('informHeadsForumOfComposition', [], () => ({
  type: 'participants',
}));
export const holdKickoff = commandVerb('holdKickoff', ['heldOn'], () => ({ type: 'participants' }));
export const signContractPhase = commandVerb('signContractPhase', ['phase', 'meetingDate'], (data) => ({
  type: 'contract',
  phase: Number(data.phase) === 2 ? 2 : Number(data.phase) === 3 ? 3 : 1,
}));
