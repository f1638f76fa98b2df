import { type MessageKey, MESSAGES, t } from '@netvaerk/shared/i18n/messages';
import type { StoredMention } from '@netvaerk/shared/records/records-ports';
import type { PersonRef } from '@netvaerk/shared/domain/types';
import { PdfWriter } from './pdf-layout';

const da = (key: MessageKey, params: Record<string, string | number> = {}) => t('da', key, params);
const tableName = (table: string) => {
  const key = `person.table.${table}`;
  return key in MESSAGES ? da(key as MessageKey) : table;
};

/** Nested values as indented "key: value" lines, so a stored record reads as text, not as JSON. */
function lines(value: unknown, indent = 0): { indent: number; text: string }[] {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value !== 'object') return [{ indent, text: String(value) }];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? [{ indent, text: `${k}:` }, ...lines(v, indent + 12)]
      : v === null || v === undefined || v === ''
        ? []
        : [{ indent, text: `${k}: ${String(v)}` }],
  );
}

/** A person's data-access answer as a readable PDF: where they appear, table by table, and what is stored there. */
export function personDataPdf(person: PersonRef, found: StoredMention[], generatedAt: string): Promise<Buffer> {
  const pdf = new PdfWriter({ title: da('person.title'), subject: da('person.subtitle', { name: person.name }) });
  pdf.title(da('person.title')).subtitle(da('person.subtitle', { name: person.name }));
  pdf.field('Navn', person.name);
  pdf.field('Entra-objekt-id', person.objectId);
  pdf.field('Organisation (tenant)', person.tenantId);
  pdf.field(da('record.generatedAt'), new Date(generatedAt).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' }));
  const tables = new Set(found.map((f) => f.table));
  pdf.paragraph(da('person.found', { count: found.length, tables: tables.size }));
  for (const table of tables) {
    pdf.heading(tableName(table));
    for (const f of found.filter((x) => x.table === table)) {
      pdf.subheading(da('person.where', { row: f.rowKey, partition: f.partitionKey }));
      for (const m of f.mentions) {
        if (m.path) pdf.paragraph(m.path, { indent: 8, muted: true });
        for (const line of lines(m.value)) pdf.paragraph(line.text, { indent: 16 + line.indent });
      }
    }
  }
  return pdf.finish(da('person.title'), (page, pages) => da('record.page', { page, pages }));
}
