import type { CommandType } from '@netvaerk/shared/domain/commands';
import type { NetworkCardKind, OutboxView } from '@netvaerk/shared/domain/outbox';
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

export const withdrawIdea = commandVerb('withdrawIdea', ['reason'], networkView('outcome'));
export const assignTrack = commandVerb('assignTrack', ['track'], networkView('track'));
export const recommendIdea = commandVerb('recommendIdea', ['outcome', 'reason'], networkView('recommendation'));
export const decideIdea = commandVerb('decideIdea', ['outcome', 'reason', 'meetingDate'], networkView('decision'));
export const briefHeadsForum = commandVerb('briefHeadsForum', [], networkView('briefingRequest'));
export const expressInterest = commandVerb('expressInterest', [], networkView('interest'));
export const decideLeader = commandVerb(
  'decideLeader',
  ['outcome', 'reason', 'meetingDate'],
  networkView('leaderDecision'),
);
export const respondToInvitation = commandVerb(
  'respondToInvitation',
  ['participantId', 'accept'],
  networkView('invitation'),
);
export const informHeadsForumOfComposition = commandVerb('informHeadsForumOfComposition', [], () => ({
  type: 'participants',
}));
export const holdKickoff = commandVerb('holdKickoff', ['heldOn'], () => ({ type: 'participants' }));
export const signContractPhase = commandVerb('signContractPhase', ['phase', 'meetingDate'], (data) => ({
  type: 'contract',
  phase: Number(data.phase) === 2 ? 2 : Number(data.phase) === 3 ? 3 : 1,
}));
