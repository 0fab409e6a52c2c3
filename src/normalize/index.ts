import type { Diagnostic, Span } from "../model/schema.js";
import { isItemStart, isLabelOnly } from "../structure/labels.js";
import { isMostlyUpper } from "../lexicon/text.js";

/**
 * Text ready for extraction, with a map back to the input.
 *
 * @example
 * ```ts
 * const norm = normalize("Số: 12/TB-VP\r\nHà Nội, ngày 5 tháng 3 năm 2024");
 * norm.text;             // "Số: 12/TB-VP\nHà Nội, ngày 5 tháng 3 năm 2024"
 * norm.toInputSpan({ start: 0, end: 3 }); // { start: 0, end: 3 }
 * ```
 */
export interface NormalizedText {
  /** The original input. */
  readonly input: string;
  /** NFC text, one logical line (paragraph, numbered item, header line) per line. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the input offset where it came from. */
  readonly sourceStart: Int32Array;
  /** For each UTF-16 unit of `text`, the input offset just after what it came from. */
  readonly sourceEnd: Int32Array;
  /** What was done to the text. */
  readonly diagnostics: Diagnostic[];
  /** Maps a span of `text` to the span of the input that holds the same words. */
  toInputSpan(span: Span): Span;
}

interface Line {
  chars: string[];
  src: number[];
  srcEnd: number[];
  /** A table cell, a rule or a `|` ends here: never join across it. */
  hardAfter: boolean;
  fromCell: boolean;
}

