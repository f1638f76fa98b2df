import type { Readable } from 'node:stream';
import type { Response, Server } from 'restify';
import { ID_PATTERN } from '@netvaerk/shared/domain/limits';
import { type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import {
  eraseRequestSchema,
  exportNetworksSchema,
  exportPeriodSchema,
  type ExportRequest,
  type PersonSearchDto,
  personQuerySchema,
  type PrivacyDto,
  RECORDS_FORMS,
  type RecordsOverviewDto,
  recordsSettingsSchema,
} from '@netvaerk/shared/api/records-api-types';
import { fieldProblemsOf } from '@netvaerk/shared/domain/field-problems';
import { READ_PERMISSIONS } from '@netvaerk/shared/domain/read-permissions';
import { mayChangeRecordsSettings } from '@netvaerk/shared/records/records-access';
import { type ApiContext, type ApiRequest, authed } from '../api-context';
import { queryOf, sendFailure, sendFieldProblems, sendJson, sendNotVisible } from '../http';

function sendFile(res: Response, body: Buffer | Readable, type: string, fileName: string): void {
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  });
  if (Buffer.isBuffer(body)) res.end(body);
  else body.pipe(res);
}

/** Which person a key names, among those the app knows (a form can't make up identities). */
async function personByKey(ctx: ApiContext, key: string): Promise<PersonRef | null> {
  const known = await ctx.knownPeople();
  const all = [
    ...known,
    ...(await ctx.services.networks.list()).flatMap((n) => [n.originator, ...(n.leader ? [n.leader] : [])]),
  ];
  return all.find((p) => personKey(p) === key) ?? null;
}

/**
 * The records API (issue 17): case records per network and for a period (the director and the consultants), a
 * person's data and their erasure (the director and the privacy officers), the retention dry run and settings.
 */
