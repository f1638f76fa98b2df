import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfText {
  pages: { text: string; width: number; height: number }[];
  info: Record<string, unknown>;
}

/** A PDF's text as pdf.js reads it, page by page (pdf.js is ESM-only, so it runs in a child process). */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'extract-pdf-text.mjs'), file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfText;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text with line breaks and runs of spaces folded, so a phrase split over lines is still found. */
export const folded = (text: string) => text.replace(/\s+/g, ' ');
