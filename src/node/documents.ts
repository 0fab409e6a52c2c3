// Word and PDF files to text. The libraries load on first use: reading plain text pays nothing.
import { htmlToText } from "../normalize/html.js";
import { taskTableColumns } from "../lexicon/roles.js";

/**
 * The reason a document cannot be read, in one line.
 *
 * @example
 * ```ts
 * try { await pdfToText(bytes); } catch (e) { if (e instanceof DocumentError) console.error(e.message); }
 * ```
 */
export class DocumentError extends Error {
  override readonly name = "DocumentError";
}

/**
 * The text of a Word document (`.docx`): one paragraph per line, a table row per line with its
 * cells after ` | ` (so that a task table keeps its rows), through mammoth's HTML.
 *
 * @example
 * ```ts
 * const text = await docxToText(readFileSync("notice.docx"));
 * ```
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  // a .docx is a zip archive: it starts with the zip signature
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocumentError("not a .docx file (no zip archive inside)");
  const mammoth = (await import("mammoth")).default;
  try {
    // images carry nothing to read: none is written into the HTML
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) });
    return htmlToText(result.value);
  } catch (e) {
    throw new DocumentError(`a damaged .docx file (${firstLine(e)})`);
  }
}

/** One run of text on a PDF page, as pdf.js gives it. */
interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * The text layer of a PDF: its lines in reading order, pages separated by a form feed (`\f`), as
 * `normalize` expects them to drop running headers and footers. A PDF without a text layer (a
 * scan) is an error that says so.
 *
 * @example
 * ```ts
 * const { text, pages } = await pdfToText(readFileSync("notice.pdf"));
 * ```
 */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== "%PDF-") throw new DocumentError("not a PDF file (no %PDF- header)");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    // pdf.js takes the buffer over: give it a copy
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    throw new DocumentError(`a damaged PDF file (${firstLine(e)})`);
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i) => "str" in i) as PdfItem[]));
      page.cleanup();
    }
    const text = pages.join("\f");
    if (text.replace(/\s+/gu, "").length === 0) {
      throw new DocumentError(`the PDF has no text layer (${doc.numPages} page(s) of images, a scan?): run OCR on it first`);
    }
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** A line of a page: its text pieces, each with where it starts; a wide gap starts a new piece. */
interface PdfLine {
  pieces: Array<{ text: string; x: number }>;
}

/**
 * A page's runs as lines: a new line where pdf.js marks one or the baseline moves. Pieces of a
 * line apart by a wide gap are table columns: under a task table's header they are set in the
 * header's columns by their position (an empty cell is a wider gap in a PDF) and written apart
 * by tabs, which `normalize` reads as a table copied out of Word.
 */
function linesOf(items: readonly PdfItem[]): string {
  const lines: PdfLine[] = [];
  let line: PdfLine = { pieces: [] };
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  let size = 10;
  let wide = false;
  const endLine = (): void => {
    if (line.pieces.length > 0) lines.push(line);
    line = { pieces: [] };
    lastEnd = null;
  };
  const add = (text: string, x: number): void => {
    const last = line.pieces[line.pieces.length - 1];
    if (!last || wide) line.pieces.push({ text, x });
    else last.text += text;
    wide = false;
  };
  for (const item of items) {
    // an empty run only marks a line end
    if (item.str === "") {
      if (item.hasEOL) endLine();
      continue;
    }
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    // pdf.js writes a gap as a run of spaces as wide as the gap
    if (item.str.trim() === "" && (lastY === null || Math.abs(y - lastY) <= size / 2)) {
      if (item.width > size * 1.5) wide = true;
      else if (line.pieces.length > 0 && !wide) add(" ", x);
      if (item.hasEOL) endLine();
      lastEnd = x + item.width;
      continue;
    }
    size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || size;
    if (lastY !== null && Math.abs(y - lastY) > size / 2) endLine();
    else if (lastEnd !== null && x - lastEnd > size * 1.5) wide = true;
    else if (lastEnd !== null && x - lastEnd > size * 0.2 && line.pieces.length > 0 && !/\s$/u.test(line.pieces[line.pieces.length - 1]?.text ?? "") && !/^\s/u.test(item.str)) add(" ", x);
    add(item.str, x);
    if (item.hasEOL) endLine();
    lastY = y;
    lastEnd = x + item.width;
  }
  endLine();
  let columns: number[] | null = null;
  return lines
    .map((l) => {
      const texts = l.pieces.map((p) => p.text.trim());
      if (texts.length >= 3 && taskTableColumns(texts)) {
        columns = l.pieces.map((p) => p.x);
        return texts.join("\t");
      }
      if (columns && texts.length >= 2) {
        const cols = columns;
        const cells = cols.map(() => "");
        l.pieces.forEach((p, k) => {
          // the column whose start is nearest at or before the piece
          let c = 0;
          for (let j = 0; j < cols.length; j++) if ((cols[j] ?? 0) <= p.x + size) c = j;
          cells[c] = cells[c] ? `${cells[c]} ${texts[k]}` : (texts[k] ?? "");
        });
        return cells.join("\t");
      }
      columns = null;
      return texts.join("\t");
    })
    .join("\n");
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "unknown error";
}
