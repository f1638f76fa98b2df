/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Locale } from '../../shared/src/domain/errors';
import type { RecordsOverviewDto } from '@netvaerk/shared/api/records-api-types';
import { ApiError } from '../../tab/src/app/api-client';
import { RecordsPage } from '../../tab/src/pages/records-page';
import { type Answer, fakeApi, ME, renderInTab } from './tab-test-kit';

const OVERVIEW: RecordsOverviewDto = {
  canExport: true,
  canHandlePersonData: true,
  canChangeSettings: true,
  settings: { retentionMonths: 24, privacyOfficers: [] },
  networks: [{ id: 'n1', name: 'Fra barn til voksen', phase: 'closed', exportedAt: null }],
  retention: [],
  events: [],
};
const PIA = { tenantId: 't', objectId: 'pia', name: 'Pia Deltager', key: 't/pia' };
const DIRECTOR = { ...ME, director: true, mayExportCaseRecords: true };

function renderPage(answers: Record<string, Answer | ((body: unknown) => Answer)> = {}, locale: Locale = 'da') {
  const fake = fakeApi({ 'GET /api/records': OVERVIEW, ...answers });
  renderInTab(<RecordsPage />, { api: fake.api, me: DIRECTOR, locale });
  return fake;
}

/** The field's own message: Fluent's validation message inside the same Field as the input, and the input invalid. */
function messageAt(label: RegExp): string | null {
  const input = screen.getByLabelText(label, { selector: 'input' });
  const field = input.closest('.fui-Field');
  if (!field) throw new Error(`no Fluent Field around ${String(label)}`);
  const message = field.querySelector('.fui-Field__validationMessage');
  if (!message) return null;
  expect(input.getAttribute('aria-invalid')).toBe('true');
  return message.textContent;
}

const MONTHS = /Opbevaringsperiode efter lukning/;
const posts = <C extends { method: string }>(calls: C[]) => calls.filter((c) => c.method === 'POST');

