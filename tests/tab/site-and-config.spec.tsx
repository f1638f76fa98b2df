/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { NetworkSummaryDto, SiteDto } from '@netvaerk/shared/api/api-types';
import { ApiError } from '../../tab/src/app/api-client';
import { ConfigPage } from '../../tab/src/pages/config-page';
import { SitePage } from '../../tab/src/pages/site-page';
import { fakeApi, networkView, renderInTab, testHost } from './tab-test-kit';

/** One network as the overview lists it (the whole DTO: the fake API checks it against the contract). */
const summary: NetworkSummaryDto = {
  id: 'n1',
  name: 'Unge i job',
  phase: 'active',
  type: 'welfare',
  track: null,
  leader: null,
  period: null,
  daysLeft: null,
  leaderLoad: null,
  pending: [],
  participantCount: 0,
  meetingCount: 0,
  responseRate: null,
};

const SITE: SiteDto = {
  networks: [
    {
      id: 'n9',
      name: 'Fra barn til voksen',
      type: 'learning',
      period: null,
      publishedAt: '2026-11-01T10:00:00.000Z',
      stories: [
        {
          id: 's1',
          title: 'Sofies overgang',
          value: 'En plan',
          forWhom: 'Sofie',
          by: 'Pia',
          at: '2026-10-01T10:00:00.000Z',
        },
      ],
      recommendations: [{ id: 'r1', text: 'Fast tværfagligt møde', path: 'lineOrganisation' }],
    },
  ],
};

describe('SitePage', () => {
  it('shows loading, empty and published content', async () => {
    const { unmount } = renderInTab(<SitePage />, { api: fakeApi({ 'GET /api/site': { networks: [] } }).api });
    expect(await screen.findByText('Der er ikke offentliggjort noget endnu.')).toBeTruthy();
    unmount();
    renderInTab(<SitePage />, { api: fakeApi({ 'GET /api/site': SITE }).api });
    expect(await screen.findByRole('heading', { name: 'Sofies overgang' })).toBeTruthy();
    expect(screen.getByText('Fast tværfagligt møde (gennemføres i linjeorganisationen)')).toBeTruthy();
  });

  it('proposes a network from the site and shows the next step; a refusal shows at the fields', async () => {
    let attempt = 0;
    const { api, calls } = fakeApi({
      'GET /api/site': SITE,
      'POST /api/ideas': () =>
        ++attempt === 1
          ? new ApiError(422, 'INPUT.INVALID', 'Nogle felter mangler eller er ugyldige: purpose', {
              purpose: 'skal udfyldes',
            })
          : {
              networkId: 'nX',
              name: 'Unge i job',
              next: 'Den går nu til netværksdirektøren, som indstiller netværket.',
            },
    });
    renderInTab(<SitePage />, { api });
    await screen.findByRole('heading', { name: 'Foreslå et netværk' });
    fireEvent.change(screen.getByLabelText(/Netværkets arbejdstitel/), { target: { value: 'Unge i job' } });
    fireEvent.change(screen.getByLabelText(/Netværkstype/), { target: { value: 'welfare' } });
    fireEvent.change(screen.getByLabelText(/Baggrund/), { target: { value: 'Mange unge uden job' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Foreslå et netværk' }));
    expect(await screen.findByText('skal udfyldes')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Formål/), { target: { value: 'Flere unge i job' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Foreslå et netværk' }));
    expect(
      await screen.findByText(/Tak! Din idé »Unge i job« er modtaget. Den går nu til netværksdirektøren/),
    ).toBeTruthy();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts[1]!.body).toMatchObject({ name: 'Unge i job', networkType: 'welfare', purpose: 'Flere unge i job' });
    // A retry of the same form reuses its key (no duplicate idea); the next form gets a new one.
    expect(posts[0]!.key).toBe(posts[1]!.key);
  });
});

describe('ConfigPage', () => {
  it('offers the networks and hands Teams the content URL of the chosen one', async () => {
    const configureTab = jest.fn();
    const { api } = fakeApi({
      'GET /api/networks': {
        scope: 'mine',
        networks: [summary],
      },
    });
    renderInTab(<ConfigPage />, { api, host: testHost({ mode: 'teams', configureTab }) });
    fireEvent.change(await screen.findByLabelText(/Netværk/), { target: { value: 'n1' } });
    await waitFor(() => expect(configureTab).toHaveBeenCalled());
    expect(configureTab).toHaveBeenLastCalledWith(
      {
        entityId: 'n1',
        contentUrl: `${window.location.origin}/tab/network/n1`,
        websiteUrl: `${window.location.origin}/tab/network/n1`,
        suggestedDisplayName: 'Unge i job',
      },
      expect.any(Function),
    );
    expect(screen.getByText('Tryk på Gem for at tilføje fanen.')).toBeTruthy();
  });

  it('links the meeting to the chosen network when the tab is saved in a meeting', async () => {
    const configureTab = jest.fn();
    const { api, calls } = fakeApi({
      'GET /api/networks': {
        scope: 'mine',
        networks: [summary],
      },
      'POST /api/networks/n1/commands': networkView({ id: 'n1', name: 'Unge i job' }),
    });
    const host = testHost({
      mode: 'teams',
      configureTab,
      teamsPlace: { meetingId: 'MCMxOTptZWV0aW5n', chatId: '19:meeting_x@thread.v2' },
    });
    renderInTab(<ConfigPage />, { api, host });
    fireEvent.change(await screen.findByLabelText(/Netværk/), { target: { value: 'n1' } });
    await waitFor(() => expect(configureTab).toHaveBeenCalled());
    const beforeSave = configureTab.mock.calls.at(-1)![1] as () => Promise<void>;
    await beforeSave();
    expect(calls.find((c) => c.method === 'POST')).toEqual(
      expect.objectContaining({
        path: '/api/networks/n1/commands',
        body: {
          type: 'linkMeeting',
          meetingId: 'MCMxOTptZWV0aW5n',
          title: 'Unge i job',
          chatId: '19:meeting_x@thread.v2',
        },
      }),
    );
  });

  it('says when the user is in no networks', async () => {
    renderInTab(<ConfigPage />, { api: fakeApi({ 'GET /api/networks': { scope: 'mine', networks: [] } }).api });
    expect(await screen.findByText('Du er ikke med i nogen netværk endnu.')).toBeTruthy();
  });
});
