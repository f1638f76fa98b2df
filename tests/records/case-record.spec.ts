import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { unzipSync } from 'fflate';
import type { Services } from '../../bot/src/composition';
import { caseRecordJsonSchema } from '../../bot/src/app/records/case-record-export';
import { caseRecordPdf } from '../../bot/src/records/case-record-pdf';
import { BODY_NAMES } from '../../shared/src/domain/routing';
import { t, type MessageKey } from '../../shared/src/i18n/messages';
import { DECISION_EVENTS } from '../../shared/src/records/case-record-parts';
import type { CaseRecord } from '../../shared/src/records/case-record-schema';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import { actor } from '../../shared/src/testing/domain-fixtures';
import { folded, pdfText } from '../support/pdf-text';
import { demoServices } from './demo-services';

const schemaFile = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'docs', 'case-record.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schemaFile);

describe('the case record (sagsakt) of every demo network', () => {
  let services: Services;
  let records: CaseRecord[];
  beforeAll(async () => {
    services = await demoServices(new InMemoryPartitionStore());
    const ids = (await services.networks.list()).map((n) => n.id);
    records = (await Promise.all(ids.map((id) => services.records.caseRecord(id)))).map((r) => r!);
  });

  it('is documented by the JSON Schema in docs/, which is the one generated from the code', () => {
    expect(schemaFile).toEqual(caseRecordJsonSchema());
  });

  it('validates against the JSON Schema, for all six demo networks', () => {
    expect(records).toHaveLength(6);
    for (const record of records) {
      const ok = validate(record);
      expect({ network: record.network.id, errors: validate.errors ?? [] }).toEqual({
        network: record.network.id,
        errors: [],
      });
      expect(ok).toBe(true);
    }
  });

  it('lists every decision of the audit trail once, with a stable id, the body, its rule, who, when and the outcome', async () => {
    for (const record of records) {
      const audit = await services.networks.auditTrail(record.network.id);
      const decisionEvents = audit.filter((e) => DECISION_EVENTS[e.type]);
      expect(record.decisions.map((d) => d.id).sort()).toEqual(
        decisionEvents.map((e) => `${record.network.id}/${e.id}`).sort(),
      );
      for (const d of record.decisions) {
        expect(d.recordedBy?.name).toEqual(expect.any(String));
        expect(d.body).not.toBeNull();
        expect(d.rule).not.toBeNull();
      }
    }
    const again = await services.records.caseRecord(records[0]!.network.id);
    expect(again!.decisions.map((d) => d.id)).toEqual(records[0]!.decisions.map((d) => d.id));
    // The closed demo network carries the whole line: recommendation to publication (the demo briefs no one).
    const closed = records.find((r) => r.network.caseStatus === 'closed')!;
    expect(new Set(closed.decisions.map((d) => d.kind))).toEqual(
      new Set([
        'recommendation',
        'decision',
        'leaderNomination',
        'leaderDecision',
        'compositionBriefing',
        'closingEndorsement',
        'continuationDecision',
        'publication',
      ]),
    );
    expect(closed.network.closedAt).toEqual(expect.any(String));
    expect(closed.stories.length).toBeGreaterThanOrEqual(2);
    expect(closed.anchoring?.recommendations.length).toBeGreaterThan(0);
  });

  it('keeps meeting reflections as aggregates only: no comment, no author, nothing under the anonymity threshold', () => {
    for (const record of records) {
      const json = JSON.stringify(record.meetings);
      expect(json).not.toMatch(/Comment|suggestion|answerKey|person/);
      for (const m of record.meetings) {
        if (m.anonymous && m.answered < 3) expect(m).toMatchObject({ aggregatesShown: false, averageValue: null });
      }
    }
    expect(records.flatMap((r) => r.meetings).some((m) => m.aggregatesShown && m.averageValue !== null)).toBe(true);
  });

  it('reads back from the PDF: A4, a title page with network, type, period and status, page numbers, every decision', async () => {
    for (const record of records) {
      const { pages, info } = await pdfText(await caseRecordPdf(record));
      expect(info.Title).toBe(`Sagsakt: ${record.network.name}`);
      for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
      const title = folded(pages[0]!.text);
      expect(title).toContain('Sagsakt');
      expect(title).toContain(record.network.name);
      expect(title).toContain(t('da', `type.${record.network.type}`));
      expect(title).toContain(`Sagens status: ${t('da', `record.status.${record.network.caseStatus}`)}`);
      expect(title).toMatch(/Periode: /);
      pages.forEach((p, i) => expect(folded(p.text)).toContain(`Side ${i + 1} af ${pages.length}`));
      const all = folded(pages.map((p) => p.text).join('\n'));
      for (const section of [
        'idea',
        'decision',
        'leader',
        'contract',
        'participants',
        'meetings',
        'closing',
        'anchoring',
      ])
        expect(all).toContain(t('da', `record.section.${section}` as MessageKey));
      for (const d of record.decisions) {
        expect(all).toContain(d.id);
        expect(all).toContain(
          `${t('da', `record.kind.${d.kind}`)}: ${t('da', `record.outcome.${d.outcome}` as MessageKey)}`,
        );
        expect(all).toContain(BODY_NAMES[d.body!].da);
        for (const reason of d.reasons) expect(all).toContain(folded(reason));
      }
      for (const c of record.contract) expect(all).toContain(`Fase ${c.phase}, version ${c.version}`);
      for (const s of record.stories) expect(all).toContain(folded(s.title));
    }
  });

  it('exports a period across the portfolio as a zip of PDFs and JSON, recorded in the records log', async () => {
    const ids = await services.records.networksInPeriod('2020-01-01', '2030-12-31');
    expect(ids).toHaveLength(6);
    const stream = await services.records.exportZip(ids, actor('consultant', 'tab'), {
      from: '2020-01-01',
      to: '2030-12-31',
    });
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('/sagsakt.pdf'))).toHaveLength(6);
    expect(names.filter((n) => n.endsWith('/sagsakt.json'))).toHaveLength(6);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'case-record.schema.json']));
    for (const n of names.filter((x) => x.endsWith('.json') && x.includes('/'))) {
      expect(validate(JSON.parse(Buffer.from(files[n]!).toString('utf8')))).toBe(true);
    }
    const exported = await services.records.exported();
    expect([...exported.keys()].sort()).toEqual([...ids].sort());
    const events = await services.records.events();
    expect(events.at(-1)).toMatchObject({
      kind: 'caseRecordExported',
      by: { name: 'Karl Konsulent' },
      networkIds: expect.arrayContaining(ids),
      details: { from: '2020-01-01', to: '2030-12-31', networks: 6 },
    });
  });
});
