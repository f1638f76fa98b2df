import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import { stepViewFor } from '@netvaerk/shared/cards/step-view';
import { backToMyNetworks, myNetworksView } from '@netvaerk/shared/cards/views/my-networks.view';
import type { ConfigRepository, NetworkRepository } from '@netvaerk/shared/domain/repository';
import type { Actor } from '@netvaerk/shared/domain/types';
import { maySee } from '@netvaerk/shared/domain/visibility';
import { type CardActionHandler, loadForView, str } from './card-action-context';

/** The networks a person may see, by the one read rule the tab uses too, by name. */
export async function networksOf(networks: NetworkRepository, configs: ConfigRepository, actor: Actor) {
  const [all, { config }] = await Promise.all([networks.list(), configs.load()]);
  return all.filter((n) => maySee(n, actor, config)).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** "Mine netværk" again, from a network opened from it. */
export const showMyNetworks: CardActionHandler = async (ctx) =>
  renderAppCard(myNetworksView(await networksOf(ctx.networks, ctx.config, ctx.actor), ctx.incoming.locale));

/**
 * A network opened from "Mine netværk": the card of the step the person can act on now, with its buttons
 * (only reads; every press is checked again), and the way back to the list.
 */
export const openNetwork: CardActionHandler = async (ctx) => {
  const loaded = await loadForView(ctx, str(ctx.action.data, 'networkId'));
  if (!loaded.ok) return loaded.card;
  const locale = ctx.incoming.locale;
  return ctx.renderer.render(stepViewFor(loaded.network, ctx.actor, loaded.config), loaded.network, loaded.config, {
    viewer: ctx.actor,
    locale,
    extraActions: [backToMyNetworks(locale)],
  });
};
