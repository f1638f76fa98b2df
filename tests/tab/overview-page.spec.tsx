/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { NetworkListDto, NetworkSummaryDto } from '@netvaerk/shared/api/api-types';
import { ApiError } from '../../tab/src/app/api-client';
import { OverviewPage } from '../../tab/src/pages/overview-page';
import { fakeApi, renderInTab } from './tab-test-kit';

const row = (over: Partial<NetworkSummaryDto>): NetworkSummaryDto => ({
  id: 'n',
  name: 'Netværk',
  type: 'welfare',
  track: null,
  phase: 'active',
  leader: { tenantId: 't', objectId: 'leader', name: 'Lene Leder' },
  period: { startDate: '2026-02-01', endDate: '2026-10-31' },
  daysLeft: 30,
  leaderLoad: 1,
  pending: [],
  participantCount: 3,
  meetingCount: 2,
  responseRate: 0.5,
  ...over,
});

const LIST: NetworkListDto = {
  scope: 'all',
  networks: [
    row({ id: 'a', name: 'Unge i job', daysLeft: 90, responseRate: 0.75 }),
    row({
      id: 'b',
      name: 'Bedre overgange',
      type: 'learning',
      phase: 'recommended',
      leader: null,
      leaderLoad: null,
      daysLeft: null,
      responseRate: null,
      pending: [{ kind: 'decision', waitingFor: ['director'], waitingForNames: ['Dorthe Direktør'], since: null }],
    }),
    row({ id: 'c', name: 'Ældre i bevægelse', leaderLoad: 3, daysLeft: -4 }),
  ],
};

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('OverviewPage', () => {
  it('shows loading, then an error with a retry', async () => {
    renderInTab(<OverviewPage />, { api: fakeApi({ 'GET /api/networks': 'pending' }).api });
    expect(screen.getByRole('status').textContent).toContain('Henter');
  });

  it('shows the error message from the server', async () => {
    const { api } = fakeApi({ 'GET /api/networks': new ApiError(401, 'AUTH.EXPIRED_TOKEN', 'Din adgang er udløbet.') });
    renderInTab(<OverviewPage />, { api });
    expect((await screen.findByRole('alert')).textContent).toContain('Din adgang er udløbet.');
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
  });

  it('says so when there are no networks, and tells others they see only their own', async () => {
    renderInTab(<OverviewPage />, { api: fakeApi({ 'GET /api/networks': { scope: 'mine', networks: [] } }).api });
    expect(await screen.findByText('Der er ingen netværk endnu.')).toBeTruthy();
    expect(screen.getByText(/Du ser de netværk, du selv er med i/)).toBeTruthy();
  });

  it('lists the waiting networks by how long they have waited, longest first', async () => {
    const waiting = (id: string, name: string, since: string | null): NetworkSummaryDto =>
      row({
        id,
        name,
        pending: [{ kind: 'decision', waitingFor: ['headsForum'], waitingForNames: [], since }],
      });
    const list: NetworkListDto = {
      scope: 'all',
      networks: [
        waiting('x', 'Anden uge', '2026-11-20T09:00:00.000Z'),
        row({ id: 'y', name: 'Aktivt netværk' }),
        waiting('z', 'Udateret', null),
        waiting('w', 'Tredje uge', '2026-11-13T09:00:00.000Z'),
        row({
          id: 'v',
          name: 'To ting',
          pending: [
            { kind: 'decision', waitingFor: ['headsForum'], waitingForNames: [], since: '2026-11-27T09:00:00.000Z' },
            {
              kind: 'contractSignature',
              waitingFor: ['director'],
              waitingForNames: [],
              since: '2026-11-01T09:00:00.000Z',
              contractPhase: 1,
            },
          ],
        }),
      ],
    };
    renderInTab(<OverviewPage />, { api: fakeApi({ 'GET /api/networks': list }).api });
    await screen.findByText('Viser 5 af 5 netværk');
    fireEvent.click(screen.getByLabelText('Kun netværk, der venter på nogen'));
    expect(names()).toEqual(['To ting', 'Tredje uge', 'Anden uge', 'Udateret']);
    fireEvent.click(screen.getByLabelText('Kun netværk, der venter på nogen'));
    expect(names()).toHaveLength(5);
  });

  it('lists every network with status, load, what it waits for and response rate; filters and sorts', async () => {
    renderInTab(<OverviewPage />, { api: fakeApi({ 'GET /api/networks': LIST }).api });
    await screen.findByText('Viser 3 af 3 netværk');
    expect(names()).toEqual(['Bedre overgange', 'Unge i job', 'Ældre i bevægelse']);
    expect(screen.getByText('Beslutning: venter på netværksdirektøren (Dorthe Direktør)')).toBeTruthy();
    expect(screen.getByText('75 %')).toBeTruthy();
    expect(screen.getByText('3 (over grænsen på to)')).toBeTruthy();
    expect(screen.getByText('Slutdatoen er passeret for 4 dage siden')).toBeTruthy();

    fireEvent.click(screen.getByText('Dage tilbage'));
    expect(names()).toEqual(['Ældre i bevægelse', 'Unge i job', 'Bedre overgange']);
    fireEvent.click(screen.getByText('Dage tilbage'));
    expect(names()[0]).toBe('Bedre overgange');

    fireEvent.click(screen.getByLabelText('Kun netværk, der venter på nogen'));
    expect(names()).toEqual(['Bedre overgange']);
    fireEvent.click(screen.getByLabelText('Kun netværk, der venter på nogen'));
    fireEvent.change(screen.getByLabelText('Søg på netværk eller leder'), { target: { value: 'unge' } });
    expect(names()).toEqual(['Unge i job']);
    fireEvent.change(screen.getByLabelText('Søg på netværk eller leder'), { target: { value: 'zzz' } });
    expect(screen.getByText('Ingen netværk passer til filtrene.')).toBeTruthy();
  });
});