export function registerRecordsRoutes(server: Server, ctx: ApiContext): void {
  const records = ctx.services.records;
  const exporter = (r: ApiRequest) => READ_PERMISSIONS.caseRecordExport(r.actor, r.config);
  const privacy = async (r: ApiRequest) => READ_PERMISSIONS.personData(r.actor, r.config, await records.settings());

  server.get(
    '/api/records',
    authed(ctx, async (r) => {
      const settings = await records.settings();
      const canExport = exporter(r);
      const canHandlePersonData = READ_PERMISSIONS.personData(r.actor, r.config, settings);
      if (!canExport && !canHandlePersonData)
        return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.forbidden', r.locale);
      const [networks, retention, events, exported] = await Promise.all([
        ctx.services.networks.list(),
        records.retentionPlan(r.today),
        records.events(),
        records.exported(),
      ]);
      const body: RecordsOverviewDto = {
        canExport,
        canHandlePersonData,
        canChangeSettings: mayChangeRecordsSettings(r.actor, r.config),
        settings: { retentionMonths: settings.retentionMonths, privacyOfficers: settings.privacyOfficers },
        networks: networks
          .map((n) => ({ id: n.id, name: n.name, phase: n.phase, exportedAt: exported.get(n.id) ?? null }))
          .sort((a, b) => a.name.localeCompare(b.name, 'da')),
        retention,
        events: [...events].reverse().slice(0, 50),
      };
      sendJson(r.res, 200, body);
    }),
  );

  // For everyone signed in: the privacy page says how long this organisation keeps personal data.
  server.get(
    '/api/privacy',
    authed(ctx, async (r) => {
      const body: PrivacyDto = { retentionMonths: (await records.settings()).retentionMonths };
      sendJson(r.res, 200, body);
    }),
  );

  server.get(
    '/api/networks/:id/case-record',
    authed(ctx, async (r) => {
      if (!exporter(r)) return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.forbidden', r.locale);
      const id = String(r.req.params.id);
      const record = ID_PATTERN.test(id) ? await records.caseRecord(id) : null;
      if (!record) return sendNotVisible(r.res, r.locale);
      sendJson(r.res, 200, record);
    }),
  );

  server.post(
    '/api/records/export',
    authed(ctx, async (r) => {
      if (!exporter(r)) return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.forbidden', r.locale);
      // Named networks or a period: each form's fields are checked by its own schema, so the answer names them.
      const input: unknown = r.req.body ?? {};
      const named = typeof input === 'object' && input !== null && 'networkIds' in input;
      const parsed = (named ? exportNetworksSchema : exportPeriodSchema).safeParse(input);
      if (!parsed.success)
        return sendFieldProblems(r.res, r.locale, RECORDS_FORMS.export, fieldProblemsOf(parsed.error.issues));
      const request: ExportRequest = parsed.data;
      const ids =
        'networkIds' in request ? request.networkIds : await records.networksInPeriod(request.from, request.to);
      const scope: Record<string, string> =
        'networkIds' in request ? { networks: ids.join(',') } : { from: request.from, to: request.to };
      const zip = await records.exportZip(ids, r.actor, scope);
      const name = 'networkIds' in request && ids.length === 1 ? `sagsakt-${ids[0]}` : `sagsakter-${r.today}`;
      sendFile(r.res, zip, 'application/zip', `${name}.zip`);
    }),
  );

  server.get(
    '/api/records/people',
    authed(ctx, async (r) => {
      if (!(await privacy(r)))
        return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.personForbidden', r.locale);
      const q = personQuerySchema.safeParse({ q: queryOf(r.req).get('q') ?? '' });
      if (!q.success) return sendFieldProblems(r.res, r.locale, RECORDS_FORMS.search, fieldProblemsOf(q.error.issues));
      const people = await records.searchPeople(q.data.q, await ctx.knownPeople());
      const body: PersonSearchDto = { people: people.map((p) => ({ ...p, key: personKey(p) })) };
      sendJson(r.res, 200, body);
    }),
  );

  server.get(
    '/api/records/people/:key/data',
    authed(ctx, async (r) => {
      if (!(await privacy(r)))
        return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.personForbidden', r.locale);
      const person = await personByKey(ctx, String(r.req.params.key));
      if (!person) return sendFailure(r.res, 404, 'RECORDS.PERSON_UNKNOWN', 'tab.records.personUnknown', r.locale);
      const { json, pdf } = await records.personData(person, r.actor);
      if (queryOf(r.req).get('format') === 'pdf') sendFile(r.res, pdf, 'application/pdf', 'persondata.pdf');
      else sendJson(r.res, 200, json);
    }),
  );

  server.post(
    '/api/records/people/:key/erase',
    authed(ctx, async (r) => {
      if (!(await privacy(r)))
        return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.personForbidden', r.locale);
      const person = await personByKey(ctx, String(r.req.params.key));
      if (!person) return sendFailure(r.res, 404, 'RECORDS.PERSON_UNKNOWN', 'tab.records.personUnknown', r.locale);
      const body = eraseRequestSchema.safeParse(r.req.body ?? {});
      if (!body.success)
        return sendFieldProblems(r.res, r.locale, RECORDS_FORMS.erase, fieldProblemsOf(body.error.issues));
      if (body.data.confirmName !== person.name)
        return sendFieldProblems(
          r.res,
          r.locale,
          RECORDS_FORMS.erase,
          { confirmName: 'confirmMismatch' },
          { code: 'RECORDS.CONFIRM_MISMATCH', message: 'tab.records.confirmMismatch' },
        );
      const result = await records.erase(person, r.actor);
      sendJson(r.res, 200, { rowsChanged: result.rowsChanged, rowsDeleted: result.rowsDeleted });
    }),
  );

  server.post(
    '/api/records/settings',
    authed(ctx, async (r) => {
      if (!mayChangeRecordsSettings(r.actor, r.config))
        return sendFailure(r.res, 403, 'RECORDS.FORBIDDEN', 'tab.records.settingsForbidden', r.locale);
      const parsed = recordsSettingsSchema.safeParse(r.req.body ?? {});
      if (!parsed.success)
        return sendFieldProblems(r.res, r.locale, RECORDS_FORMS.settings, fieldProblemsOf(parsed.error.issues));
      const known = await ctx.knownPeople();
      const officers = parsed.data.privacyOfficerKeys.map((k) => known.find((p) => personKey(p) === k));
      if (officers.some((p) => !p))
        return sendFieldProblems(r.res, r.locale, RECORDS_FORMS.settings, { privacyOfficerKeys: 'unknownPerson' });
      await records.saveSettings(
        { retentionMonths: parsed.data.retentionMonths, privacyOfficers: officers as PersonRef[] },
        r.actor,
      );
      sendJson(r.res, 200, { ok: true });
    }),
  );
}
