// Generators of Word and PDF files for the reader tests (dev dependencies: docx, pdfkit, and the
// DejaVu fonts, which hold every Vietnamese letter).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const FONT = readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"));

/** A .docx with one paragraph per line given. */
export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return Packer.toBuffer(doc);
}

/** A .docx with paragraphs, then a table (each cell a paragraph, as Word writes it), then more paragraphs. */
export async function makeDocxWithTable(before: readonly string[], rows: readonly (readonly string[])[], after: readonly string[]): Promise<Buffer> {
  const para = (p: string): Paragraph => new Paragraph({ children: [new TextRun(p)] });
  const table = new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [para(c)] })) })) });
  const doc = new Document({ sections: [{ children: [...before.map(para), table, ...after.map(para)] }] });
  return Packer.toBuffer(doc);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((done) => doc.on("end", () => done(Buffer.concat(chunks))));
}

/**
 * An A6 PDF with a text layer: the paragraphs wrapped by pdfkit over several pages, a running
 * header on every page and `Trang N/M` at the foot of each.
 */
export async function makePdf(paragraphs: readonly string[], { header }: { header: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A6", margins: { top: 40, bottom: 40, left: 28, right: 28 }, bufferPages: true });
  const done = collect(doc);
  doc.font(FONT).fontSize(10);
  for (const p of paragraphs) doc.text(p, { paragraphGap: 4 });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // the margins are where the header and the page number go: out of the text flow
    const { top, bottom } = doc.page.margins;
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc.fontSize(6).text(header, 28, 16, { lineBreak: false });
    doc.text(`Trang ${i + 1}/${range.count}`, 28, doc.page.height - 24, { lineBreak: false });
    doc.page.margins.top = top;
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** A one-page PDF with paragraphs, then a table drawn as text in columns (no ruling: a PDF has no cells), then more. */
export async function makePdfWithTable(before: readonly string[], rows: readonly (readonly string[])[], columns: readonly number[], after: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 40, bottom: 40, left: 40, right: 40 } });
  const done = collect(doc);
  doc.font(FONT).fontSize(10);
  for (const p of before) doc.text(p, 40, undefined, { paragraphGap: 4 });
  let y = doc.y + 8;
  for (const row of rows) {
    row.forEach((cell, k) => doc.text(cell, columns[k] ?? 40, y, { lineBreak: false }));
    y += 18;
  }
  doc.y = y + 8;
  for (const p of after) doc.text(p, 40, undefined, { paragraphGap: 4 });
  doc.end();
  return done;
}

/** Writes a one-page PDF that holds only a drawing, as a scan holds only an image; returns its path. */
export async function scanLikePdf(write: (name: string, data: Uint8Array) => string): Promise<string> {
  const doc = new PDFDocument({ size: "A5" });
  const done = collect(doc);
  doc.rect(40, 40, 200, 300).fill("#888888");
  doc.end();
  return write("scan.pdf", await done);
}
