import type { DevUserDto } from '@netvaerk/shared/api/api-types';
import type { TabHost } from './host';
import { inMeetingPreview } from './local-dev-host';

export type Boot =
  | { kind: 'starting' }
  | { kind: 'teams'; host: TabHost }
  | { kind: 'localDev'; users: DevUserDto[] }
  | { kind: 'outside' };

/**
 * Inside Teams the tab connects to Teams. Outside, app.initialize() rejects at once; if the server runs in local
 * development (it answers /api/dev/users) the tab offers the demo identities, otherwise it asks to be opened in
 * Teams.
 */
export async function startTab(
  // Loaded on demand: teams-js reaches for the network as soon as it is imported.
  connect: () => Promise<TabHost> = () => import('./teams-host').then((m) => m.connectToTeams()),
  fetchImpl: typeof fetch = (input, init) => window.fetch(input, init),
): Promise<Boot> {
  try {
    // The local meeting preview's frames are not in Teams: asking Teams would only wait for its timeout.
    if (inMeetingPreview()) throw new Error('local meeting preview');
    return { kind: 'teams', host: await connect() };
  } catch {
    try {
      const response = await fetchImpl('/api/dev/users', { headers: { accept: 'application/json' } });
      if (!response.ok) return { kind: 'outside' };
      const body = (await response.json()) as { users: DevUserDto[] };
      return { kind: 'localDev', users: body.users };
    } catch {
      return { kind: 'outside' };
    }
  }
}
