import PDFDocument from 'pdfkit';

/** A4 with 2 cm margins; the bottom margin leaves room for the page footer. */
const MARGIN = 56;
const FOOTER_SPACE = 28;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/**
 * A thin writer over pdfkit for the records' plain documents: headings, paragraphs and label–value lines that
 * wrap and break pages by themselves, and a footer with page numbers written once all pages exist. The standard
 * fonts' WinAnsi encoding covers Danish (æ, ø, å) and reads back as text.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(meta: { title: string; subject: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
      bufferPages: true,
      info: { Title: meta.title, Subject: meta.subject, Creator: 'Netværk for Teams' },
      lang: 'da-DK',
      displayTitle: true,
    });
    this.doc.font(FONT).fontSize(10.5);
  }

  private get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  title(text: string): this {
    this.doc.font(BOLD).fontSize(26).text(text, MARGIN, undefined, { width: this.width }).moveDown(0.4);
    this.doc.font(FONT).fontSize(10.5);
    return this;
  }

  subtitle(text: string): this {
    this.doc
      .font(FONT)
      .fontSize(14)
      .fillColor('#444444')
      .text(text, MARGIN, undefined, { width: this.width })
      .moveDown(1.2);
    this.doc.fillColor('black').fontSize(10.5);
    return this;
  }

  heading(text: string): this {
    this.ensureSpace(60);
    this.doc.moveDown(0.8).font(BOLD).fontSize(15).text(text, MARGIN, undefined, { width: this.width }).moveDown(0.3);
    this.doc.font(FONT).fontSize(10.5);
    return this;
  }

  subheading(text: string): this {
    this.ensureSpace(40);
    this.doc
      .moveDown(0.5)
      .font(BOLD)
      .fontSize(11.5)
      .text(text, MARGIN, undefined, { width: this.width })
      .moveDown(0.15);
    this.doc.font(FONT).fontSize(10.5);
    return this;
  }

  paragraph(text: string, options: { indent?: number; muted?: boolean } = {}): this {
    if (!text) return this;
    const indent = options.indent ?? 0;
    this.doc.fillColor(options.muted ? '#555555' : 'black');
    this.doc.text(text, MARGIN + indent, undefined, { width: this.width - indent, paragraphGap: 3 });
    this.doc.fillColor('black');
    return this;
  }

  /** "Label: value" with the label in bold; the value wraps under itself. */
  field(label: string, value: string, indent = 0): this {
    if (!value) return this;
    this.doc
      .font(BOLD)
      .text(`${label}: `, MARGIN + indent, undefined, { continued: true, width: this.width - indent })
      .font(FONT)
      .text(value, { paragraphGap: 3 });
    return this;
  }

  /** A label that introduces a list: kept on the page of the list's first item. */
  listLabel(text: string, indent = 0): this {
    this.ensureSpace(36);
    return this.paragraph(text, { indent });
  }

  bullet(text: string, indent = 12): this {
    return this.paragraph(`• ${text}`, { indent });
  }

  space(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  private ensureSpace(points: number): void {
    if (this.doc.y + points > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** Writes the footer on every page ("Side 2 af 5" and a short label) and returns the finished PDF. */
  async finish(footerLabel: string, pageText: (page: number, pages: number) => string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would add a page: lift the margin while the footer is written.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - MARGIN - 4;
      this.doc.font(FONT).fontSize(8.5).fillColor('#555555');
      this.doc.text(footerLabel, MARGIN, y, { width: this.width / 2, lineBreak: false, ellipsis: true });
      this.doc.text(pageText(i + 1, range.count), MARGIN + this.width / 2, y, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return done;
  }
}
