import { answeringView } from './answering-view';
import { type CardActionHandler, loadForView, runCardCommand, str } from './card-action-context';

const answer = answeringView('nominateLeader');

/**
 * The director nominates a leader chosen on the card (by person key); the person is looked up among the people
 * the app knows, so a card can't introduce a made-up identity. Over the limit of two, the card comes back with
 * the reason field to override.
 */
export const nominateLeader: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const networkId = str(data, 'networkId');
  const key = str(data, 'person');
  const values = { person: key, overrideReason: str(data, 'overrideReason') };
  const loaded = await loadForView(ctx, networkId);
  if (!loaded.ok) return loaded.card;
  const people = await ctx.renderer.knownPeople(loaded.network);
  const person = people.find((p) => `${p.tenantId}_${p.objectId}` === key);
  const input = {
    type: 'nominateLeader',
    networkId,
    person: person ?? undefined,
    ...(values.overrideReason ? { overrideReason: values.overrideReason } : {}),
  };
  const result = await runCardCommand(ctx, input, answer(data), { values });
  return result;
};
