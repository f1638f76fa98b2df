// Reads a PDF's text back, page by page, with Mozilla's pdf.js (an ES module, hence a script of its own that
// the jest suites run as a child process). Usage: node extract-pdf-text.mjs file.pdf → JSON { pages: [text, …], info }.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) text += item.str + (item.hasEOL ? '\n' : '');
  const { width, height } = page.getViewport({ scale: 1 });
  pages.push({ text, width, height });
}
const meta = await doc.getMetadata();
process.stdout.write(JSON.stringify({ pages, info: meta.info }));
