// Word and PDF files to text. The libraries load on first use: reading plain text pays nothing.
import { htmlToText } from "../normalize/html.js";

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

/** A page's runs as lines: a new line where pdf.js marks one or the baseline moves. */
function linesOf(items: readonly PdfItem[]): string {
  let out = "";
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  for (const item of items) {
    // an empty run only marks a line end
    if (item.str === "") {
      if (item.hasEOL && out.length > 0 && !out.endsWith("\n")) out += "\n";
      continue;
    }
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10;
    if (lastY !== null && Math.abs(y - lastY) > size / 2 && !out.endsWith("\n")) out += "\n";
    // runs on one line with a gap between them are words apart
    else if (lastEnd !== null && x - lastEnd > size * 0.2 && !/\s$/u.test(out) && !/^\s/u.test(item.str)) out += " ";
    out += item.str;
    if (item.hasEOL) out += "\n";
    lastY = y;
    lastEnd = x + item.width;
  }
  return out;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "unknown error";
}
