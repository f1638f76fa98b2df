import { parseRefreshData } from '@netvaerk/shared/cards/card-refresh';
import { t } from '@netvaerk/shared/i18n/messages';
import { type CardActionHandler, loadForView, noticeCard } from './card-action-context';

/**
 * The user-specific view: Teams asks for it automatically for the people in refresh.userIds, and anyone can ask
 * with "Vis mine muligheder" or Teams' own "Refresh card". It renders exactly the view the card's refresh data
 * names (read with the same table the card builders write it with) and only reads; what the person may do is
 * decided again on every action. A view this version does not know is a bug to see in the logs, answered with
 * a card that says so, never with some other card.
 */
export const refreshCard: CardActionHandler = async (ctx) => {
  const parsed = parseRefreshData(ctx.action.data);
  const locale = ctx.incoming.locale;
  if (!parsed.ok) {
    ctx.logger.error(
      { problem: parsed.problem, fields: Object.keys(ctx.action.data).slice(0, 20) },
      'card refresh names a view the bot does not know',
    );
    return noticeCard(ctx, t(locale, 'card.error.title'), t(locale, 'card.refresh.unknown'), 'attention');
  }
  const loaded = await loadForView(ctx, parsed.networkId);
  if (!loaded.ok) return loaded.card;
  return ctx.renderer.render(parsed.view, loaded.network, loaded.config, { viewer: ctx.actor, locale });
};
