import { meContract } from '@netvaerk/shared/api/people-schemas';
import { createApiClient, UNEXPECTED_RESPONSE } from '../../tab/src/app/api-client';
import { ME } from './tab-test-kit';

/** The client against a server that answers one fixed body (the real Response class, as fetch returns it). */
function clientAnswering(status: number, body: string, locale: 'da' | 'en' = 'da') {
  return createApiClient({
    locale,
    offlineMessage: 'Ingen forbindelse',
    authHeaders: async () => ({}),
    fetchImpl: async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  });
}

describe('the tab API client checks every answer against its route contract', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('hands the page an answer that matches the contract', async () => {
    await expect(clientAnswering(200, JSON.stringify(ME)).get('/api/me', meContract)).resolves.toEqual(ME);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('refuses an answer that drifted from the contract, with a message in the user language', async () => {
    const { mayExportCaseRecords: _dropped, ...older } = ME;
    for (const [locale, text] of [
      ['da', 'Serveren svarede med noget, siden ikke kan vise'],
      ['en', 'The server answered with something this page cannot show'],
    ] as const) {
      const error = await clientAnswering(200, JSON.stringify(older), locale)
        .get('/api/me', meContract)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: UNEXPECTED_RESPONSE, status: 200 });
      expect((error as Error).message).toContain(text);
    }
    // What was wrong goes to the console for whoever is asked to look: the contract and the missing field.
    expect(JSON.stringify(consoleError.mock.calls[0])).toContain('MeDto');
    expect(JSON.stringify(consoleError.mock.calls[0])).toContain('mayExportCaseRecords');
  });

  it('refuses an answer that is not JSON at all (a proxy page)', async () => {
    const error = await clientAnswering(200, '<html>Gateway</html>')
      .get('/api/me', meContract)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: UNEXPECTED_RESPONSE });
  });

  it('reads a refusal by the error contract, and falls back to the status for a body that is not one', async () => {
    const refusal = JSON.stringify({
      code: 'INPUT.INVALID',
      message: 'Titel skal udfyldes',
      fieldErrors: { name: 'x' },
    });
    await expect(clientAnswering(422, refusal).post('/api/ideas', {}, meContract)).rejects.toMatchObject({
      status: 422,
      code: 'INPUT.INVALID',
      message: 'Titel skal udfyldes',
      fieldErrors: { name: 'x' },
    });
    await expect(clientAnswering(502, '{"error":"bad gateway"}').get('/api/me', meContract)).rejects.toMatchObject({
      status: 502,
      code: 'HTTP.502',
      message: 'Ingen forbindelse',
    });
  });
});
