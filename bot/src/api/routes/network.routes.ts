import { createHash, randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { domainError, isDomainError } from '@netvaerk/shared/domain/errors';
import { commandBodySchema, idempotencyKeySchema, networkIdSchema } from '@netvaerk/shared/api/request-schemas';
import type { Actor, OrgConfig } from '@netvaerk/shared/domain/types';
import { samePerson } from '@netvaerk/shared/domain/types';
import type { Network } from '@netvaerk/shared/domain/network';
import type { NetworkListDto } from '@netvaerk/shared/api/api-types';
import { type ApiContext, type ApiRequest, authed } from '../api-context';
import { sendDomainError, sendJson, sendNotVisible } from '../http';
import { loadBundle, reflectionsOf } from '../network-data';
import { networkView } from '../views/network-view';
import { leaderLoads, summaryView } from '../views/summary-view';
import { maySee, maySeeNetwork, orgRolesOf } from '@netvaerk/shared/domain/visibility';

/** The same request retried (Idempotency-Key) by the same person is the same command: a replay changes nothing. */
export function commandIdFrom(actor: Actor, scope: string, key: string | undefined): string {
  const basis = JSON.stringify([actor.tenantId, actor.objectId, scope, key ?? randomUUID()]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 40);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The network if it exists and this user may see it; otherwise null (the caller answers as for "not found"). */
async function visibleNetwork(ctx: ApiContext, id: string, actor: Actor, config: OrgConfig): Promise<Network | null> {
  if (!networkIdSchema.safeParse(id).success) return null;
  const snapshot = await ctx.services.networks.load(id);
  if (!snapshot) return null;
  const n = snapshot.network;
  return maySeeNetwork(n, actor, config) ? n : null;
}

async function respondWithView(ctx: ApiContext, r: ApiRequest, network: Network): Promise<void> {
  const withOutbox =
    Boolean(network.leader && samePerson(network.leader, r.actor)) ||
    Boolean(r.config.director && samePerson(r.config.director, r.actor));
  const bundle = await loadBundle(ctx.services, network, withOutbox);
  sendJson(r.res, 200, networkView(bundle, r.actor, r.config, r.today));
}

/** The overview, one network, and commands on a network. */
export function registerNetworkRoutes(server: Server, ctx: ApiContext): void {
  server.get(
    '/api/networks',
    authed(ctx, async ({ res, actor, config, today }) => {
      const all = await ctx.services.networks.list();
      const visible = all.filter((n) => maySee(n, actor, config));
      const loaded = await Promise.all(visible.map((n) => ctx.services.networks.load(n.id)));
      const networks = loaded.flatMap((s) => (s ? [s.network] : []));
      // The overview needs only how many answered: tallies, no answer rows.
      const reflections = await Promise.all(networks.map((n) => reflectionsOf(ctx.services, n, false)));
      const loads = leaderLoads(all);
      const body: NetworkListDto = {
        scope: orgRolesOf(actor, config).seesAll ? 'all' : 'mine',
        networks: networks
          .map((n, i) => summaryView(n, reflections[i]!, config, loads, today))
          .sort((a, b) => a.name.localeCompare(b.name, 'da')),
      };
      sendJson(res, 200, body);
    }),
  );

  server.get(
    '/api/networks/:id',
    authed(ctx, async (r) => {
      const network = await visibleNetwork(ctx, String(r.req.params.id), r.actor, r.config);
      if (!network) return sendNotVisible(r.res, r.locale);
      await respondWithView(ctx, r, network);
    }),
  );

  server.post(
    '/api/networks/:id/commands',
    authed(ctx, async (r) => {
      const id = String(r.req.params.id);
      const network = await visibleNetwork(ctx, id, r.actor, r.config);
      if (!network) return sendNotVisible(r.res, r.locale);
      const body = commandBodySchema.safeParse(r.req.body);
      const key = idempotencyKeySchema.safeParse(headerValue(r.req.headers['idempotency-key']));
      if (!body.success || body.data.type === 'submitIdea' || (body.data.networkId && body.data.networkId !== id)) {
        return sendDomainError(r.res, domainError('INPUT.INVALID', { fields: 'type' }, { type: 'invalid' }), r.locale);
      }
      if (headerValue(r.req.headers['idempotency-key']) !== undefined && !key.success) {
        return sendDomainError(
          r.res,
          domainError('INPUT.INVALID', { fields: 'Idempotency-Key' }, { 'Idempotency-Key': 'invalid' }),
          r.locale,
        );
      }
      const commandId = commandIdFrom(r.actor, id, key.success ? key.data : undefined);
      const result = await ctx.services.service.execute({ ...body.data, networkId: id, commandId }, r.actor);
      if (isDomainError(result)) return sendDomainError(r.res, result, r.locale);
      // A linked meeting or channel is indexed by the network's save of this change (meeting events find it there).
      ctx.logger.info({ networkId: id, type: body.data.type, replayed: result.replayed }, 'tab command');
      await respondWithView(ctx, r, result.network);
    }),
  );
}
