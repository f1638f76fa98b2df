/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import type { DevUserDto } from '@netvaerk/shared/api/api-types';
import { App } from '../../tab/src/components/app';
import { startTab } from '../../tab/src/app/start-tab';

const USERS: DevUserDto[] = [{ objectId: 'director', tenantId: 't', name: 'Dorthe Direktør', roles: ['director'] }];
const outsideTeams = () => Promise.reject(new Error('No Parent window found'));
// jsdom has no fetch: a minimal response is all startTab reads.
const answer = (status: number, body: unknown) =>
  (async () => ({ ok: status < 400, status, json: async () => body })) as unknown as typeof fetch;

describe('starting the tab', () => {
  // Outside Teams the browser's language decides; jsdom says en-US, a Danish browser says da-DK.
  beforeEach(() => Object.defineProperty(window.navigator, 'language', { value: 'da-DK', configurable: true }));

  it('uses Teams when Teams answers', async () => {
    const host = { mode: 'teams' } as never;
    expect(await startTab(async () => host, answer(404, {}))).toEqual({ kind: 'teams', host });
  });

  it('offers local-dev mode outside Teams when the server is in local development', async () => {
    expect(await startTab(outsideTeams, answer(200, { users: USERS }))).toEqual({ kind: 'localDev', users: USERS });
  });

  it('asks to be opened in Teams otherwise', async () => {
    expect(await startTab(outsideTeams, answer(404, {}))).toEqual({ kind: 'outside' });
    render(<App start={async () => ({ kind: 'outside' })} />);
    expect(await screen.findByRole('heading', { name: 'Åbn dette i Teams' })).toBeTruthy();
  });

  it('shows the identity switcher in local-dev mode before anyone is chosen', async () => {
    window.localStorage.clear();
    render(<App start={async () => ({ kind: 'localDev', users: USERS })} />);
    expect(await screen.findByText('Lokal udvikling: vælg en testbruger for at fortsætte.')).toBeTruthy();
    const select = screen.getByLabelText('Testbruger');
    expect(screen.getByRole('option', { name: 'Dorthe Direktør (netværksdirektør)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'en' } });
    expect(await screen.findByText('Local development: choose a test user to continue.')).toBeTruthy();
    expect(select).toBeTruthy();
  });
});
