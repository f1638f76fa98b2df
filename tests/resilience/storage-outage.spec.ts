import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningAzurite, startAzurite } from '../../bot/src/local/azurite-server';
import { TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { arrange } from '../bot/flow-helpers';
import { BotHarness, cardText } from '../support/bot-harness';

/**
 * Storage goes away in the middle of a flow (its own Azurite, on disk, stopped and started again on the same
 * port): the person gets the "try again" card, nothing is half-written, and the same press afterwards succeeds,
 * once.
 */
describe('storage stopped mid-flow and started again', () => {
  let dir: string;
  let azurite: RunningAzurite;
  let h: BotHarness;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'netvaerk-outage-'));
    azurite = await startAzurite({ location: dir });
    h = await BotHarness.start({
      env: { STORAGE_CONNECTION_STRING: azurite.connectionString, OUTBOUND_TIMEOUT_MS: '2000' },
    });
  });
  afterAll(async () => {
    await h.stop();
    await azurite.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the retry card while storage is down, writes nothing, and the retried press succeeds once', async () => {
    await arrange(h, TYPE_CASES[3]!, 'recommended', 'outage');
    const press = () =>
      h.invoke(
        'director',
        'decideIdea',
        { networkId: 'outage', outcome: 'approve', reason: 'Et godt forslag' },
        { replyToId: 'decision-card-outage' },
      );
    const port = azurite.port;
    await azurite.stop();

    const during = await press();
    expect(during.status).toBe(200);
    expect(cardText(during.card)).toContain('Prøv igen om lidt; din indtastning er ikke gået tabt.');

    azurite = await startAzurite({ location: dir, port });
    const untouched = await h.server.services.networks.load('outage');
    expect(untouched!.network.phase).toBe('recommended');
    const trail = () => h.server.services.networks.auditTrail('outage');
    expect((await trail()).filter((e) => e.type === 'ideaApproved')).toHaveLength(0);

    const after = await press();
    expect(after.status).toBe(200);
    expect(cardText(after.card)).not.toContain('Prøv igen');
    expect((await h.network('outage'))!.phase).toBe('approved');
    const again = await press();
    expect(cardText(again.card)).not.toContain('Prøv igen');
    expect((await trail()).filter((e) => e.type === 'ideaApproved')).toHaveLength(1);
  }, 180_000);
});
