import type { Readable } from 'node:stream';
import type { Clock, IdGenerator } from '@netvaerk/shared/domain/ports';
import type { ConfigRepository, NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import type { Directory } from '@netvaerk/shared/domain/directory';
import type { CaseRecord } from '@netvaerk/shared/records/case-record-schema';
import { identifiersOf, type PersonIdentifiers } from '@netvaerk/shared/records/person-trace';
import { activeInPeriod } from '@netvaerk/shared/records/portfolio';
import type {
  ErasureResult,
  PersonDataStore,
  RecordsEvent,
  RecordsLog,
  RetentionPurgeResult,
  StoredMention,
} from '@netvaerk/shared/records/records-ports';
import { type RecordsSettings, retentionOf, type RetentionItem } from '@netvaerk/shared/records/retention';
import { tombstoneFor } from '@netvaerk/shared/records/tombstone';
import type { Logger } from '../../logger';
import { personDataPdf } from '../../records/person-data-pdf';
import { zipStream } from '../../records/export-zip';
import { exportFiles, loadCaseRecord } from './case-record-export';

export interface RecordsDeps {
  networks: NetworkRepository;
  config: ConfigRepository;
  directory: Directory;
  log: RecordsLog;
  people: PersonDataStore;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
}

export type RetentionRow = RetentionItem & { wouldDelete: RetentionPurgeResult | null };

/** What the records page and the scheduler do: exports, data-access answers, erasure and retention. */
export class RecordsService {
  constructor(private readonly deps: RecordsDeps) {}

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  private event(kind: RecordsEvent['kind'], by: PersonRef | null, networkIds: string[], details = {}): RecordsEvent {
    return {
      id: this.deps.ids.next(),
      at: this.now(),
      kind,
      by: by ? { tenantId: by.tenantId, objectId: by.objectId, name: by.name } : null,
      networkIds,
      details,
    };
  }

  caseRecord(networkId: string): Promise<CaseRecord | null> {
    return loadCaseRecord(this.deps, networkId, this.now());
  }

  /** Ids of the networks a period's export holds (both dates included). */
  async networksInPeriod(from: string, to: string): Promise<string[]> {
    return (await this.deps.networks.list()).filter((n) => activeInPeriod(n, from, to)).map((n) => n.id);
  }

  /**
   * The zip of the networks' case records (PDF + JSON each). Everything is built before the first byte is sent,
   * so a failure answers with an error, not half an archive; the export is recorded, and marks the networks as
   * exported for retention, once the files exist.
   */
  async exportZip(networkIds: string[], actor: Actor, scope: Record<string, string>): Promise<Readable> {
    const at = this.now();
    const records = (await Promise.all(networkIds.map((id) => loadCaseRecord(this.deps, id, at)))).filter(
      (r): r is CaseRecord => r !== null,
    );
    const files = await exportFiles(records, { generatedAt: at, scope });
    const ids = records.map((r) => r.network.id);
    await this.deps.log.markExported(ids, at);
    await this.deps.log.append(
      this.event('caseRecordExported', actor, ids, {
        ...scope,
        networks: ids.length,
        decisions: records.reduce((n, r) => n + r.decisions.length, 0),
      }),
    );
    this.deps.logger.info({ networks: ids.length, scope }, 'case records exported');
    return zipStream(files, new Date(at));
  }

  /** People the app knows whose name contains the query (case-insensitive). */
  async searchPeople(query: string, known: PersonRef[]): Promise<PersonRef[]> {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    const fromNetworks = (await this.deps.networks.list()).flatMap((n) => [
      n.originator,
      ...(n.leader ? [n.leader] : []),
    ]);
    const byKey = new Map<string, PersonRef>();
    for (const p of [...known, ...fromNetworks]) if (!byKey.has(personKey(p))) byKey.set(personKey(p), p);
    return [...byKey.values()].filter((p) => p.name.toLowerCase().includes(q)).slice(0, 25);
  }

  private async identifiers(person: PersonRef): Promise<PersonIdentifiers> {
    const known = await this.deps.directory.person(personKey(person));
    return identifiersOf(person, known ? [known.teamsId, known.personalConversationId] : []);
  }

  /** Everything stored about a person, as JSON and as a PDF; the answer itself is recorded. */
  async personData(person: PersonRef, actor: Actor): Promise<{ json: object; pdf: Buffer }> {
    const found: StoredMention[] = await this.deps.people.find(await this.identifiers(person));
    const at = this.now();
    const json = {
      person: { tenantId: person.tenantId, objectId: person.objectId, name: person.name },
      generatedAt: at,
      legalBasis: 'GDPR art. 15',
      places: found,
    };
    const pdf = await personDataPdf(person, found, at);
    await this.deps.log.append(
      this.event('personDataExported', actor, [], { subject: personKey(person), places: found.length }),
    );
    return { json, pdf };
  }

  /**
   * Erases a person everywhere: their identity becomes one tombstone in every table, their directory entry
   * goes. The audit entry says who erased and how much changed, and nothing about whom.
   */
  async erase(person: PersonRef, actor: Actor): Promise<ErasureResult> {
    const ids = await this.identifiers(person);
    const result = await this.deps.people.erase(ids, tombstoneFor(this.deps.ids.next().replace(/-/g, '').slice(0, 12)));
    await this.deps.log.append(
      this.event('personErased', actor, [], {
        rowsChanged: result.rowsChanged,
        rowsDeleted: result.rowsDeleted,
        ...Object.fromEntries(Object.entries(result.byTable).map(([t, n]) => [`table.${t}`, n])),
      }),
    );
    this.deps.logger.info({ rowsChanged: result.rowsChanged, rowsDeleted: result.rowsDeleted }, 'person erased');
    return result;
  }

  events(): Promise<RecordsEvent[]> {
    return this.deps.log.events();
  }

  exported(): Promise<Map<string, string>> {
    return this.deps.log.exported();
  }

  settings(): Promise<RecordsSettings> {
    return this.deps.log.settings();
  }

  async saveSettings(settings: RecordsSettings, actor: Actor): Promise<void> {
    await this.deps.log.saveSettings(settings);
    await this.deps.log.append(
      this.event('recordsSettingsChanged', actor, [], {
        retentionMonths: settings.retentionMonths,
        privacyOfficers: settings.privacyOfficers.length,
      }),
    );
  }

  /** The dry run: every network's retention status on a day, and for those due what would be deleted. */
  async retentionPlan(today: string): Promise<RetentionRow[]> {
    const [networks, settings, exported, purged] = await Promise.all([
      this.deps.networks.list(),
      this.deps.log.settings(),
      this.deps.log.exported(),
      this.deps.log.purged(),
    ]);
    const items = networks
      .map((n) => retentionOf(n, settings, exported.get(n.id) ?? null, purged.get(n.id) ?? null, today))
      .filter((i) => i.status !== 'open')
      .sort((a, b) => (a.deleteFrom ?? '').localeCompare(b.deleteFrom ?? ''));
    return Promise.all(
      items.map(async (i) => ({
        ...i,
        wouldDelete: i.status === 'done' ? null : await this.deps.people.purgePreview(i.networkId),
      })),
    );
  }

  /**
   * The scheduler's retention pass: deletes what is due, refuses (and tells the director, once per network, in
   * the records log the records page shows) where the case record was never exported.
   */
  async runRetention(now: Date): Promise<{ purged: string[]; blocked: string[] }> {
    const today = now.toISOString().slice(0, 10);
    const [networks, settings, exported, purgedBefore] = await Promise.all([
      this.deps.networks.list(),
      this.deps.log.settings(),
      this.deps.log.exported(),
      this.deps.log.purged(),
    ]);
    const purged: string[] = [];
    const blocked: string[] = [];
    for (const n of networks) {
      const item = retentionOf(n, settings, exported.get(n.id) ?? null, purgedBefore.get(n.id) ?? null, today);
      if (item.status === 'due') {
        const result = await this.deps.people.purgeNetwork(n.id);
        await this.deps.log.markPurged(n.id, now.toISOString());
        await this.deps.log.append({
          ...this.event('retentionPurged', null, [n.id], { ...result }),
          at: now.toISOString(),
        });
        this.deps.logger.info({ networkId: n.id, ...result }, 'retention: personal data deleted');
        purged.push(n.id);
      } else if (item.status === 'blocked') {
        const told = await this.deps.log.appendOnce(
          {
            ...this.event('retentionBlocked', null, [n.id], { deleteFrom: item.deleteFrom ?? '' }),
            at: now.toISOString(),
          },
          `blocked/${n.id}`,
        );
        if (told) this.deps.logger.warn({ networkId: n.id }, 'retention refused: the case record was never exported');
        blocked.push(n.id);
      }
    }
    return { purged, blocked };
  }
}
