import { fieldProblemOf } from '@netvaerk/shared/domain/field-problems';
import type { Server } from 'restify';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import { ideaNextStep, submitIdeaCommand } from '@netvaerk/shared/app/idea-submission';
import type { IdeaCreatedDto } from '@netvaerk/shared/api/api-types';
import { type ApiContext, authed } from '../api-context';
import { sendDomainError, sendJson } from '../http';
import { siteView } from '../views/site-view';
import { idempotencyKeySchema, ideaBodySchema } from '@netvaerk/shared/api/request-schemas';
import { commandIdFrom } from './network.routes';

/** The network site (published stories and recommendations) and new ideas from it. */
export function registerSiteRoutes(server: Server, ctx: ApiContext): void {
  server.get(
    '/api/site',
    authed(ctx, async ({ res }) => {
      sendJson(res, 200, siteView(await ctx.services.networks.list()));
    }),
  );

  // The same flow as the bot's idea card: submitIdea through the service, whose outbox sends the
  // recommendation card to whoever recommends networks of the type.
  server.post(
    '/api/ideas',
    authed(ctx, async ({ req, res, actor, locale }) => {
      const body = ideaBodySchema.safeParse(req.body ?? {});
      if (!body.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of body.error.issues) fieldErrors[String(issue.path[0] ?? 'body')] ??= fieldProblemOf(issue);
        const params = { fields: Object.keys(fieldErrors).join(', '), command: 'submitIdea' };
        return sendDomainError(res, { kind: 'error', code: 'INPUT.INVALID', params, fieldErrors }, locale);
      }
      const key = idempotencyKeySchema.safeParse(req.headers['idempotency-key']);
      const commandId = commandIdFrom(actor, 'idea', key.success ? key.data : undefined);
      const result = await ctx.services.service.execute(submitIdeaCommand(commandId, body.data), actor);
      if (isDomainError(result)) return sendDomainError(res, result, locale);
      const created: IdeaCreatedDto = {
        networkId: result.network.id,
        name: result.network.name,
        next: ideaNextStep(result.network, locale),
      };
      sendJson(res, result.replayed ? 200 : 201, created);
    }),
  );
}
