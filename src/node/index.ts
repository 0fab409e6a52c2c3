import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseNotice, type ParseOptions } from "../parse.js";
import type { Notice } from "../model/schema.js";
import { htmlToText } from "../normalize/html.js";
import { detectLegacyEncoding } from "../normalize/legacy.js";

/**
 * A file that cannot be read as a notice; `message` is one line that says why.
 *
 * @example
 * ```ts
 * try { readNoticeFile("empty.txt"); } catch (e) { if (e instanceof NoticeReadError) console.error(e.message); }
 * ```
 */
export class NoticeReadError extends Error {
  override readonly name = "NoticeReadError";
}

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM; bytes that
 * are not valid UTF-8 are a legacy font encoding (TCVN3 or VNI: then returned byte for byte as
 * Latin-1 characters, which `normalize` converts) or else Windows-1258.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("Thông báo")); // { text: "Thông báo", encoding: "utf-8" }
 * decodeText(Buffer.from("Th«ng b¸o kÕt luËn", "latin1")); // { text: "Th«ng b¸o kÕt luËn", encoding: "tcvn3" }
 * ```
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new NoticeReadError("the file is binary, not text (it holds NUL bytes)");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // a font encoding's bytes read one to one as Latin-1 characters, which is what `normalize` converts
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    const legacy = detectLegacyEncoding(latin1);
    if (legacy) return { text: latin1, encoding: legacy.encoding };
    return { text: new TextDecoder("windows-1258").decode(bytes), encoding: "windows-1258" };
  }
}

/**
 * Reads a notice from a plain-text file (`.txt`, or any text file) or a web page (`.html`),
 * detecting its encoding.
 *
 * @example
 * ```ts
 * import { readNoticeFile } from "ketluan/node";
 * const { text, encoding } = readNoticeFile("notice.txt");
 * ```
 */
export function readNoticeFile(path: string): { text: string; encoding: string } {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new NoticeReadError(`${path} is a folder, not a file`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof NoticeReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new NoticeReadError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot be read (${code ?? "error"})`);
  }
  const ext = extname(path).toLowerCase();
  if ([".docx", ".pdf", ".doc"].includes(ext)) throw new NoticeReadError(`${path}: ${ext} files are not supported yet; save the notice as .txt or .html`);
  if (bytes.length === 0) throw new NoticeReadError(`${path} is empty`);
  const decoded = decodeText(bytes);
  // a web page, by its extension or its first tag
  if (ext === ".html" || ext === ".htm" || /^\s*<(?:!doctype html|html)[\s>]/iu.test(decoded.text.slice(0, 200))) {
    decoded.text = htmlToText(decoded.text);
    decoded.encoding = `${decoded.encoding}, html`;
  }
  if (decoded.text.trim().length === 0) throw new NoticeReadError(`${path} holds no text`);
  return decoded;
}

/**
 * Reads and parses a notice file in one call.
 *
 * @example
 * ```ts
 * import { parseNoticeFile } from "ketluan/node";
 * const notice = parseNoticeFile("notice.txt", { referenceDate: "2024-03-27" });
 * ```
 */
export function parseNoticeFile(path: string, options?: ParseOptions): Notice {
  const { text, encoding } = readNoticeFile(path);
  const notice = parseNotice(text, options);
  if (encoding !== "utf-8") notice.diagnostics.unshift({ code: "input.encoding", severity: "info", message: `decoded the file as ${encoding}` });
  return notice;
}
