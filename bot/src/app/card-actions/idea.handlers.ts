import { localisedFieldErrors } from '@netvaerk/shared/i18n/field-errors';
import { randomUUID } from 'node:crypto';
import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import { ideaFormView } from '@netvaerk/shared/cards/views/idea-form.view';
import { networkCardView } from '@netvaerk/shared/cards/views/network-card.view';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import { routeFor } from '@netvaerk/shared/domain/routing';
import { t } from '@netvaerk/shared/i18n/messages';
import { ideaNextStep, submitIdeaCommand } from '@netvaerk/shared/app/idea-submission';
import { type CardActionHandler, commandIdFor, errorCard, str } from './card-action-context';

const IDEA_FIELDS = ['name', 'networkType', 'track', 'purpose', 'background', 'originatorGroup'] as const;
type IdeaField = (typeof IDEA_FIELDS)[number];

export const showIdeaForm: CardActionHandler = async (ctx) =>
  renderAppCard(ideaFormView(ctx.incoming.locale, { formId: randomUUID() }));

/**
 * Stores a new idea. The network id comes from the form's id and the person, so a double click or a
 * redelivered activity lands on the same network and changes nothing.
 */
export const submitIdea: CardActionHandler = async (ctx) => {
  const data = ctx.action.data;
  const fields = Object.fromEntries(IDEA_FIELDS.map((f) => [f, str(data, f)])) as Record<IdeaField, string>;
  // The values the form is shown again with, should a field need fixing.
  const values: Record<string, string> = { ...fields, formId: str(data, 'formId') || randomUUID() };
  const commandId = commandIdFor(ctx, { formId: values.formId });
  const result = await ctx.service.execute(submitIdeaCommand(commandId, fields), ctx.actor);
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
  const next = ideaNextStep(result.network, locale);
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
