import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseNotice, type ParseOptions } from "../parse.js";
import type { Notice } from "../model/schema.js";
import { htmlToText } from "../normalize/html.js";
import { decodeBytes } from "../normalize/bytes.js";
import { DocumentError, docxToText, pdfToText } from "./documents.js";

/**
 * A file that cannot be read as a notice; `message` is one line that says why.
 *
 * @example
 * ```ts
 * try { await readNoticeFile("empty.txt"); } catch (e) { if (e instanceof NoticeReadError) console.error(e.message); }
 * ```
 */
export class NoticeReadError extends Error {
  override readonly name = "NoticeReadError";
}

/**
 * Decodes the bytes of a text file as {@link decodeBytes} does (UTF-8, UTF-16 with a BOM, TCVN3 or
 * VNI as Latin-1, else Windows-1258), and refuses binary bytes with a {@link NoticeReadError}.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("Thông báo")); // { text: "Thông báo", encoding: "utf-8" }
 * decodeText(Buffer.from("Th«ng b¸o kÕt luËn", "latin1")); // { text: "Th«ng b¸o kÕt luËn", encoding: "tcvn3" }
 * ```
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeBytes(bytes);
  if (!decoded) throw new NoticeReadError("the file is binary, not text (it holds NUL bytes)");
  return decoded;
}

/** What a notice file held: its text and how it was read (`utf-8`, `tcvn3`, `docx`, `pdf, 3 pages`, ...). */
export interface NoticeFileText {
  text: string;
  encoding: string;
}

function readBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new NoticeReadError(`${path} is a folder, not a file`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof NoticeReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new NoticeReadError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot be read (${code ?? "error"})`);
  }
}

const ZIP = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const PDF = (b: Uint8Array): boolean => b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d;

/** The kind of a file, by its extension and, for Word and PDF, by its first bytes. */
function kindOf(name: string, bytes: Uint8Array): "docx" | "pdf" | "doc" | "text" {
  const ext = extname(name).toLowerCase();
  if (ext === ".doc") return "doc";
  if (ext === ".docx" || (ext !== ".txt" && ZIP(bytes))) return "docx";
  if (ext === ".pdf" || PDF(bytes)) return "pdf";
  return "text";
}

/** A text or HTML file's bytes as text, checked for content. */
function textOf(name: string, bytes: Uint8Array): NoticeFileText {
  const decoded = decodeText(bytes);
  const ext = extname(name).toLowerCase();
  // a web page, by its extension or its first tag
  if (ext === ".html" || ext === ".htm" || /^\s*<(?:!doctype html|html)[\s>]/iu.test(decoded.text.slice(0, 200))) {
    decoded.text = htmlToText(decoded.text);
    decoded.encoding = `${decoded.encoding}, html`;
  }
  return decoded;
}

function nonEmpty(name: string, read: NoticeFileText): NoticeFileText {
  if (read.text.trim().length === 0) throw new NoticeReadError(`${name} holds no text`);
  return read;
}

/**
 * Reads a notice from the bytes of a file (an upload, say): plain text in any encoding
 * {@link decodeText} knows, a web page (`.html`), a Word document (`.docx`) or a PDF with a text
 * layer. `name` gives the extension; Word and PDF files are also known by their first bytes.
 * Rejects with a {@link NoticeReadError} whose message says what is wrong.
 *
 * @example
 * ```ts
 * import { readNoticeBytes } from "ketluan/node";
 * const { text, encoding } = await readNoticeBytes(upload.buffer, upload.originalname);
 * ```
 */
export async function readNoticeBytes(bytes: Uint8Array, name: string): Promise<NoticeFileText> {
  if (bytes.length === 0) throw new NoticeReadError(`${name} is empty`);
  const kind = kindOf(name, bytes);
  try {
    if (kind === "doc") throw new DocumentError("old Word .doc files are not read; save the notice as .docx, .pdf or .txt");
    if (kind === "docx") return nonEmpty(name, { text: await docxToText(bytes), encoding: "docx" });
    if (kind === "pdf") {
      const { text, pages } = await pdfToText(bytes);
      return nonEmpty(name, { text, encoding: `pdf, ${pages} page(s)` });
    }
  } catch (e) {
    if (e instanceof DocumentError) throw new NoticeReadError(`${name}: ${e.message}`);
    throw e;
  }
  return nonEmpty(name, textOf(name, bytes));
}

/**
 * Reads a notice from a file: plain text (`.txt`, encoding detected), a web page (`.html`), a
 * Word document (`.docx`) or a PDF with a text layer. Rejects with a {@link NoticeReadError}
 * whose one-line message says what is wrong (no such file, empty, binary, a damaged .docx, a PDF
 * without a text layer).
 *
 * @example
 * ```ts
 * import { readNoticeFile } from "ketluan/node";
 * const { text, encoding } = await readNoticeFile("notice.pdf");
 * ```
 */
export async function readNoticeFile(path: string): Promise<NoticeFileText> {
  return readNoticeBytes(readBytes(path), path);
}

/**
 * Reads a plain-text or web-page notice file synchronously; a Word or PDF file is an error that
 * points to {@link readNoticeFile}.
 *
 * @example
 * ```ts
 * import { readNoticeFileSync } from "ketluan/node";
 * const { text } = readNoticeFileSync("notice.txt");
 * ```
 */
export function readNoticeFileSync(path: string): NoticeFileText {
  const bytes = readBytes(path);
  if (bytes.length === 0) throw new NoticeReadError(`${path} is empty`);
  const kind = kindOf(path, bytes);
  if (kind !== "text") throw new NoticeReadError(`${path}: a .${kind} file is read by readNoticeFile (async), not readNoticeFileSync`);
  return nonEmpty(path, textOf(path, bytes));
}

function withEncoding(notice: Notice, encoding: string): Notice {
  if (encoding !== "utf-8") notice.diagnostics.unshift({ code: "input.encoding", severity: "info", message: `read the file as ${encoding}` });
  return notice;
}

/**
 * Reads and parses a notice file in one call (any format {@link readNoticeFile} reads).
 *
 * @example
 * ```ts
 * import { parseNoticeFile } from "ketluan/node";
 * const notice = await parseNoticeFile("notice.docx", { referenceDate: "2024-03-27" });
 * ```
 */
export async function parseNoticeFile(path: string, options?: ParseOptions): Promise<Notice> {
  const { text, encoding } = await readNoticeFile(path);
  return withEncoding(parseNotice(text, options), encoding);
}

/**
 * Reads and parses a notice from the bytes of a file (an upload, standard input): any format
 * {@link readNoticeBytes} reads.
 *
 * @example
 * ```ts
 * import { parseNoticeBytes } from "ketluan/node";
 * const notice = await parseNoticeBytes(upload.buffer, upload.originalname);
 * ```
 */
export async function parseNoticeBytes(bytes: Uint8Array, name: string, options?: ParseOptions): Promise<Notice> {
  const { text, encoding } = await readNoticeBytes(bytes, name);
  return withEncoding(parseNotice(text, options), encoding);
}

/**
 * Reads and parses a plain-text or web-page notice file synchronously.
 *
 * @example
 * ```ts
 * import { parseNoticeFileSync } from "ketluan/node";
 * const notice = parseNoticeFileSync("notice.txt");
 * ```
 */
export function parseNoticeFileSync(path: string, options?: ParseOptions): Notice {
  const { text, encoding } = readNoticeFileSync(path);
  return withEncoding(parseNotice(text, options), encoding);
}

export { DocumentError, docxToText, pdfToText } from "./documents.js";