describe('the records page validates in the app and names the field in a full sentence (issue 15)', () => {
  // The exports download through window.fetch (a link can't carry the Teams token); jsdom has none of its own.
  const fetchSpy = jest.fn();
  beforeEach(() => {
    fetchSpy.mockReset();
    Object.assign(window, { fetch: fetchSpy });
  });
  afterEach(() => Reflect.deleteProperty(window, 'fetch'));

  it('lets no form on the page fall back on the browser’s own bubbles', async () => {
    renderPage();
    await screen.findByLabelText(MONTHS);
    const forms = [...document.querySelectorAll('form')];
    expect(forms).toHaveLength(3);
    expect(forms.filter((f) => !f.noValidate)).toEqual([]);
    expect(document.querySelectorAll('input[min], input[max], input[minlength], input[type="number"]')).toHaveLength(0);
  });

  it('says at the retention field what is wrong with an empty, a broken or too large number, and sends nothing', async () => {
    const { calls } = renderPage({ 'POST /api/records/settings': { ok: true } });
    const months = await screen.findByLabelText(MONTHS);
    const save = screen.getByRole('button', { name: 'Gem opbevaringsperioden' });
    fireEvent.change(months, { target: { value: '' } });
    fireEvent.click(save);
    expect(messageAt(MONTHS)).toBe('Udfyld feltet »Opbevaringsperiode efter lukning (måneder)«.');
    fireEvent.change(months, { target: { value: '300' } });
    fireEvent.click(save);
    expect(messageAt(MONTHS)).toBe('Feltet »Opbevaringsperiode efter lukning (måneder)« må højst være 240.');
    fireEvent.change(months, { target: { value: '1,5' } });
    fireEvent.click(save);
    expect(messageAt(MONTHS)).toBe('Skriv et helt tal i feltet »Opbevaringsperiode efter lukning (måneder)«.');
    expect(posts(calls)).toEqual([]);
    fireEvent.change(months, { target: { value: '36' } });
    fireEvent.click(save);
    expect(await screen.findByText('Opbevaringsperioden er gemt.')).toBeTruthy();
    expect(messageAt(MONTHS)).toBeNull();
    expect(posts(calls).map((c) => c.body)).toEqual([{ retentionMonths: 36, privacyOfficerKeys: [] }]);
  });

  it('says it in English for an English user', async () => {
    const { calls } = renderPage({}, 'en');
    const label = /Retention after closing/;
    fireEvent.change(await screen.findByLabelText(label), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the retention period' }));
    expect(messageAt(label)).toBe('“Retention after closing (months)” must be at least 1.');
    fireEvent.change(screen.getByLabelText(/Search by name/), { target: { value: 'P' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(messageAt(/Search by name/)).toBe('Enter at least 2 characters in “Search by name”.');
    expect(calls.filter((c) => c.path.startsWith('/api/records/people'))).toEqual([]);
  });

  it("shows the server's sentence at the field when the server refuses what the app let through", async () => {
    const refusal = new ApiError(422, 'INPUT.INVALID', 'Nogle felter mangler eller er ugyldige: Opbevaringsperiode.', {
      retentionMonths: 'Feltet »Opbevaringsperiode efter lukning (måneder)« må højst være 120.',
    });
    renderPage({ 'POST /api/records/settings': refusal });
    fireEvent.change(await screen.findByLabelText(MONTHS), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem opbevaringsperioden' }));
    await waitFor(() =>
      expect(messageAt(MONTHS)).toBe('Feltet »Opbevaringsperiode efter lukning (måneder)« må højst være 120.'),
    );
  });

  it('checks the search for at least two letters before asking the server', async () => {
    const { calls } = renderPage({ 'GET /api/records/people?q=Pia': { people: [PIA] } });
    const search = await screen.findByLabelText(/Søg efter navn/);
    fireEvent.click(screen.getByRole('button', { name: 'Søg' }));
    expect(messageAt(/Søg efter navn/)).toBe('Udfyld feltet »Søg efter navn«.');
    fireEvent.change(search, { target: { value: 'P' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søg' }));
    expect(messageAt(/Søg efter navn/)).toBe('Skriv mindst 2 tegn i feltet »Søg efter navn«.');
    expect(calls.filter((c) => c.path.startsWith('/api/records/people'))).toEqual([]);
    fireEvent.change(search, { target: { value: 'Pia' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søg' }));
    expect(await screen.findByText('Pia Deltager')).toBeTruthy();
    expect(messageAt(/Søg efter navn/)).toBeNull();
  });

  it('keeps the erasure dialog open with a sentence at the name field until the name is typed exactly', async () => {
    const { calls } = renderPage({
      'GET /api/records/people?q=Pia': { people: [PIA] },
      [`POST /api/records/people/${encodeURIComponent(PIA.key)}/erase`]: { rowsChanged: 3, rowsDeleted: 1 },
    });
    fireEvent.change(await screen.findByLabelText(/Søg efter navn/), { target: { value: 'Pia' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søg' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Slet personen' }));
    const erase = await screen.findByRole('button', { name: 'Slet endeligt' });
    fireEvent.click(erase);
    expect(messageAt(/Personens navn/)).toBe('Udfyld feltet »Personens navn«.');
    fireEvent.change(screen.getByLabelText(/Personens navn/), { target: { value: 'Pia' } });
    fireEvent.click(erase);
    expect(messageAt(/Personens navn/)).toBe(
      'Skriv personens navn nøjagtigt i feltet »Personens navn« for at bekræfte sletningen.',
    );
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByLabelText(/Personens navn/), { target: { value: 'Pia Deltager' } });
    fireEvent.click(erase);
    expect(await screen.findByText('Personen er slettet (4 rækker ændret eller slettet).')).toBeTruthy();
    expect(posts(calls).map((c) => c.body)).toEqual([{ confirmName: 'Pia Deltager' }]);
  });

  it('says at the date fields that a period is empty or runs backwards, sends nothing, and shows the server’s sentences there', async () => {
    renderPage();
    const from = await screen.findByLabelText(/^Fra/);
    const to = screen.getByLabelText(/^Til/);
    const send = screen.getByRole('button', { name: 'Eksportér perioden' });
    fireEvent.change(from, { target: { value: '' } });
    fireEvent.click(send);
    expect(messageAt(/^Fra/)).toBe('Udfyld feltet »Fra«.');
    fireEvent.change(from, { target: { value: '2026-06-01' } });
    fireEvent.change(to, { target: { value: '2026-01-31' } });
    fireEvent.click(send);
    expect(messageAt(/^Fra/)).toBeNull();
    expect(messageAt(/^Til/)).toBe('Datoen i feltet »Til« må ikke ligge før periodens første dag.');
    expect(fetchSpy).not.toHaveBeenCalled();
    // A server that refuses what the app let through (a date it reads otherwise): its sentence, at its field.
    fetchSpy.mockResolvedValue({
      ok: false,
      status: 422,
      statusText: 'Unprocessable Entity',
      json: async () => ({
        code: 'INPUT.INVALID',
        message: 'Nogle felter mangler eller er ugyldige: Fra.',
        fieldErrors: { from: 'Skriv en gyldig dato i feltet »Fra«.' },
      }),
    });
    fireEvent.change(to, { target: { value: '2026-12-31' } });
    fireEvent.click(send);
    await waitFor(() => expect(messageAt(/^Fra/)).toBe('Skriv en gyldig dato i feltet »Fra«.'));
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String((fetchSpy.mock.calls[0] as [string, RequestInit])[1].body))).toEqual({
      from: '2026-06-01',
      to: '2026-12-31',
    });
  });
});
