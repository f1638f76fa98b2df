import { localisedFieldErrors } from '@netvaerk/shared/i18n/field-errors';
import { randomUUID } from 'node:crypto';
import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import { ideaFormView } from '@netvaerk/shared/cards/views/idea-form.view';
import { networkCardView } from '@netvaerk/shared/cards/views/network-card.view';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import { routeFor } from '@netvaerk/shared/domain/routing';
import { t } from '@netvaerk/shared/i18n/messages';
import { bodyName } from '@netvaerk/shared/cards/views/common';
import { type CardActionHandler, commandIdFor, errorCard, str } from './card-action-context';

const IDEA_FIELDS = ['name', 'networkType', 'track', 'purpose', 'background', 'originatorGroup'] as const;

export const showIdeaForm: CardActionHandler = async (ctx) =>
  renderAppCard(ideaFormView(ctx.incoming.locale, { formId: randomUUID() }));

/**
 * Stores a new idea. The network id comes from the form's id and the person, so a double click or a
 * redelivered activity lands on the same network and changes nothing.
 */
export const submitIdea: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const values: Record<string, string> = Object.fromEntries(IDEA_FIELDS.map((f) => [f, str(data, f)]));
  values.formId = str(data, 'formId') || randomUUID();
  const commandId = commandIdFor(ctx, { formId: values.formId });
  const input = {
    type: 'submitIdea',
    commandId,
    networkId: `n${commandId.slice(0, 24)}`,
    name: values.name,
    networkType: values.networkType || undefined,
    track: values.networkType === 'innovation' && values.track ? values.track : undefined,
    purpose: values.purpose,
    background: values.background,
    originatorGroup: values.originatorGroup,
  };
  const result = await ctx.service.execute(input, ctx.actor);
  const locale = ctx.incoming.locale;
  if (isDomainError(result)) {
    if (result.code === 'INPUT.INVALID')
      return renderAppCard(ideaFormView(locale, values, localisedFieldErrors(result, locale)));
    const { config } = await ctx.config.load();
    return errorCard(ctx, result, null, null, config);
  }
  const { config } = await ctx.config.load();
  const route = routeFor(result.network);
  // The learning network's originator recommends it: they get the recommendation card straight away.
  if (route?.recommender === 'originator') {
    return renderAppCard(
      networkCardView('recommendation', result.network, {
        locale,
        viewer: ctx.actor,
        config,
        notice: { text: t(locale, 'idea.received', { name: result.network.name }), tone: 'good', bold: true },
      }),
    );
  }
  const next = route
    ? t(locale, 'idea.nextRecommender', { who: bodyName(route.recommender, locale) })
    : t(locale, 'idea.nextTrack');
  return renderAppCard(
    networkCardView('status', result.network, {
      locale,
      viewer: ctx.actor,
      config,
      notice: {
        text: `${t(locale, 'idea.received', { name: result.network.name })} ${next}`,
        tone: 'good',
        bold: true,
      },
    }),
  );
};
