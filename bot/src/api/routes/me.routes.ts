import type { Server } from 'restify';
import { FORUMS, personKey } from '@netvaerk/shared/domain/types';
import type { DevUserDto, MeDto, PersonDto } from '@netvaerk/shared/api/api-types';
import { type ApiContext, authed, guarded } from '../api-context';
import { sendJson } from '../http';
import { orgRolesOf } from '@netvaerk/shared/domain/visibility';
import { READ_PERMISSIONS } from '@netvaerk/shared/domain/read-permissions';
import { LEADING_PHASES } from '@netvaerk/shared/domain/lifecycle';

/** Who the user is, the people they can choose from, and (local development only) the demo identities. */
export function registerMeRoutes(server: Server, ctx: ApiContext): void {
  server.get(
    '/api/me',
    authed(ctx, async ({ res, actor, config }) => {
      const me: MeDto = {
        person: { tenantId: actor.tenantId, objectId: actor.objectId, name: actor.name },
        ...orgRolesOf(actor, config),
        mayExportCaseRecords: READ_PERMISSIONS.caseRecordExport(actor, config),
        localDev: ctx.localDev,
      };
      sendJson(res, 200, me);
    }),
  );

  server.get(
    '/api/people',
    authed(ctx, async ({ res, actor }) => {
      const people: PersonDto[] = (await ctx.services.directory.people())
        .filter((p) => p.tenantId === actor.tenantId && p.name)
        .map((p) => ({ tenantId: p.tenantId, objectId: p.objectId, name: p.name }));
      sendJson(res, 200, { people });
    }),
  );

  if (!ctx.localDev) return;
  // Local development only: the identities the tab's switcher offers, with their roles for orientation.
  server.get(
    '/api/dev/users',
    guarded(ctx, async (_req, res) => {
      const [people, { config }, networks] = await Promise.all([
        ctx.knownPeople(),
        ctx.services.config.load(),
        ctx.services.networks.list(),
      ]);
      const leaders = new Set(
        networks.flatMap((n) => (n.leader && LEADING_PHASES.has(n.phase) ? [personKey(n.leader)] : [])),
      );
      const members = new Set(networks.flatMap((n) => n.memberKeys));
      const users: DevUserDto[] = people.map((p) => {
        const roles = orgRolesOf({ ...p, surface: 'tab' }, config);
        return {
          objectId: p.objectId,
          tenantId: p.tenantId,
          name: p.name,
          roles: [
            ...(roles.director ? ['director'] : []),
            ...(roles.consultant ? ['consultant'] : []),
            ...FORUMS.filter((f) => roles.forums.includes(f)),
            ...(leaders.has(personKey(p)) ? ['leader'] : []),
            ...(members.has(personKey(p)) ? ['participant'] : []),
          ],
        };
      });
      sendJson(res, 200, { users });
    }),
  );
}
