import { join } from 'node:path';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { meetingPanelContract, stageContract } from '@netvaerk/shared/api/meeting-schemas';
import {
  networkListContract,
  networkViewContract,
  siteContract,
  ideaCreatedContract,
} from '@netvaerk/shared/api/network-schemas';
import { apiErrorContract, devUsersContract, meContract, peopleContract } from '@netvaerk/shared/api/people-schemas';
import {
  personSearchContract,
  privacyContract,
  recordsOverviewContract,
  savedContract,
} from '@netvaerk/shared/api/records-schemas';
import type { ResponseContract } from '@netvaerk/shared/api/response-contract';
import { personKey } from '@netvaerk/shared/domain/types';
import { parseConfig } from '../../bot/src/config';
import { readDemoConfig, seedDemo } from '../../bot/src/local/seed-demo';
import { createLogger } from '../../bot/src/logger';
import { type RunningServer, startServer } from '../../bot/src/server';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite-env';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector';

const ROOT = join(__dirname, '..', '..');
const demo = readDemoConfig(join(ROOT, 'local', 'demo-config.json'));
const objectIdOf = (key: string) => demo.people.find((p) => p.key === key)!.objectId;

/**
 * The real server on Azurite with the demo data (six networks across the lifecycle, as `npm start` loads it), read
 * the way the tab reads it: every answer of every route the tab calls, for every demo person, must parse with
 * the route's contract from shared/src/api. A server change the contract does not know fails here, not in a
 * user's tab.
 */
describe('every tab API answer matches its contract in shared/src/api', () => {
  let server: RunningServer;
  let connector: FakeConnector;
  const views: NetworkViewDto[] = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    const env = {
      PORT: '0',
      LOCAL_DEV: 'true',
      STORAGE_CONNECTION_STRING: azuriteConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      LOG_LEVEL: 'silent',
    };
    server = await startServer(parseConfig(env), createLogger('silent'));
    await seedDemo(server.services, demo, connector.url);
  });
  afterAll(async () => {
    await server?.close();
    await connector?.stop();
  });

  /** One request as a demo person; the answer must have the status and parse with the contract. */
  async function read<T>(
    contract: ResponseContract<T>,
    as: string,
    path: string,
    options: { body?: unknown; status?: number } = {},
  ): Promise<T> {
    const response = await fetch(`${server.url}${path}`, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: {
        'x-dev-user': objectIdOf(as),
        'idempotency-key': `contract-${as}-${path}`.slice(0, 200),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const json: unknown = await response.json();
    expect({ path, status: response.status }).toEqual({ path, status: options.status ?? 200 });
    const parsed = contract.schema.safeParse(json);
    if (!parsed.success)
      throw new Error(`${path} as ${as} is not a ${contract.name}: ${JSON.stringify(parsed.error.issues, null, 1)}`);
    return parsed.data;
  }

  it('the overview and every network each person may see, for all eleven demo people', async () => {
    expect(demo.people).toHaveLength(11);
    for (const person of demo.people) {
      const me = await read(meContract, person.key, '/api/me');
      expect(me.person.objectId).toBe(person.objectId);
      const list = await read(networkListContract, person.key, '/api/networks');
      for (const summary of list.networks) {
        views.push(await read(networkViewContract, person.key, `/api/networks/${summary.id}`));
      }
    }
    // The demo reaches every nested part of the view, so each of its schemas was tried on real data.
    const seen = {
      leader: views.some((v) => v.leader),
      period: views.some((v) => v.period),
      signedContract: views.some((v) => v.contract.some((c) => c.versions.some((x) => x.signatures.length > 0))),
      participants: views.some((v) => v.participants.length > 0),
      meetingAverages: views.some((v) => v.meetings.some((m) => m.averages)),
      comments: views.some((v) => v.meetings.some((m) => (m.comments ?? []).length > 0)),
      closing: views.some((v) => v.closing?.summary),
      stories: views.some((v) => (v.closing?.stories ?? []).length > 0),
      recommendation: views.some((v) => v.closing?.recommendation),
      anchoring: views.some((v) => (v.anchoring?.recommendations ?? []).length > 0),
      decisions: views.some((v) => v.decisions.length > 0),
      pending: views.some((v) => v.pending.length > 0),
      history: views.some((v) => v.history.length > 0),
    };
    expect(Object.entries(seen).filter(([, yes]) => !yes)).toEqual([]);
  });

  it('the people, the site, the demo identities and the privacy page', async () => {
    expect((await read(peopleContract, 'lene', '/api/people')).people.length).toBeGreaterThan(5);
    expect((await read(siteContract, 'ole', '/api/site')).networks.length).toBeGreaterThan(0);
    expect((await read(devUsersContract, 'ole', '/api/dev/users')).users).toHaveLength(11);
    expect((await read(privacyContract, 'ole', '/api/privacy')).retentionMonths).toBeGreaterThan(0);
  });

  it('the side panel and the stage of a meeting, and a command from each answering the new state', async () => {
    const list = await read(networkListContract, 'dorthe', '/api/networks');
    const active = list.networks.find((n) => n.phase === 'active' && n.meetingCount > 0)!;
    const view = await read(networkViewContract, 'dorthe', `/api/networks/${active.id}`);
    const leader = demo.people.find((p) => p.objectId === view.leader!.objectId)!.key;
    const meeting = view.meetings.at(-1)!;
    const query = new URLSearchParams({ meeting: meeting.id });
    const panel = await read(meetingPanelContract, leader, `/api/networks/${active.id}/panel?${query}`);
    expect(panel.canLead).toBe(true);
    const stage = await read(stageContract, leader, `/api/networks/${active.id}/stage?${query}`);
    expect(stage.meetingTitle).toBe(meeting.title);
    const noted = await read(meetingPanelContract, leader, `/api/networks/${active.id}/panel/commands?${query}`, {
      body: { type: 'writeMeetingNotes', agenda: 'Dagsorden til kontrakttest', decisions: '' },
    });
    expect(noted.meeting.agenda).toBe('Dagsorden til kontrakttest');
    const linked = await read(networkViewContract, leader, `/api/networks/${active.id}/commands`, {
      body: { type: 'linkMeeting', meetingId: 'contract-test-meeting', title: 'Kontrakttest' },
    });
    expect(linked.meetings.map((m) => m.title)).toContain('Kontrakttest');
  });

  it('a new idea, the records pages and a refusal, each in its own shape', async () => {
    const idea = await read(ideaCreatedContract, 'ole', '/api/ideas', {
      body: {
        name: 'Kontrakttest',
        networkType: 'learning',
        purpose: 'At prøve kontrakten',
        background: 'Svarene skal passe til fanen',
      },
      status: 201,
    });
    expect(idea.name).toBe('Kontrakttest');
    const records = await read(recordsOverviewContract, 'karl', '/api/records');
    expect(records.networks.length).toBeGreaterThan(0);
    expect(records.retention.length).toBeGreaterThan(0);
    // The director names the consultant privacy officer; then the consultant may search for a person.
    const karl = personKey({ tenantId: demo.tenantId, objectId: objectIdOf('karl') });
    const saved = await read(savedContract, 'dorthe', '/api/records/settings', {
      body: { retentionMonths: records.settings.retentionMonths, privacyOfficerKeys: [karl] },
    });
    expect(saved.ok).toBe(true);
    const found = await read(personSearchContract, 'karl', '/api/records/people?q=Lene');
    expect(found.people.length).toBeGreaterThan(0);
    const refused = await read(apiErrorContract, 'ole', '/api/networks/no-such-network', { status: 403 });
    expect(refused.message.length).toBeGreaterThan(0);
  });
});
