import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import { type CardActionHandler, loadForView, str } from './card-action-context';

/**
 * The user-specific view: Teams asks for it automatically for the people in refresh.userIds, and anyone can ask
 * with "Vis mine muligheder". It only reads; what the person may do is decided again on every action.
 */
export const refreshCard: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const loaded = await loadForView(ctx, str(data, 'networkId'));
  if (!loaded.ok) return loaded.card;
  const phase = Number(data.phase);
  const view: OutboxView =
    data.view === 'contract' && (phase === 1 || phase === 2 || phase === 3)
      ? { type: 'contract', phase }
      : data.view === 'participants'
        ? { type: 'participants' }
        : {
            type: 'network',
            kind: str(data, 'kind') || 'status',
            ...(str(data, 'participantId') ? { participantId: str(data, 'participantId') } : {}),
          };
  return ctx.renderer.render(view, loaded.network, loaded.config, { viewer: ctx.actor, locale: ctx.incoming.locale });
};
