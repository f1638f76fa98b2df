/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { ClosingDto } from '../../shared/src/api/api-types';
import { NetworkPage } from '../../tab/src/pages/network-page';
import { fakeApi, networkView, renderInTab } from './tab-test-kit';

const PATH = 'GET /api/networks/n1';

const closing = (round: number, summary: ClosingDto['summary'], extra: Partial<ClosingDto> = {}): ClosingDto => ({
  startedAt: '2026-11-01T09:00:00.000Z',
  stories: [
    {
      id: `s${round}`,
      title: `Fortælling ${round}`,
      value: 'En plan',
      forWhom: 'Sofie',
      by: 'Pia',
      at: '2026-11-02T09:00:00.000Z',
    },
  ],
  recommendation: {
    continueNetwork: true,
    sameForm: true,
    sameParticipants: false,
    reasoning: `Begrundelse ${round}`,
    by: 'Lene Leder',
    at: '2026-11-03T09:00:00.000Z',
    lastEdit: { by: 'Dorthe Direktør', at: '2026-11-03T15:00:00.000Z' },
  },
  directorEndorsement: {
    comment: `Indstilling ${round}`,
    by: 'Dorthe Direktør',
    at: '2026-11-04T09:00:00.000Z',
    decider: 'directorsForum',
  },
  reflectionResponses: summary?.answered ?? 0,
  satisfactionAverage: null,
  round,
  summary,
  valueSeen: null,
  ...extra,
});

/** Issue 13, points 3, 4 and 6 in the tab: the closing answers, earlier rounds and the anchoring outcomes. */
describe('the closing section', () => {
  it('shows the answers per question and goal, and every earlier round with its extension', async () => {
    const view = networkView({
      closing: closing(2, {
        round: 2,
        answered: 2,
        anonymous: true,
        visible: false,
        satisfactionAverage: null,
        questions: [],
        goals: [],
      }),
      rounds: [
        {
          round: 1,
          closing: closing(
            1,
            {
              round: 1,
              answered: 3,
              anonymous: false,
              visible: true,
              satisfactionAverage: 4,
              questions: [{ question: 'successAssessment', answers: ['Det lykkedes langt hen ad vejen'] }],
              goals: [{ goal: 'En fælles plan', answers: ['Planen er lavet'] }],
            },
            { valueSeen: { text: 'Færre overdragelser', by: 'Claus Chefforum', at: '2026-11-05T09:00:00.000Z' } },
          ),
          extension: {
            previousEndDate: '2026-10-31',
            newEndDate: '2027-06-30',
            by: 'Claus Chefforum',
            at: '2026-11-05T09:00:00.000Z',
            evaluation: {
              stillMakesSense: 'Ja',
              achievingGoals: 'Delvist',
              rightParticipants: 'Ja',
              resourcesUsedWell: 'Ja',
              adjustments: 'Jobcentret kommer med',
            },
          },
        },
      ],
    });
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: view }).api });
    fireEvent.click(await screen.findByRole('tab', { name: 'Afslutning' }));
    const panel = screen.getByRole('tabpanel');
    // The current round is anonymous with two answers: only the count.
    expect(within(panel).getByText('Anonym refleksion: svarene vises, når mindst tre har svaret.')).toBeTruthy();
    const earlier = within(panel).getByRole('region', { name: 'Tidligere runder' });
    expect(
      within(earlier).getByText(/Forlænget fra 31\. oktober 2026 til 30\. juni 2027 af Claus Chefforum/),
    ).toBeTruthy();
    expect(within(earlier).getByText('Planen er lavet')).toBeTruthy();
    expect(within(earlier).getByText('Det lykkedes langt hen ad vejen')).toBeTruthy();
    expect(within(earlier).getByText('Fortælling 1')).toBeTruthy();
    expect(within(earlier).getByText('Begrundelse 1')).toBeTruthy();
    // The joint draft's last edit and the body the director sent it to.
    expect(within(earlier).getByText(/Senest redigeret af Dorthe Direktør/)).toBeTruthy();
    expect(within(earlier).getByText('Sendt til beslutning i direktørforum.')).toBeTruthy();
    expect(within(earlier).getByText('Færre overdragelser')).toBeTruthy();
    expect(within(panel).getByText('Fortælling 2')).toBeTruthy();
  });

  it("shows an anchoring recommendation's outcome, or that it waits for its deciding body", async () => {
    const view = networkView({
      phase: 'closed',
      anchoring: {
        experiences: 'Relationel koordinering virker',
        recommendations: [
          { id: 'r1', text: 'Fast møde', path: 'lineOrganisation', approved: true },
          {
            id: 'r2',
            text: 'En koordinatorstilling',
            path: 'municipalCouncil',
            approved: false,
            followUp: {
              outcome: 'Vedtaget',
              by: 'Dorthe Direktør',
              at: '2027-01-12T09:00:00.000Z',
              meetingDate: '2027-01-11',
            },
          },
          { id: 'r3', text: 'Fælles budget', path: 'directorsForum', approved: false, followUp: null },
        ],
      },
    });
    renderInTab(<NetworkPage id="n1" />, { api: fakeApi({ [PATH]: view }).api });
    fireEvent.click(await screen.findByRole('tab', { name: 'Afslutning' }));
    const panel = screen.getByRole('tabpanel');
    expect(
      within(panel).getByText(
        /En koordinatorstilling \(til kommunalbestyrelsen · ikke godkendt · besluttet på mødet [^:]*2027: Vedtaget \(registreret af Dorthe Direktør\)/,
      ),
    ).toBeTruthy();
    expect(
      within(panel).getByText(/Fælles budget \(til direktørforum · ikke godkendt · afventer beslutning\)/),
    ).toBeTruthy();
  });
});
