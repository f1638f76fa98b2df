/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../tab/src/app/api-client';
import { NetworkPage } from '../../tab/src/pages/network-page';
import { fakeApi, networkView, renderInTab } from './tab-test-kit';

const PATH = 'GET /api/networks/n1';

describe('NetworkPage', () => {
  it('shows a loading state while the network is fetched', () => {
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: 'pending' }).api });
    expect(screen.getByRole('status').textContent).toContain('Henter …');
  });

  it("shows the server's message and tries again on request", async () => {
    let calls = 0;
    const { api } = fakeApi({
      [PATH]: () =>
        ++calls === 1
          ? new ApiError(403, 'NETWORK.NOT_FOUND', 'Netværket findes ikke, eller du har ikke adgang til det.')
          : networkView(),
    });
    renderInTab(<NetworkPage id="n1" />, { api });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Netværket findes ikke, eller du har ikke adgang til det.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fra barn til voksen med hjerneskade' })).toBeTruthy();
  });

  it('shows the header, the lifecycle with the current step marked, and what the network waits for', async () => {
    const view = networkView({
      pending: [
        {
          kind: 'contractSignature',
          waitingFor: ['director'],
          waitingForNames: ['Dorthe Direktør'],
          since: null,
          contractPhase: 2,
        },
      ],
    });
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: view }).api });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Velfærdsnetværk')).toBeTruthy();
    expect(screen.getByText('Lene Leder')).toBeTruthy();
    expect(screen.getByText('120 dage tilbage')).toBeTruthy();
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Aktivt');
    expect(current?.textContent).toContain('Her er netværket nu');
    expect(
      screen.getByText(/Underskrift af kontraktens fase 2: venter på netværksdirektøren \(Dorthe Direktør\)/),
    ).toBeTruthy();
  });

  it('shows the contract read-only to someone who may not change it', async () => {
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: networkView() }).api });
    const phase1 = (await screen.findByRole('heading', { name: /Fase 1/ })).closest('[aria-labelledby]') as HTMLElement;
    expect(within(phase1).getByText('Underskrevet og låst')).toBeTruthy();
    expect(within(phase1).getByText(/Underskrevet af Dorthe Direktør som netværksdirektøren/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Redigér|Udfyld|Underskriv/ })).toBeNull();
    expect(screen.getAllByText('Ikke udfyldt endnu.')).toHaveLength(2);
  });

  it('lets the leader fill in phase 2 in place and sign it; the server’s answer replaces the view', async () => {
    const base = networkView();
    base.contract[1] = { ...base.contract[1]!, canEdit: true };
    const filled = networkView();
    filled.contract[1] = {
      phase: 2,
      versions: [
        {
          version: 1,
          fields: {
            startDate: '2026-02-01',
            endDate: '2026-10-31',
            frame: 'Seks møder',
            mandate: 'To timer',
            processCriteria: 'Hørt',
            productCriteria: 'Praksis',
          },
          editedBy: 'Lene Leder',
          editedAt: '2026-02-05T09:00:00.000Z',
          signatures: [],
          parties: [
            { body: 'leader', acknowledged: false, by: [] },
            { body: 'director', acknowledged: false, by: [] },
          ],
          locked: false,
        },
      ],
      requiredSigners: ['leader', 'director'],
      canEdit: true,
      canSign: true,
      signsForMeeting: false,
    };
    const { api, calls } = fakeApi({ [PATH]: base, 'POST /api/networks/n1/commands': filled });
    renderInTab(<NetworkPage id="n1" />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Udfyld fase 2' }));
    const fill = (label: RegExp, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    fill(/Startdato/, '2026-02-01');
    fill(/Slutdato/, '2026-10-31');
    fill(/^Rammer/, 'Seks møder');
    fill(/^Råderum/, 'To timer');
    fill(/processen/, 'Hørt');
    fill(/produktet/, 'Praksis');
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Kontrakten er gemt.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({ type: 'fillContractPhase2', fields: { frame: 'Seks møder' } });
    expect(post.key).toEqual(expect.any(String));
    expect(screen.getByText('Mangler underskrift fra netværkslederen, netværksdirektøren')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Underskriv fase 2' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.at(-1)!.body).toEqual({ type: 'signContractPhase', phase: 2 });
  });

  it("starts an unfilled phase 1 from the idea's purpose and background, as the card's form does", async () => {
    const base = networkView({ phase: 'approved', purpose: 'Helhed for den unge', background: 'Mange specialister' });
    base.contract[0] = { ...base.contract[0]!, versions: [], canEdit: true };
    const { api, calls } = fakeApi({ [PATH]: base, 'POST /api/networks/n1/commands': base });
    renderInTab(<NetworkPage id="n1" />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Udfyld fase 1' }));
    expect((screen.getByLabelText(/^Formål/) as HTMLTextAreaElement).value).toBe('Helhed for den unge');
    expect((screen.getByLabelText(/^Baggrund/) as HTMLTextAreaElement).value).toBe('Mange specialister');
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.at(-1)!.body).toMatchObject({
      type: 'fillContractPhase1',
      fields: { purpose: 'Helhed for den unge', background: 'Mange specialister' },
    });
  });

  it('opens a filled-in phase 1 with its own version, not the idea', async () => {
    const base = networkView({ purpose: 'Idéens formål', background: 'Idéens baggrund' });
    base.contract[0] = { ...base.contract[0]!, canEdit: true };
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: base }).api });
    fireEvent.click(await screen.findByRole('button', { name: 'Redigér fase 1' }));
    expect((screen.getByLabelText(/^Formål/) as HTMLTextAreaElement).value).toBe('Helhed');
    expect((screen.getByLabelText(/^Baggrund/) as HTMLTextAreaElement).value).toBe('Behov');
  });

  it("lets a body's secretary acknowledge phase 1 with the date of the meeting where the body agreed", async () => {
    const base = networkView();
    base.contract[0] = { ...base.contract[0]!, canSign: true, signsForMeeting: true };
    const refusal = new ApiError(
      422,
      'DECISION.MEETING_DATE',
      'Angiv datoen for mødet, hvor det politiske udvalg traf beslutningen (i dag eller tidligere).',
    );
    const { api, calls } = fakeApi({
      [PATH]: base,
      'POST /api/networks/n1/commands': (body: unknown) =>
        (body as { meetingDate?: string }).meetingDate ? base : refusal,
    });
    renderInTab(<NetworkPage id="n1" />, { api });
    const sign = await screen.findByRole('button', { name: 'Underskriv fase 1' });
    fireEvent.click(sign);
    // Without the date: the server's full sentence at the date field, not a banner.
    expect(await screen.findByText(/Angiv datoen for mødet, hvor det politiske udvalg/)).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.className)).toEqual([
      expect.stringContaining('fui-Field__validationMessage'),
    ]);
    fireEvent.change(screen.getByLabelText(/Mødedato/), { target: { value: '2026-11-12' } });
    fireEvent.click(sign);
    expect(await screen.findByText('Du har underskrevet fase 1.')).toBeTruthy();
    expect(calls.at(-1)!.body).toEqual({ type: 'signContractPhase', phase: 1, meetingDate: '2026-11-12' });
  });

  it('shows a refusal at the form, with the message at the field', async () => {
    const base = networkView();
    base.contract[0] = { ...base.contract[0]!, canEdit: true };
    const { api } = fakeApi({
      [PATH]: base,
      'POST /api/networks/n1/commands': new ApiError(
        422,
        'INPUT.INVALID',
        'Nogle felter mangler eller er ugyldige: purpose',
        {
          purpose: 'skal udfyldes',
        },
      ),
    });
    renderInTab(<NetworkPage id="n1" />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Redigér fase 1' }));
    expect(screen.getByText(/Fasen er underskrevet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('skal udfyldes')).toBeTruthy();
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toContain('Nogle felter mangler eller er ugyldige: purpose');
  });

  it('shows the history with anonymous entries unnamed, and the decisions', async () => {
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: networkView() }).api });
    fireEvent.click(await screen.findByRole('tab', { name: 'Historik' }));
    expect(screen.getByText('Idé foreslået')).toBeTruthy();
    expect(screen.getByText('Anonym')).toBeTruthy();
    expect(screen.getByText(/Godkendt af Claus Chefforum/)).toBeTruthy();
  });

  it("names what a leader or anchoring decision was on, the municipal council's included", async () => {
    const decision = networkView().decisions[0]!;
    const decisions = [
      { ...decision, kind: 'leader' as const, outcome: 'reject', subject: 'Lene Leder', reason: 'For travlt' },
      {
        ...decision,
        kind: 'anchoringOutcome' as const,
        outcome: 'Vedtaget 12.1.2027',
        by: 'Dorthe Direktør',
        body: 'municipalCouncil' as const,
        subject: 'Ny stilling',
      },
    ];
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: networkView({ decisions }) }).api });
    fireEvent.click(await screen.findByRole('tab', { name: 'Historik' }));
    expect(screen.getByText('Netværksleder (Lene Leder):')).toBeTruthy();
    expect(screen.getByText(/Afvist af Claus Chefforum, .* – For travlt/)).toBeTruthy();
    expect(screen.getByText('Forankring (Ny stilling, til kommunalbestyrelsen):')).toBeTruthy();
    expect(screen.getByText(/Vedtaget 12\.1\.2027 af Dorthe Direktør/)).toBeTruthy();
  });

  it('switches to English with the locale', async () => {
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: networkView() }).api, locale: 'en' });
    expect(await screen.findByText('Welfare network')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Participants' })).toBeTruthy();
  });
});
