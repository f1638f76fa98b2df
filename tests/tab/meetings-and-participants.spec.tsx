/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { MeetingDto } from '@netvaerk/shared/api/api-types';
import { MeetingsSection } from '../../tab/src/components/meetings-section';
import { ParticipantsSection } from '../../tab/src/components/participants-section';
import { fakeApi, networkView, renderInTab } from './tab-test-kit';

const meeting = (over: Partial<MeetingDto>): MeetingDto => ({
  id: 'm',
  title: 'Møde',
  status: 'reflectionClosed',
  anonymous: false,
  endedAt: '2026-03-01T10:00:00.000Z',
  responses: 0,
  eligible: 4,
  averages: null,
  changeFormVotes: null,
  comments: null,
  withheld: false,
  reflectionStartedAt: null,
  attendance: null,
  ...over,
});

describe('MeetingsSection', () => {
  it('says when there are no meetings', () => {
    renderInTab(<MeetingsSection meetings={[]} />, { api: fakeApi({}).api });
    expect(screen.getByText(/Der er ingen møder endnu/)).toBeTruthy();
  });

  it('charts the meetings with shown averages and withholds anonymous ones below three answers', () => {
    const meetings = [
      meeting({
        id: 'm1',
        title: 'Kortlægning',
        responses: 3,
        averages: { value: 3, workingWell: 4 },
        comments: [{ question: 'value', text: 'Godt', by: 'Pia' }],
      }),
      meeting({ id: 'm2', title: 'Plan', anonymous: true, responses: 2, withheld: true }),
      meeting({
        id: 'm3',
        title: 'Opfølgning',
        anonymous: true,
        responses: 3,
        averages: { value: 4.5, workingWell: 4 },
        comments: [{ question: 'suggestion', text: 'Kortere', by: null }],
      }),
    ];
    renderInTab(<MeetingsSection meetings={meetings} />, { api: fakeApi({}).api });
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([expect.stringContaining('Kortlægning'), expect.stringContaining('Opfølgning')]);
    expect(screen.getByText(/mindst tre har svaret/)).toBeTruthy();
    expect(screen.getByText('2 af 4 har svaret')).toBeTruthy();
    expect(screen.getByText(/Godt – Pia/)).toBeTruthy();
    const anonymousComment = screen.getByText(/Kortere/);
    expect(anonymousComment.textContent).not.toContain('–');
  });
});

describe('MeetingsSection writes averages in the reader’s number format (issue 15)', () => {
  it.each([
    ['da', '4,5', '3,5', 'Værdi 4,5 · netværket fungerer 3,5 (gennemsnit, 1–5)'],
    ['en', '4.5', '3.5', 'Value 4.5 · network working 3.5 (average, 1–5)'],
  ] as const)('in %s: %s and %s, on the meeting and in the chart’s table', (locale, value, workingWell, line) => {
    const meetings = [
      meeting({ id: 'm1', title: 'Fælles plan', responses: 2, averages: { value: 4.5, workingWell: 3.5 } }),
    ];
    renderInTab(<MeetingsSection meetings={meetings} />, { api: fakeApi({}).api, locale });
    expect(screen.getByText(line)).toBeTruthy();
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes('Fælles plan'))!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([value, workingWell]);
    expect(document.body.textContent).not.toContain(locale === 'da' ? '4.5' : '4,5');
  });
});

describe('ParticipantsSection', () => {
  it('is read-only for those who may not manage participants', () => {
    renderInTab(<ParticipantsSection view={networkView()} onView={() => undefined} />, { api: fakeApi({}).api });
    expect(screen.getByRole('cell', { name: 'Pia Deltager' })).toBeTruthy();
    expect(screen.getByText(/Har sagt ja/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lets the leader remove someone and add an external participant', async () => {
    const updated = networkView({ canManageParticipants: true, participants: [] });
    const { api, calls } = fakeApi({
      'GET /api/people': { people: [{ tenantId: 't', objectId: 'per', name: 'Per Deltager' }] },
      'POST /api/networks/n1/commands': updated,
    });
    const onView = jest.fn();
    renderInTab(<ParticipantsSection view={networkView({ canManageParticipants: true })} onView={onView} />, { api });
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Pia Deltager' }));
    expect(await screen.findByText('Pia Deltager er fjernet fra netværket.')).toBeTruthy();
    expect(calls.at(-1)!.body).toEqual({ type: 'removeParticipant', participantId: 'p1' });
    fireEvent.change(screen.getByLabelText(/^Navn/), { target: { value: 'Eva Ekstern' } });
    fireEvent.change(screen.getByLabelText(/^Organisation/), { target: { value: 'Regionen' } });
    fireEvent.change(screen.getByLabelText(/^E-mail/), { target: { value: 'eva@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(await screen.findByText('Eva Ekstern er tilføjet.')).toBeTruthy();
    expect(calls.at(-1)!.body).toEqual({
      type: 'addExternalParticipant',
      name: 'Eva Ekstern',
      organisation: 'Regionen',
      email: 'eva@example.org',
      role: 'participant',
    });
    expect(onView).toHaveBeenCalledWith(updated);
    expect(await screen.findByRole('option', { name: 'Per Deltager' })).toBeTruthy();
  });
});
