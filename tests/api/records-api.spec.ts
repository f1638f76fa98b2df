import { unzipSync } from 'fflate';
import { personKey } from '../../shared/src/domain/types';
import type { PersonSearchDto, RecordsOverviewDto } from '../../shared/src/api/records-api-types';
import { PEOPLE, type Persona, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { ApiHarness } from './api-harness';

const learning = TYPE_CASES[3]!;

describe('tab API: records (case records, person data, retention) for the right roles only', () => {
  let h: ApiHarness;
  let closedId: string;
  beforeAll(async () => {
    h = await ApiHarness.start();
    closedId = (await h.arrange(learning, 'closed')).id;
  });
  afterAll(() => h.stop());

  const download = async (as: Persona, path: string, body: unknown) => {
    const response = await fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await h.token(as)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };

  it('answers 403 with a Danish message to everyone but the director, the consultants and the privacy officers', async () => {
    for (const persona of ['leader', 'participant', 'headsForum', 'originator', 'outsider'] as const) {
      const page = await h.call('GET', '/api/records', { as: persona });
      expect({ persona, status: page.status }).toEqual({ persona, status: 403 });
      expect(page.body.message).toBe(
        'Beklager, det er kun netværksdirektøren og netværkskonsulenterne, der kan eksportere sagsakter.',
      );
      expect((await download(persona, '/api/records/export', { networkIds: [closedId] })).status).toBe(403);
      expect((await h.call('GET', `/api/networks/${closedId}/case-record`, { as: persona })).status).toBe(403);
      expect((await h.call('GET', '/api/records/people?q=Pia', { as: persona })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/records')).status).toBe(401);
  });

  it('exports one network and a period as a zip for the director and the consultants, recorded in the records log', async () => {
    const one = await download('consultant', '/api/records/export', { networkIds: [closedId] });
    expect(one.status).toBe(200);
    expect(one.type).toBe('application/zip');
    const files = Object.keys(unzipSync(new Uint8Array(one.bytes)));
    expect(
      files
        .filter((f) => f.startsWith(`${closedId}-`))
        .sort()
        .map((f) => f.split('/')[1]),
    ).toEqual(['sagsakt.json', 'sagsakt.pdf']);
    const period = await download('director', '/api/records/export', { from: '2020-01-01', to: '2030-12-31' });
    expect(period.status).toBe(200);
    const invalid = await download('director', '/api/records/export', { from: '2026-05-01', to: '2026-01-01' });
    expect(invalid.status).toBe(422);
    const overview = (await h.call('GET', '/api/records', { as: 'director' })).body as unknown as RecordsOverviewDto;
    expect(overview).toMatchObject({ canExport: true, canHandlePersonData: true, canChangeSettings: true });
    expect(overview.settings.retentionMonths).toBe(24);
    expect(overview.networks.find((n) => n.id === closedId)?.exportedAt).toEqual(expect.any(String));
    expect(overview.events.filter((e) => e.kind === 'caseRecordExported').map((e) => e.by?.name)).toEqual([
      PEOPLE.director.name,
      PEOPLE.consultant.name,
    ]);
    expect(overview.retention.find((r) => r.networkId === closedId)).toMatchObject({ status: 'waiting' });
    const json = await h.call('GET', `/api/networks/${closedId}/case-record`, { as: 'consultant' });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ schemaVersion: '1.0', network: { id: closedId, caseStatus: 'closed' } });
  });

  it("lets the director name a privacy officer, who then finds a person's data and erases them on confirmation", async () => {
    const consultantSearch = await h.call('GET', '/api/records/people?q=Per', { as: 'consultant' });
    expect(consultantSearch.status).toBe(403);
    const refused = await h.call('POST', '/api/records/settings', {
      as: 'consultant',
      body: { retentionMonths: 12, privacyOfficerKeys: [personKey(PEOPLE.consultant)] },
    });
    expect(refused.status).toBe(403);
    const saved = await h.call('POST', '/api/records/settings', {
      as: 'director',
      body: { retentionMonths: 36, privacyOfficerKeys: [personKey(PEOPLE.consultant)] },
    });
    expect(saved.status).toBe(200);
    const found = await h.call('GET', '/api/records/people?q=per delt', { as: 'consultant' });
    expect(found.status).toBe(200);
    const per = (found.body as unknown as PersonSearchDto).people;
    expect(per.map((p) => p.name)).toEqual([PEOPLE.participant2.name]);
    const data = await h.call('GET', `/api/records/people/${encodeURIComponent(per[0]!.key)}/data`, {
      as: 'consultant',
    });
    expect(data.status).toBe(200);
    expect(data.body).toMatchObject({ person: { name: PEOPLE.participant2.name }, legalBasis: 'GDPR art. 15' });
    const pdf = await fetch(`${h.url}/api/records/people/${encodeURIComponent(per[0]!.key)}/data?format=pdf`, {
      headers: { authorization: `Bearer ${await h.token('consultant')}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const erasePath = `/api/records/people/${encodeURIComponent(per[0]!.key)}/erase`;
    const mismatch = await h.call('POST', erasePath, { as: 'consultant', body: { confirmName: 'Per' } });
    expect(mismatch.status).toBe(422);
    const erased = await h.call('POST', erasePath, {
      as: 'consultant',
      body: { confirmName: PEOPLE.participant2.name },
    });
    expect(erased.status).toBe(200);
    expect(Number(erased.body.rowsChanged) + Number(erased.body.rowsDeleted)).toBeGreaterThan(0);
    const again = await h.call('GET', '/api/records/people?q=per delt', { as: 'consultant' });
    expect((again.body as unknown as PersonSearchDto).people).toEqual([]);
    const overview = (await h.call('GET', '/api/records', { as: 'director' })).body as unknown as RecordsOverviewDto;
    expect(overview.settings.retentionMonths).toBe(36);
    // Everyone signed in reads the period for the privacy page.
    expect((await h.call('GET', '/api/privacy', { as: 'outsider' })).body).toEqual({ retentionMonths: 36 });
    expect(overview.events[0]).toMatchObject({ kind: 'personErased', by: { name: PEOPLE.consultant.name } });
    expect(JSON.stringify(overview.events)).not.toContain(PEOPLE.participant2.name);
  });

  it("answers a bad field with 422 and a sentence that names it as the form does, in the request's language", async () => {
    const settings = async (body: unknown, lang: string) =>
      h.call('POST', `/api/records/settings${lang}`, { as: 'director', body });
    const tooMany = await settings({ retentionMonths: 300 }, '');
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toEqual({
      code: 'INPUT.INVALID',
      message: 'Nogle felter mangler eller er ugyldige: Opbevaringsperiode efter lukning (måneder).',
      fieldErrors: { retentionMonths: 'Feltet »Opbevaringsperiode efter lukning (måneder)« må højst være 240.' },
    });
    const english = await settings({ retentionMonths: '1.5' }, '?lang=en');
    expect(english.status).toBe(422);
    expect(english.body).toEqual({
      code: 'INPUT.INVALID',
      message: 'Some fields are missing or invalid: Retention after closing (months).',
      fieldErrors: { retentionMonths: 'Enter a whole number in “Retention after closing (months)”.' },
    });
    // Accept-Language counts when there is no ?lang=.
    const empty = await h.call('POST', '/api/records/settings', {
      as: 'director',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      body: { retentionMonths: '' },
    });
    expect(empty.body.fieldErrors).toEqual({ retentionMonths: 'Please fill in “Retention after closing (months)”.' });
    const stranger = await settings({ retentionMonths: 12, privacyOfficerKeys: ['t/nobody'] }, '');
    expect(stranger.body.fieldErrors).toEqual({
      privacyOfficerKeys: 'Vælg en person, appen kender, i feltet »Databeskyttelsesansvarlige«.',
    });

    const period = await h.call('POST', '/api/records/export', {
      as: 'director',
      body: { from: '2026-05-01', to: '2026-01-01' },
    });
    expect(period.status).toBe(422);
    expect(period.body.fieldErrors).toEqual({ to: 'Datoen i feltet »Til« må ikke ligge før periodens første dag.' });
    const periodEn = await h.call('POST', '/api/records/export?lang=en', {
      as: 'director',
      body: { from: '2026-02-31', to: '' },
    });
    expect(periodEn.body).toEqual({
      code: 'INPUT.INVALID',
      message: 'Some fields are missing or invalid: From, To.',
      fieldErrors: { from: 'Enter a valid date in “From”.', to: 'Please fill in “To”.' },
    });

    const search = await h.call('GET', '/api/records/people?q=P', { as: 'director' });
    expect(search.status).toBe(422);
    expect(search.body.fieldErrors).toEqual({ q: 'Skriv mindst 2 tegn i feltet »Søg efter navn«.' });
    const lene = (
      (await h.call('GET', '/api/records/people?q=Lene', { as: 'director' })).body as unknown as PersonSearchDto
    ).people[0]!;
    const mismatch = await h.call('POST', `/api/records/people/${encodeURIComponent(lene.key)}/erase?lang=en`, {
      as: 'director',
      body: { confirmName: 'Lene' },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body).toEqual({
      code: 'RECORDS.CONFIRM_MISMATCH',
      message: "Type the person's name exactly to confirm the erasure.",
      fieldErrors: { confirmName: "Type the person's name exactly in “The person's name” to confirm the erasure." },
    });
    // Nothing of it was saved: the period is still the one set above.
    expect(
      ((await h.call('GET', '/api/privacy', { as: 'outsider' })).body as { retentionMonths: number }).retentionMonths,
    ).toBe(36);
  });
});