const DROP = new Set(["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"]);
// every space separator (NBSP, the typographic spaces, ideographic space) and tabs read as one space
const SPACE = /^[\p{Zs}\t\v]$/u;
const MAP: Readonly<Record<string, string>> = { "\u00d0": "Đ", "\u00f0": "đ" };
const COMBINING = /\p{M}/u;
const BREAKS = new Set([0x0a, 0x0d, 0x0c, 0x2028, 0x2029, 0x7c]);
const RULE_LINE = /^[\s|:\-_=*]*$/u;
const DASH_RULE = /[-_=]{3,}/u;
const TERMINAL = /[.!?:…]["”')\]]*$/u;
const UPPER_START = /^["“(]?\p{Lu}/u;
const LOWER_START = /^["“(]?[\p{Ll}\d]/u;

function newLine(fromCell = false): Line {
  return { chars: [], src: [], srcEnd: [], hardAfter: false, fromCell };
}

/** Splits the input into physical lines of NFC characters, each character tied to its input offsets. */
function readLines(input: string, diags: Diagnostic[]): Line[] {
  const lines: Line[] = [];
  let cur = newLine();
  let pipes = 0;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const start = i;
    const cp = input.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // a base character and the marks after it are composed together; a line or cell break takes none
    if (!BREAKS.has(cp)) while (i < n && COMBINING.test(input[i] ?? "")) i++;
    const run = input.slice(start, i);
    if (run === "\r") {
      if (input[i] === "\n") i++;
      lines.push(cur);
      cur = newLine();
      continue;
    }
    if (run === "\n" || run === "\u2028" || run === "\u2029" || run === "\f") {
      lines.push(cur);
      cur = newLine();
      continue;
    }
    if (run === "|") {
      pipes++;
      cur.hardAfter = true;
      lines.push(cur);
      cur = newLine(true);
      continue;
    }
    if (DROP.has(run)) continue;
    const composed = (MAP[run] ?? run).normalize("NFC");
    for (const c of composed) {
      const ch = SPACE.test(c) ? " " : c;
      for (let k = 0; k < ch.length; k++) {
        cur.chars.push(ch[k] ?? "");
        cur.src.push(start);
        cur.srcEnd.push(i);
      }
    }
  }
  lines.push(cur);
  if (pipes > 0) {
    diags.push({ code: "normalize.tableResidue", severity: "info", message: `split ${pipes} table cell separator(s) into line breaks` });
  }
  return lines;
}

function lineText(l: Line): string {
  return l.chars.join("");
}

function sliceLine(l: Line, from: number, to: number, fromCell = l.fromCell): Line {
  return { chars: l.chars.slice(from, to), src: l.src.slice(from, to), srcEnd: l.srcEnd.slice(from, to), hardAfter: false, fromCell };
}

/** Removes Markdown emphasis, keeps a leading `* ` bullet, collapses spaces and trims. */
function cleanLine(l: Line): Line {
  const out = newLine(l.fromCell);
  out.hardAfter = l.hardAfter;
  const t = lineText(l);
  const firstNonSpace = t.search(/\S/u);
  for (let k = 0; k < l.chars.length; k++) {
    const c = l.chars[k] ?? "";
    if (c === "*" || c === "_") {
      const bullet = c === "*" && k === firstNonSpace && t[k + 1] === " " && t[k + 2] !== "*";
      const underscoreWord = c === "_" && t[k + 1] !== "_" && t[k - 1] !== "_";
      if (!bullet && !underscoreWord) continue;
    }
    if (c === " " && (out.chars.length === 0 || out.chars[out.chars.length - 1] === " ")) continue;
    out.chars.push(c);
    out.src.push(l.src[k] ?? 0);
    out.srcEnd.push(l.srcEnd[k] ?? 0);
  }
  // header underlines written on the same line: `VĂN PHÒNG CHÍNH PHỦ -------`
  const text = lineText(out);
  const m = /(?<![\s\-_=])\s*[-_=]{3,}\s*$/u.exec(text);
  if (m && m.index > 0) {
    out.chars.length = m.index;
    out.src.length = m.index;
    out.srcEnd.length = m.index;
  }
  while (out.chars.length > 0 && out.chars[out.chars.length - 1] === " ") {
    out.chars.pop();
    out.src.pop();
    out.srcEnd.pop();
  }
  return out;
}

/** Table cells keep their inner layout as runs of spaces: `KT. BỘ TRƯỞNG     Nguyễn Văn A`. */
function splitCell(l: Line): Line[] {
  const t = lineText(l);
  const parts: Line[] = [];
  let from = 0;
  for (const m of t.matchAll(/ {3,}/gu)) {
    parts.push(sliceLine(l, from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(sliceLine(l, from, t.length));
  return parts;
}

type Item = { kind: "text"; line: Line } | { kind: "break"; hard: boolean };

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}


interface JoinContext {
  /** Typical width of a hard-wrapped line. */
  width: number;
}

// Words that cannot end a heading or a sentence: a line ending in one is cut mid-phrase.
const DANGLING = /(?:^|\s)(?:và|của|với|các|cho|về|tại|trong|để|theo|từ|đến|những|là|được|bị|có|Văn phòng|Ban|Bộ|Sở|Ủy ban|Uỷ ban|Đảng|Đảng ủy|Đảng uỷ|Giao|giao|đồng chí)$|,$/u;
const INLINE_ENUM = /\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\)$/u;
const ABBREVIATION_THEN_WORD = /^\p{Lu}{2}[\p{Lu}\d-]*,?\s+\p{Ll}/u;
const NATIONAL_LINE = /^(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ|Độc lập)/u;

/** Whether `next` continues the logical line whose last physical piece is `prev`. */
function continues(logical: string, prev: string, next: string, ctx: JoinContext): boolean {
  if (next.length === 0 || prev.length === 0) return false;
  if (isLabelOnly(prev)) return !isItemStart(next);
  const bulletThenLower = /^[-–]\s+\p{Ll}/u.test(next);
  if (isItemStart(next) && !(bulletThenLower && !/[.:;]$/u.test(prev))) return false;
  if (/^(?:nơi nhận|kính gửi|đồng kính gửi)(?![\p{L}\d])/iu.test(next)) return false;
  if (LOWER_START.test(next) || bulletThenLower) return !TERMINAL.test(prev) || /\d[.:]$/u.test(prev);
  if (TERMINAL.test(prev)) return false;
  if (isMostlyUpper(prev)) {
    if (!isMostlyUpper(next) || NATIONAL_LINE.test(next) || NATIONAL_LINE.test(prev)) return false;
    return prev.split(" ").length <= 2 || next.split(" ").length === 1 || prev.length >= ctx.width * 0.6;
  }
  if (isMostlyUpper(next) || !UPPER_START.test(next)) return false;
  if (DANGLING.test(prev) || INLINE_ENUM.test(prev) || ABBREVIATION_THEN_WORD.test(next)) return true;
  if (isItemStart(logical)) return prev.length >= ctx.width * 0.85;
  return logical.split(" ").length >= 4;
}

interface Pass {
  text: string;
  src: Int32Array;
  srcEnd: Int32Array;
  diagnostics: Diagnostic[];
}

function normalizePass(input: string): Pass {
  const diagnostics: Diagnostic[] = [];
  const raw = readLines(input, diagnostics);
  const items: Item[] = [];
  let emphasis = 0;
  for (const r of raw) {
    const rt = lineText(r);
    if (/\*\*|__/u.test(rt)) emphasis++;
    const c = cleanLine(r);
    const t = lineText(c);
    if (t.length === 0 || (RULE_LINE.test(t) && (DASH_RULE.test(rt) || rt.includes("|")))) {
      const hard = r.hardAfter || DASH_RULE.test(rt) || (rt.trim().length > 0 && RULE_LINE.test(rt));
      items.push({ kind: "break", hard });
      continue;
    }
    const parts = c.fromCell ? splitCell(c) : [c];
    parts.forEach((p, k) => {
      if (k > 0) items.push({ kind: "break", hard: true });
      if (p.chars.length > 0) items.push({ kind: "text", line: p });
    });
    if (r.hardAfter) items.push({ kind: "break", hard: true });
  }
  if (emphasis > 0) {
    diagnostics.push({ code: "normalize.markdownResidue", severity: "info", message: `removed Markdown emphasis on ${emphasis} line(s)` });
  }

  // Blank lines between most lines come from PDF extraction and mean nothing; otherwise a
  // blank line ends a paragraph.
  let textLines = 0;
  let blankAfter = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it?.kind !== "text") continue;
    textLines++;
    const nx = items[k + 1];
    if (nx?.kind === "break" && !nx.hard) blankAfter++;
  }
  const lengths = items.flatMap((it) => (it.kind === "text" && it.line.chars.length >= 20 ? [it.line.chars.length] : []));
  const ctx: JoinContext = { width: Math.max(40, percentile(lengths, 0.8)) };
  // Our own output marks a hard break inside a sentence with a blank line; such blanks never
  // sit where a line ends naturally, while PDF double spacing puts them everywhere.
  let blankAtNaturalEnd = false;
  for (let k = 0; k + 2 < items.length && !blankAtNaturalEnd; k++) {
    const a = items[k], b = items[k + 1], c = items[k + 2];
    if (a?.kind === "text" && b?.kind === "break" && !b.hard && c?.kind === "text") {
      const at = lineText(a.line);
      blankAtNaturalEnd = !continues(at, at, lineText(c.line), ctx);
    }
  }
  const blanksAreNoise = textLines >= 3 && blankAfter / textLines >= 0.6 && blankAtNaturalEnd;

  const outChars: string[] = [];
  const outSrc: number[] = [];
  const outEnd: number[] = [];
  let logicalStart = -1;
  let prevPiece = "";
  let pendingBreak: "none" | "soft" | "hard" = "none";
  let joins = 0;
  let sawText = false;
  const emitNewline = (at: number) => {
    outChars.push("\n");
    outSrc.push(at);
    outEnd.push(at);
  };
  for (const it of items) {
    if (it.kind === "break") {
      if (it.hard || !blanksAreNoise) pendingBreak = "hard";
      else if (pendingBreak === "none") pendingBreak = "soft";
      continue;
    }
    const t = lineText(it.line);
    const firstSrc = it.line.src[0] ?? 0;
    if (sawText) {
      const logical = outChars.slice(logicalStart).join("");
      const wouldJoin = continues(logical, prevPiece, t, ctx);
      const join = pendingBreak !== "hard" && wouldJoin;
      if (join) {
        joins++;
        const hyphen = /\p{L}-$/u.test(prevPiece) && /^\p{Ll}/u.test(t) && !/\s-$/u.test(prevPiece);
        if (!hyphen) {
          outChars.push(" ");
          outSrc.push(Math.max(0, firstSrc - 1));
          outEnd.push(firstSrc);
        }
      } else {
        emitNewline(Math.max(0, firstSrc - 1));
        // a hard break the next pass would join is kept as a blank line, so normalizing twice changes nothing
        if (wouldJoin) emitNewline(Math.max(0, firstSrc - 1));
        logicalStart = outChars.length;
      }
    } else {
      logicalStart = 0;
    }
    sawText = true;
    for (let k = 0; k < it.line.chars.length; k++) {
      outChars.push(it.line.chars[k] ?? "");
      outSrc.push(it.line.src[k] ?? 0);
      outEnd.push(it.line.srcEnd[k] ?? 0);
    }
    prevPiece = t;
    pendingBreak = "none";
  }
  if (joins > 0) {
    diagnostics.push({ code: "normalize.linesJoined", severity: "info", message: `joined ${joins} hard-wrapped line(s)` });
  }
  return { text: outChars.join(""), src: Int32Array.from(outSrc), srcEnd: Int32Array.from(outEnd), diagnostics };
}

/**
 * Normalizes a notice as it arrives (PDF, web, Word, plain text) into text the later stages
 * read: NFC, invisible characters and NBSP removed, Markdown and table residue stripped,
 * hard-wrapped lines joined, every numbered item and bullet on its own line. Pure; never throws.
 *
 * @example
 * ```ts
 * const norm = normalize("1. Giao Sở Tài chính chủ trì,\nphối hợp với Sở Xây dựng.");
 * norm.text; // "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng."
 * ```
 */
export function normalize(input: string): NormalizedText {
  const source = typeof input === "string" ? input : String(input ?? "");
  const first = normalizePass(source);
  let { text, src: sourceStart, srcEnd: sourceEnd } = first;
  const diagnostics = first.diagnostics;
  // Joining makes lines longer, which can license one more join: settle on a fixed point so
  // that normalizing normalized text changes nothing. Two passes suffice in practice.
  for (let pass = 0; pass < 4; pass++) {
    const next = normalizePass(text);
    if (next.text === text) break;
    const start = new Int32Array(next.text.length);
    const end = new Int32Array(next.text.length);
    for (let k = 0; k < next.text.length; k++) {
      const a = next.src[k] ?? 0;
      const b = Math.max(a, (next.srcEnd[k] ?? 0) - 1);
      start[k] = a < text.length ? (sourceStart[a] ?? 0) : source.length;
      end[k] = b < text.length ? (sourceEnd[b] ?? 0) : source.length;
    }
    for (const d of next.diagnostics) if (!diagnostics.some((x) => x.code === d.code)) diagnostics.push(d);
    text = next.text;
    sourceStart = start;
    sourceEnd = end;
  }
  const inputLength = source.length;
  return {
    input: source,
    text,
    sourceStart,
    sourceEnd,
    diagnostics,
    toInputSpan(span: Span): Span {
      const s = Math.max(0, Math.min(span.start, text.length));
      const e = Math.max(s, Math.min(span.end, text.length));
      const start = s < text.length ? (sourceStart[s] ?? inputLength) : inputLength;
      const end = e > s ? (sourceEnd[e - 1] ?? inputLength) : start;
      return { start, end: Math.max(start, end) };
    },
  };
}
