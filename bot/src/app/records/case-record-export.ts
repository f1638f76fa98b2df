import { z } from 'zod';
import { buildCaseRecord } from '@netvaerk/shared/records/case-record';
import { type CaseRecord, caseRecordSchema } from '@netvaerk/shared/records/case-record-schema';
import type { ConfigRepository, NetworkRepository } from '@netvaerk/shared/domain/repository';
import { caseRecordPdf } from '../../records/case-record-pdf';
import type { ExportFile } from '../../records/export-zip';

/** The JSON Schema of the case record, generated from its zod schema (the file in docs/ is checked against it). */
export function caseRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Reads a network's partition and builds its case record, or null when there is no such network. */
export async function loadCaseRecord(
  deps: { networks: NetworkRepository; config: ConfigRepository },
  networkId: string,
  generatedAt: string,
): Promise<CaseRecord | null> {
  const snapshot = await deps.networks.load(networkId);
  if (!snapshot) return null;
  const { network } = snapshot;
  const opened = network.meetings.filter((m) => m.status !== 'scheduled');
  const [audit, closingAnswers, answers, { config }] = await Promise.all([
    deps.networks.auditTrail(networkId),
    deps.networks.closingAnswers(networkId),
    Promise.all(opened.map((m) => deps.networks.reflectionAnswers(networkId, m.id))),
    deps.config.load(),
  ]);
  return buildCaseRecord({
    network,
    audit,
    closingAnswers,
    answersByMeeting: new Map(opened.map((m, i) => [m.id, answers[i]!])),
    config,
    generatedAt,
  });
}

/** A file-system-safe folder name for a network in the zip: its id (ids are already safe) and a short name. */
function folderOf(record: CaseRecord): string {
  const slug = record.network.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 40);
  return slug ? `${record.network.id}-${slug}` : record.network.id;
}

/** The files of an export: per network its PDF and JSON, the schema, and a manifest listing everything. */
export async function exportFiles(
  records: CaseRecord[],
  meta: { generatedAt: string; scope: Record<string, string> },
): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const record of records) {
    const folder = folderOf(record);
    files.push({ path: `${folder}/sagsakt.pdf`, content: await caseRecordPdf(record) });
    files.push({ path: `${folder}/sagsakt.json`, content: Buffer.from(JSON.stringify(record, null, 2)) });
  }
  const manifest = {
    generatedAt: meta.generatedAt,
    scope: meta.scope,
    schema: 'case-record.schema.json',
    networks: records.map((r) => ({
      id: r.network.id,
      name: r.network.name,
      caseStatus: r.network.caseStatus,
      decisions: r.decisions.length,
      files: [`${folderOf(r)}/sagsakt.pdf`, `${folderOf(r)}/sagsakt.json`],
    })),
  };
  files.push({
    path: 'case-record.schema.json',
    content: Buffer.from(JSON.stringify(caseRecordJsonSchema(), null, 2)),
  });
  files.push({ path: 'manifest.json', content: Buffer.from(JSON.stringify(manifest, null, 2)) });
  return files;
}
