import type { Diagnostic, Span } from "../model/schema.js";
import { isLabelOnly, parseLabel, type LabelMatch } from "../structure/labels.js";
import { isLetterUnit, isLowerUnit, isMostlyUpper, isUpperUnit } from "../lexicon/text.js";
import { tableColumnOf, taskTableColumns } from "../lexicon/roles.js";
import { SIGNED_NOTE } from "../lexicon/documents.js";
import { decodeLegacy } from "./legacy.js";

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

/**
 * A physical line. Most lines of a clean file are copied as they are: their offsets are then
 * `base + k` and the maps stay null, which keeps normalizing close to the cost of a split.
 */
interface Line {
  kind: "text";
  text: string;
  /** Input offset of each UTF-16 unit at `src[base + k]`, or null for `base + k`. */
  src: Int32Array | null;
  /** Input offset just after each unit at `srcEnd[base + k]`, or null for `base + k + 1`. */
  srcEnd: Int32Array | null;
  /** Where the line starts: in the input when the maps are null, else in the maps. */
  base: number;
  /** What the reading of the input knew of the line: `HARD_AFTER`, `FROM_CELL`, `PAGE_END`, `TABLE_ROW`. */
  flags: number;
  /** Its numbering label once read (the join rules ask for it several times), else undefined. */
  label: LabelMatch | null | undefined;
}

/** A table cell, a rule or a `|` ends the line: never join across it. */
const HARD_AFTER = 1;
/** The line is a cell of a layout table. */
const FROM_CELL = 2;
/** A form feed ends the line: the last line of a page (PDF text keeps pages apart so). */
const PAGE_END = 4;
/** A row of a task table, kept whole as `| cell | cell |`. */
const TABLE_ROW = 8;
const has = (l: Line, flag: number): boolean => (l.flags & flag) !== 0;

/**
 * Every line is made here, with all its fields: one object shape keeps the hot loops
 * monomorphic, and the flags share one field, as a large text holds a line object per line.
 */
function makeLine(text: string, src: Int32Array | null, srcEnd: Int32Array | null, base: number, hardAfter: boolean, fromCell: boolean): Line {
  return { kind: "text", text, src, srcEnd, base, flags: (hardAfter ? HARD_AFTER : 0) | (fromCell ? FROM_CELL : 0), label: undefined };
}

function labelOf(l: Line): LabelMatch | null {
  if (l.label === undefined) l.label = parseLabel(l.text);
  return l.label;
}

const DROP = new Set(["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"]);
// every space separator (NBSP, the typographic spaces, ideographic space) and tabs read as one space
const SPACE = /^[\p{Zs}\t\v]$/u;
const MAP: Readonly<Record<string, string>> = { "\u00d0": "Đ", "\u00f0": "đ" };
const COMBINING = /\p{M}/u;
/** Characters a line may not keep as they are: marks, odd spaces, invisible characters, `Ð`. */
const NEEDS_WORK = /[\p{M}\t\v\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\u00d0\u00f0]/u;
const RULE_LINE = /^[\s|:\-_=*]*$/u;
const DASH_RULE = /[-_=]{3,}/u;
// no lookbehind at the start: a pattern that starts with its words is scanned fast; the word
// boundary before them is checked by hand
const GLUED_DATE = /(ngày|tháng|năm|quý|Ngày|Tháng|Năm|Quý)(?=\d)|\d(?=(?:tháng|năm)(?!\p{L}))/gu;
const TRAILING_RULE = /(?<![\s\-_=])\s*[-_=]{3,}\s*$/u;
/** The first unit after one opening quote or bracket. */
const startUnit = (s: string): number => s.charCodeAt(s.charAt(0) === '"' || s.charAt(0) === "“" || s.charAt(0) === "(" ? 1 : 0);
/** Whether a line starts with a capital, an opening quote or bracket aside. */
const upperStart = (s: string): boolean => isUpperUnit(startUnit(s));
/** Whether a line starts with a small letter or a digit, an opening quote or bracket aside. */
const lowerStart = (s: string): boolean => {
  const c = startUnit(s);
  return (c >= 0x30 && c <= 0x39) || isLowerUnit(c);
};

const srcAt = (l: Line, k: number): number => (l.src ? (l.src[l.base + k] ?? 0) : l.base + k);
const srcEndAt = (l: Line, k: number): number => (l.srcEnd ? (l.srcEnd[l.base + k] ?? 0) : l.base + k + 1);

/**
 * The offsets of every line that needed work, for one call: lines share its two arrays
 * (`base` is where each starts), so a line costs no typed array of its own.
 */
class Arena {
  src: Int32Array;
  srcEnd: Int32Array;
  length = 0;
  /** Spaces put back between a date word and its number. */
  mended = 0;
  /** Code units of the line being built. */
  codes = new Uint16Array(256);
  constructor(capacity: number) {
    this.src = new Int32Array(Math.max(64, capacity));
    this.srcEnd = new Int32Array(this.src.length);
  }
  ensure(extra: number): void {
    if (this.length + extra <= this.src.length) return;
    // lines made before keep the arrays they point into; new lines get the larger ones
    const n = Math.max(this.src.length * 2, this.length + extra);
    const src = new Int32Array(n);
    src.set(this.src.subarray(0, this.length));
    const srcEnd = new Int32Array(n);
    srcEnd.set(this.srcEnd.subarray(0, this.length));
    this.src = src;
    this.srcEnd = srcEnd;
  }
}

/** Builds a line a unit at a time into the arena (the slow path, for lines that need work). */
class LineBuilder {
  private readonly start: number;
  length = 0;
  constructor(private readonly arena: Arena, capacity: number) {
    arena.ensure(capacity + 8);
    if (arena.codes.length < capacity + 8) arena.codes = new Uint16Array(capacity * 2 + 8);
    this.start = arena.length;
  }
  push(code: number, from: number, to: number): void {
    const a = this.arena;
    if (this.length >= a.codes.length) {
      const grown = new Uint16Array(a.codes.length * 2);
      grown.set(a.codes);
      a.codes = grown;
    }
    a.ensure(this.start + this.length + 1 - a.length);
    a.codes[this.length] = code;
    a.src[this.start + this.length] = from;
    a.srcEnd[this.start + this.length] = to;
    this.length++;
  }
  /** Appends the units `from` to `to` of a line, each with its offsets in the input. */
  copy(l: Line, from = 0, to = l.text.length): void {
    for (let j = from; j < to; j++) this.push(l.text.charCodeAt(j), srcAt(l, j), srcEndAt(l, j));
  }
  last(): number {
    return this.length > 0 ? (this.arena.codes[this.length - 1] ?? -1) : -1;
  }
  text(end = this.length): string {
    let out = "";
    // String.fromCharCode takes its arguments on the stack: go in chunks; `apply` reads the
    // typed array as it is, where a spread would walk it through an iterator (4-5x slower)
    for (let k = 0; k < end; k += 4096) out += String.fromCharCode.apply(null, this.arena.codes.subarray(k, Math.min(end, k + 4096)) as unknown as number[]);
    return out;
  }
  line(fromCell: boolean, hardAfter = false, end = this.length): Line {
    const a = this.arena;
    a.length = this.start + end;
    return makeLine(this.text(end), a.src, a.srcEnd, this.start, hardAfter, fromCell);
  }
}

/**
 * Whether a stretch of the input is certainly NFC with nothing to replace: ASCII, Latin-1 and
 * the precomposed Vietnamese letters and punctuation. A char-code loop, as this runs on every byte.
 */
function plainSegment(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x09 || c === 0x0b) return false;
    } else if (c < 0x300) {
      if (c === 0xa0 || c === 0xad || c === 0xd0 || c === 0xf0) return false;
    } else if (!((c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2010 && c <= 0x2027) || c === 0x2030)) {
      return false;
    }
  }
  return true;
}

/** One physical line of the input, NFC, its invisible characters dropped and odd spaces made plain. */
function readSegment(input: string, from: number, to: number, fromCell: boolean, arena: Arena): Line {
  const seg = input.slice(from, to);
  if (plainSegment(input, from, to) || (!NEEDS_WORK.test(seg) && seg.normalize("NFC") === seg)) {
    return makeLine(seg, null, null, from, false, fromCell);
  }
  const out = new LineBuilder(arena, (to - from) * 2);
  let i = from;
  while (i < to) {
    const start = i;
    const cp = input.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // a base character and the marks after it are composed together
    while (i < to && COMBINING.test(input[i] ?? "")) i++;
    const run = input.slice(start, i);
    if (DROP.has(run)) continue;
    for (const c of (MAP[run] ?? run).normalize("NFC")) {
      const ch = SPACE.test(c) ? " " : c;
      for (let k = 0; k < ch.length; k++) out.push(ch.charCodeAt(k), start, i);
    }
  }
  return out.line(fromCell);
}

const LEAD_COLUMN_WORD = /chủ trì|thực hiện/iu;

/** Where a task table's rows stand in the input, and what separates their cells. */
interface TableLines {
  start: number;
  end: number;
  /** `cells`: a converted PDF's layout, each cell on lines of its own between `|` lines. */
  sep: "|" | "\t" | "cells";
  /** In the `cells` layout, each row's cells as the input ranges of their lines (none: an empty cell). */
  rows?: Array<Array<Array<[number, number]>>>;
}

/** One physical line of the input, as a range. */
interface RawLine {
  from: number;
  to: number;
  /** Where the next line starts (past the line break), or past the input's end. */
  next: number;
  /** The line is a lone `|`. */
  pipe: boolean;
  blank: boolean;
}

function rawLineAt(input: string, from: number): RawLine {
  let to = input.indexOf("\n", from);
  const next = to < 0 ? input.length + 1 : to + 1;
  if (to < 0) to = input.length;
  const end = to > from && input.charCodeAt(to - 1) === 0x0d ? to - 1 : to;
  let s = from;
  let e = end;
  while (s < e && (input.charCodeAt(s) === 0x20 || input.charCodeAt(s) === 0x09)) s++;
  while (e > s && (input.charCodeAt(e - 1) === 0x20 || input.charCodeAt(e - 1) === 0x09)) e--;
  return { from, to: end, next, pipe: e === s + 1 && input.charCodeAt(s) === 0x7c, blank: e === s };
}

// a cell that opens a row of a task table: its number (`1`, `1.`, `II`, `a)`)
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$/u;
const cellText = (input: string, cell: ReadonlyArray<[number, number]>): string =>
  cell.map(([a, b]) => input.slice(a, b).trim()).join(" ").replace(/\*+|_{2,}/gu, "").trim();

/**
 * A task table in a converted PDF's layout: each cell on lines of its own, `|` alone on the line
 * between two cells, two such lines between two rows (`|` / `STT` / `|` / `Nội dung` / `|` /
 * `Chủ trì` / `|` / `|` / `1` / ...). Null when the run of cells at `from` heads no task table;
 * `resume` is where the caller reads on either way (the end of the run's first row at least).
 */
function cellTableAt(input: string, from: number): { table: TableLines | null; resume: number } {
  // the header: short cells up to the first two pipes in a row (blank lines aside: double-spaced text)
  const header: Array<Array<[number, number]>> = [];
  let cell: Array<[number, number]> = [];
  let cellLength = 0;
  // blank lines between the header's lines: the text is double-spaced, and a blank line ends nothing
  let spaced = false;
  let line = rawLineAt(input, from);
  let at = line.next;
  while (at <= input.length) {
    line = rawLineAt(input, at);
    if (line.blank) {
      spaced = true;
      at = line.next;
      continue;
    }
    if (!line.pipe) {
      cellLength += line.to - line.from;
      // a column's name is short: a paragraph between pipes is a layout table's cell
      if (cellLength > HEADER_CELL_MAX) return { table: null, resume: line.next };
      cell.push([line.from, line.to]);
      at = line.next;
      continue;
    }
    if (cell.length === 0) break;
    // a row that opens with its number is a row of data, no header: read on past it
    if (header.length === 0 && ROW_NUMBER.test(cellText(input, cell))) return { table: null, resume: line.next };
    header.push(cell);
    cell = [];
    cellLength = 0;
    at = line.next;
  }
  const resume = at;
  // a lead column's word before any cell is read for its column (the input may be NFD)
  const named = header.length >= 3 && header.some((c) => c.some(([a, b]) => LEAD_COLUMN_WORD.test(input.slice(a, b).normalize("NFC"))));
  const columns = named ? taskTableColumns(header.map((c) => cellText(input, c))) : null;
  if (!columns || at > input.length) return { table: null, resume };
  const width = header.length;
  const numbered = columns[0] === "number";
  const rows: Array<Array<Array<[number, number]>>> = [header];
  let row: Array<Array<[number, number]>> = [];
  // a header over two rows (`Cơ quan thực hiện` over `Chủ trì` | `Phối hợp`): the second row's
  // cells split one column of the first, and the rows below have that many more
  let expected = width;
  const full = (): boolean => row.length >= expected;
  // `line` is the pipe that opens the first row
  let end = line.to;
  let endNext = line.next;
  at = line.next;
  while (at <= input.length) {
    line = rawLineAt(input, at);
    if (line.pipe) {
      if (cell.length > 0) {
        row.push(cell);
        cell = [];
      } else {
        // no cell between two pipes: an empty cell, or a row's end (the next row starts with its number)
        let after = rawLineAt(input, line.next);
        while (after.blank && after.next <= input.length) after = rawLineAt(input, after.next);
        const nextNumbered = line.next <= input.length && !after.pipe && !after.blank && ROW_NUMBER.test(cellText(input, [[after.from, after.to]]));
        if (full() || (numbered && row.length >= 2 && nextNumbered)) {
          const first = row[0];
          const sub = rows.length === 1 && row.length < width && first && !ROW_NUMBER.test(cellText(input, first)) ? subHeader(input, columns, row) : -1;
          if (sub >= 0) {
            // one header row: the split column's place taken by the cells under it
            expected = width - 1 + row.length;
            rows[0] = [...header.slice(0, sub), ...row, ...header.slice(sub + 1)];
          } else rows.push(row);
          row = [];
        } else if (row.length > 0) {
          row.push([]);
        }
      }
      end = line.to;
      endNext = line.next;
      at = line.next;
      continue;
    }
    if (line.blank) {
      // in single-spaced text a blank line then text, after a pipe, ends the table (its last row
      // may be short: a total spanning columns)
      if (!spaced && cell.length === 0) {
        let after = rawLineAt(input, line.next);
        while (after.blank && after.next <= input.length) after = rawLineAt(input, after.next);
        if (!after.pipe) break;
      }
      at = line.next;
      continue;
    }
    // text after a full row ends the table
    if (cell.length === 0 && full()) break;
    cell.push([line.from, line.to]);
    at = line.next;
  }
  if (row.length > 0) rows.push(row);
  if (rows.length < 2) return { table: null, resume };
  return { table: { start: from, end, sep: "cells", rows }, resume: Math.min(input.length + 1, endNext) };
}
const HEADER_CELL_MAX = 80;

/**
 * The header column a second header row splits (`Cơ quan thực hiện` over `Chủ trì` | `Phối
 * hợp`): the lead column, when the row under it names a lead and a support; else -1.
 */
function subHeader(input: string, columns: ReadonlyArray<string | null>, row: ReadonlyArray<ReadonlyArray<[number, number]>>): number {
  const kinds = row.map((c) => tableColumnOf(cellText(input, c)));
  return kinds.includes("lead") && kinds.includes("support") ? columns.indexOf("lead") : -1;
}

const cellsOf = (line: string, sep: string): string[] => {
  const cells = line.split(sep).map((c) => c.trim());
  if (sep === "|") {
    if (cells[0] === "") cells.shift();
    if (cells[cells.length - 1] === "") cells.pop();
  }
  return cells;
};

/**
 * Task tables (`STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành`), written with `|`
 * (Markdown, web pages) or tabs (a table copied out of Word): a header row with a content column
 * and a lead column, then every row that goes on with the same separator.
 */
function taskTables(input: string): TableLines[] {
  const out: TableLines[] = [];
  if (!input.includes("|") && !input.includes("\t")) return out;
  let table: (TableLines & { sep: "|" | "\t" }) | null = null;
  // the next separator at or after a place, each found once: lines are read in order
  const found = { "|": -1, "\t": -1 };
  const next = (sep: "|" | "\t", at: number): number => {
    if (found[sep] < at && found[sep] !== Infinity) {
      const k = input.indexOf(sep, at);
      found[sep] = k < 0 ? Infinity : k;
    }
    return found[sep] >= at ? found[sep] : Infinity;
  };
  let from = 0;
  let skipTo = 0;
  while (from <= input.length) {
    let to = input.indexOf("\n", from);
    if (to < 0) to = input.length;
    const end = to > from && input[to - 1] === "\r" ? to - 1 : to;
    const has = (sep: "|" | "\t", n: number): boolean => {
      let at = from;
      for (let k = 0; k < n; k++) {
        at = next(sep, at);
        if (at >= end) return false;
        at++;
      }
      return true;
    };
    // a converted PDF's table, a cell per run of lines: read at its first `|`, once
    if (!table && from >= skipTo && input.charCodeAt(from) === 0x7c && rawLineAt(input, from).pipe) {
      const run = cellTableAt(input, from);
      skipTo = run.resume;
      if (run.table) {
        out.push(run.table);
        from = run.resume;
        continue;
      }
    }
    if (table) {
      if (has(table.sep, 1)) table.end = end;
      // a blank line between two rows (double-spaced text) leaves the table open
      else if (input.slice(from, end).trim().length > 0) {
        out.push(table);
        table = null;
      }
    }
    if (!table) {
      for (const sep of ["|", "\t"] as const) {
        // two separators and a lead column's word at least, before any split
        if (!has(sep, 2)) continue;
        const line = input.slice(from, end);
        if (!LEAD_COLUMN_WORD.test(line)) continue;
        const cells = cellsOf(line, sep);
        if (cells.length >= 3 && taskTableColumns(cells)) {
          table = { start: from, end, sep };
          break;
        }
      }
    }
    from = to + 1;
  }
  if (table) out.push(table);
  return out;
}

/** A row of a task table as one line, `| cell | cell |`, each cell read as a line of its own would be. */
function readTableRow(input: string, from: number, to: number, sep: string, arena: Arena): Line {
  const bounds: number[] = [];
  for (let k = from; k < to; k++) if (input[k] === sep) bounds.push(k);
  const edges = [from - 1, ...bounds, to];
  const cells: Line[] = [];
  const seps: number[] = [];
  for (let c = 0; c + 1 < edges.length; c++) {
    const a = (edges[c] ?? 0) + 1;
    const b = edges[c + 1] ?? to;
    // the pipes that open and close a Markdown row enclose no cell
    if (sep === "|" && ((c === 0 && input.slice(a, b).trim() === "") || (c + 2 === edges.length && input.slice(a, b).trim() === ""))) continue;
    cells.push(readSegment(input, a, b, false, arena));
    seps.push(b < to ? b : a - 1);
  }
  // a Markdown rule row (`| --- | --- |`) holds nothing
  if (cells.every((c) => /^\s*:?-{3,}:?\s*$/u.test(c.text))) {
    const rule = makeLine("", null, null, from, true, false);
    rule.flags |= TABLE_ROW;
    return rule;
  }
  let length = 0;
  for (const c of cells) length += c.text.length + 3;
  const out = new LineBuilder(arena, length + 4);
  const put = (code: number, a: number, b: number): void => out.push(code, a, b);
  cells.forEach((c, k) => {
    const at = seps[k] ?? from;
    put(0x7c, at, at + 1);
    put(0x20, at, at + 1);
    let s = 0;
    let e = c.text.length;
    while (s < e && c.text.charCodeAt(s) === 0x20) s++;
    while (e > s && c.text.charCodeAt(e - 1) === 0x20) e--;
    out.copy(c, s, e);
    put(0x20, at, at + 1);
  });
  put(0x7c, to, to);
  const line = out.line(false, true);
  line.flags |= TABLE_ROW;
  return line;
}

/** A row of a converted PDF's table as one line, `| cell | cell |`; a cell's lines joined by a space. */
function readCellRow(input: string, cells: ReadonlyArray<ReadonlyArray<[number, number]>>, arena: Arena): Line {
  // every segment read before the row is built: both use the arena's scratch space
  const read = cells.map((c) => c.map(([a, b]) => readSegment(input, a, b, false, arena)));
  let length = 4;
  for (const c of read) for (const l of c) length += l.text.length + 4;
  const out = new LineBuilder(arena, length + cells.length * 2);
  let from = cells[0]?.[0]?.[0] ?? 0;
  // a row of one cell spans the table (a group's title, a total): a line of its own, no row
  const bare = cells.length < 2;
  cells.forEach((c, k) => {
    const at = c[0]?.[0] ?? from;
    if (!bare) {
      out.push(0x7c, at, at);
      out.push(0x20, at, at);
    }
    for (const l of read[k] ?? []) {
      out.copy(l);
      const b = srcEndAt(l, l.text.length - 1);
      out.push(0x20, b, b);
    }
    from = c[c.length - 1]?.[1] ?? at;
  });
  if (bare) return out.line(false, true, Math.max(0, out.length - 1));
  out.push(0x7c, from, from);
  const line = out.line(false, true);
  line.flags |= TABLE_ROW;
  return line;
}

/**
 * Reads the input's physical lines one at a time; a `|` ends a table cell like a line break,
 * except in a task table, whose rows stay whole. Each line goes to `each` as it is read: no list
 * of them is held, so most die young.
 */
function readLines(input: string, arena: Arena, each: (line: Line) => void): { pipes: number; tables: number } {
  let pipes = 0;
  let from = 0;
  let fromCell = false;
  const tables = taskTables(input);
  let t = 0;
  const tableAt = (k: number): TableLines | null => {
    while (t < tables.length && (tables[t]?.end ?? 0) < k) t++;
    const tb = tables[t];
    return tb && tb.start <= k && k <= tb.end ? tb : null;
  };
  // a char-code scan, not a global regex: this runs once per input unit
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (!(c === 0x0a || c === 0x0d || c === 0x7c || c === 0x0c || c === 0x2028 || c === 0x2029)) continue;
    const table = tableAt(i);
    if (table?.rows) {
      // the whole table at once, a row per line; then on past its last `|`
      for (const row of table.rows) each(readCellRow(input, row, arena));
      i = table.end;
      if (input.charCodeAt(i) === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
      fromCell = false;
      t++;
      continue;
    }
    if (table && c === 0x7c) continue;
    const line = table ? readTableRow(input, from, i, table.sep, arena) : readSegment(input, from, i, fromCell, arena);
    fromCell = c === 0x7c;
    if (fromCell) {
      pipes++;
      line.flags |= HARD_AFTER;
    }
    if (c === 0x0c) line.flags |= PAGE_END;
    each(line);
    if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  if (from > input.length) return { pipes, tables: tables.length };
  const last = tableAt(input.length);
  each(last && !last.rows ? readTableRow(input, from, input.length, last.sep, arena) : readSegment(input, from, input.length, fromCell, arena));
  return { pipes, tables: tables.length };
}

function sliceLine(l: Line, from: number, to: number, fromCell = has(l, FROM_CELL)): Line {
  return makeLine(l.text.slice(from, to), l.src, l.srcEnd, l.base + from, false, fromCell);
}

/** Whether a digit stands right next to a letter, as in a date word glued to its number (`ngày21`); a char-code scan. */
function digitTouchesLetter(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 0x30 || c > 0x39) continue;
    const before = k > 0 ? t.charCodeAt(k - 1) : 0x20;
    const after = k + 1 < t.length ? t.charCodeAt(k + 1) : 0x20;
    if (isLetterUnit(before) || isLetterUnit(after)) return true;
  }
  return false;
}

/** Removes Markdown emphasis, keeps a leading `* ` bullet, collapses spaces and trims. */
function cleanLine(l: Line, arena: Arena): Line {
  const t = l.text;
  let s = 0;
  let e = t.length;
  while (s < e && t.charCodeAt(s) === 0x20) s++;
  while (e > s && t.charCodeAt(e - 1) === 0x20) e--;
  const inner = s === 0 && e === t.length ? t : t.slice(s, e);
  // `đến ngày21`, `tháng6`, `21tháng`: a date word glued to its number gets its space back
  let gaps: Set<number> | null = null;
  if (digitTouchesLetter(inner)) {
    for (const m of inner.matchAll(GLUED_DATE)) {
      if (m[1] && m.index > 0 && /[\p{L}\d]/u.test(inner[m.index - 1] ?? "")) continue;
      (gaps ??= new Set()).add(s + m.index + (m[1]?.length ?? 1));
    }
  }
  if (gaps === null && !inner.includes("  ") && !inner.includes("*") && !inner.includes("_")) {
    const last = inner.charCodeAt(inner.length - 1);
    // only a line ending in `-`, `_` or `=` may carry a header underline
    if (!(last === 0x2d || last === 0x5f || last === 0x3d) || !TRAILING_RULE.test(inner)) {
      if (inner === t) return l;
      const out = sliceLine(l, s, e);
      out.flags = (out.flags & ~HARD_AFTER) | (l.flags & HARD_AFTER);
      return out;
    }
  }
  const out = new LineBuilder(arena, t.length);
  const firstNonSpace = t.search(/\S/u);
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x2a || c === 0x5f) {
      const bullet = c === 0x2a && k === firstNonSpace && t[k + 1] === " " && t[k + 2] !== "*";
      const underscoreWord = c === 0x5f && t[k + 1] !== "_" && t[k - 1] !== "_";
      if (!bullet && !underscoreWord) continue;
    }
    if (c === 0x20 && (out.length === 0 || out.last() === 0x20)) continue;
    if (gaps?.has(k)) {
      // the mended space stands for nothing in the input: a zero-width offset
      out.push(0x20, srcAt(l, k), srcAt(l, k));
      arena.mended++;
    }
    out.push(c, srcAt(l, k), srcEndAt(l, k));
  }
  // header underlines written on the same line: `VĂN PHÒNG CHÍNH PHỦ -------`
  const cleaned = out.text();
  const m = TRAILING_RULE.exec(cleaned);
  let keep = m && m.index > 0 ? m.index : out.length;
  while (keep > 0 && cleaned.charCodeAt(keep - 1) === 0x20) keep--;
  return out.line(has(l, FROM_CELL), has(l, HARD_AFTER), keep);
}

/** Table cells keep their inner layout as runs of spaces: `KT. BỘ TRƯỞNG     Nguyễn Văn A`. */
function splitCell(l: Line): Line[] {
  const t = l.text;
  const parts: Line[] = [];
  let from = 0;
  for (const m of t.matchAll(/ {3,}/gu)) {
    parts.push(sliceLine(l, from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(sliceLine(l, from, t.length));
  return parts;
}

interface Break {
  kind: "break";
  /** A table cell or rule ends here; a soft break is a blank line. */
  hard: boolean;
}
type Item = Line | Break;
// breaks carry no data of their own: two shared values, not one object per blank line
const HARD: Break = { kind: "break", hard: true };
const SOFT: Break = { kind: "break", hard: false };

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}


interface JoinContext {
  /** Typical width of a hard-wrapped line. */
  width: number;
  /** Most long lines end near that width: the text was wrapped at a fixed width (PDF, e-mail). */
  wrapped: boolean;
}

// Words that cannot end a heading or a sentence: a line ending in one is cut mid-phrase.
const DANGLING_WORDS = new Set([
  "và", "của", "với", "các", "cho", "về", "tại", "trong", "để", "theo", "từ", "đến", "những", "là", "được", "bị", "có",
  "Văn phòng", "Ban", "Bộ", "Sở", "Ủy ban", "Uỷ ban", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân",
  "UBND", "HĐND", "UBMTTQ", "MTTQ", "Đảng", "Đảng ủy", "Đảng uỷ", "Giao", "giao", "đồng chí",
]);
/** Whether a line ends in a comma or in a word that cannot end a phrase, read from its end (a `$` pattern would try every position). */
function danglingEnd(s: string): boolean {
  if (s.endsWith(",")) return true;
  for (let n = 1; n <= 4; n++) {
    const at = tailStart(s, n);
    if (DANGLING_WORDS.has(s.slice(at))) return true;
    if (at === 0) return false;
  }
  return false;
}
/** Whether a line ends a sentence or a lead-in: `.`, `!`, `?`, `:` or `…`, closing quotes and brackets aside. */
function terminalEnd(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && CLOSERS.includes(s.charAt(k))) k--;
  return k >= 0 && TERMINALS.includes(s.charAt(k));
}
const CLOSERS = "\"”')]";
const TERMINALS = ".!?:…";
/** Whether a line ends in a number and its `.` or `:` (`năm 2024.` `Điều 5:`), which a lower-case line may go on from. */
const numberEnd = (s: string): boolean => (s.endsWith(".") || s.endsWith(":")) && isDigit(s.charCodeAt(s.length - 2));
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
// a hyphen right after a letter or digit ends the line: a word or symbol cut at its hyphen
const WORD_CHAR_RE = /[\p{L}\d]/u;
/** Whether a line ends in a hyphen right after a letter or digit (read at its end: a `$` pattern would scan the whole line). */
const hyphenEnd = (s: string): boolean => s.endsWith("-") && WORD_CHAR_RE.test(s.charAt(s.length - 2));
const QUARTER_WORDS = new Set(["quý", "Quý", "QUÝ"]);
/** Whether a line ends in the word `quý`. */
const quarterEnd = (s: string): boolean => (s.endsWith("ý") || s.endsWith("Ý")) && QUARTER_WORDS.has(s.slice(-3)) && (s.length === 3 || s.charAt(s.length - 4) === " ");
const QUARTER_NUMERAL = /^(?:IV|I{1,3})(?:[/.,;\s-]|$)/u;
const INLINE_ENUM = /\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\)$/u;
/** Whether a line ends in an inline enumeration mark, `(1)`, `(ii)`, `(a)`: the last few units only are read. */
const inlineEnumEnd = (s: string): boolean => s.endsWith(")") && INLINE_ENUM.test(s.slice(-7));
const ABBREVIATION_THEN_WORD = /^\p{Lu}{2}[\p{Lu}\d-]*,?\s+\p{Ll}/u;
const HEADER_LINE = /^(?:(?:(?:Sáng|Chiều|Tối|Trưa) )?[Nn]gày \d{1,2}(?: tháng|[/.-])|Số(?:\s*:)?\s*\S*[\d/-]|V\/[vV]\s|\p{Lu}[\p{L}.' -]{1,40}, ngày (?:\d{1,2}|[.…_ ]*) ?tháng)/u;
const HEADER_MARK = /^(?:ĐỘ )?(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)(?: HẸN GIỜ)?$/u;
const NATIONAL_LINE = /^(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ|CHỦ NGHĨA VIỆT NAM|Độc lập)/u;
// a signature's authority starts its own line: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`
const AUTHORITY_START = /^(?:T\/M|T\/L|K\/T|TM\.|KT\.|TL\.|TUQ\.|Q\.) ?\p{Lu}/u;
const RECIPIENT_LINE = /^(?:nơi nhận|kính gửi|đồng kính gửi)(?![\p{L}\d])/iu;
const NUMBER_LINE = /^Số(?:\s*:)?\s*\S*\d/u;
// Each line meets these tests at two seams in each pass: their first characters decide most of
// them without running the pattern (a place and date line has its `, ngày` within 44 units).
const headerLine = (s: string): boolean => isUpperUnit(s.charCodeAt(0)) && (s.startsWith("Ngày") || s.startsWith("Số") || s.startsWith("V/") || PART_OF_DAY.test(s) || s.slice(0, 48).includes(", ngày")) && HEADER_LINE.test(s);
// a meeting's date with the part of the day first: `Chiều ngày 02/6/2025, ...`
const PART_OF_DAY = /^(?:Sáng|Chiều|Tối|Trưa) ngày/u;
const headerMark = (s: string): boolean => s.length <= 24 && "ĐHTKM".includes(s.charAt(0)) && HEADER_MARK.test(s);
const nationalLine = (s: string): boolean => (s.charAt(0) === "Đ" || s.charAt(0) === "C") && NATIONAL_LINE.test(s);
// the state's motto wrapped in its cell: `CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`
// a copy's note that the original is signed stands between the position and the name: `Đã ký và đóng dấu`
const signedMark = (s: string): boolean => s.length <= 20 && (s.charAt(0) === "Đ" || s.charAt(0) === "đ") && SIGNED_NOTE.test(s);
const mottoGoesOn = (prev: string, next: string): boolean => prev.endsWith("XÃ HỘI") && next.startsWith("CHỦ NGHĨA VIỆT NAM") && nationalLine(prev);
const authorityStart = (s: string): boolean => "TKQ".includes(s.charAt(0)) && AUTHORITY_START.test(s);
const recipientLine = (s: string): boolean => "nNkKđĐ".includes(s.charAt(0)) && RECIPIENT_LINE.test(s);
const numberLine = (s: string): boolean => s.startsWith("Số") && NUMBER_LINE.test(s);
const abbreviationThenWord = (s: string): boolean => isUpperUnit(s.charCodeAt(0)) && ABBREVIATION_THEN_WORD.test(s);
const bulletThenLowerStart = (s: string): boolean => (s.charAt(0) === "-" || s.charAt(0) === "–") && /^[-–]\s+\p{Ll}/u.test(s);

/**
 * What the join rules need of the logical line built so far, kept as it grows: testing the
 * growing string itself would cost its whole length at every piece.
 */
interface Logical {
  /** It starts with a numbering label. */
  itemStart: boolean;
  /** Its words, counted up to 4. */
  words: number;
}

function logicalOf(first: Line): Logical {
  return { itemStart: labelOf(first) !== null, words: countWords(first.text, 4) };
}

/** Where the first `n` words of `s` end. */
function headEnd(s: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = s.indexOf(" ", at + 1);
    if (at < 0) return s.length;
  }
  return at;
}

/** Where the last `n` words of `s` start. */
function tailStart(s: string, n: number): number {
  let at = s.length;
  for (let k = 0; k < n; k++) {
    at = s.lastIndexOf(" ", at - 1);
    if (at < 0) return 0;
  }
  return at + 1;
}

/** Space-separated words of `s`, counted up to `max` (a long line is not split). */
function countWords(s: string, max: number): number {
  let words = 1;
  for (let at = s.indexOf(" "); at >= 0 && words < max; at = s.indexOf(" ", at + 1)) words++;
  return words;
}

/** Whether `next` continues the logical line whose last physical piece is `prev`. */
function continues(logical: Logical, prevLine: Line, nextLine: Line, ctx: JoinContext): boolean {
  const prev = prevLine.text;
  const next = nextLine.text;
  if (next.length === 0 || prev.length === 0) return false;
  const nextItem = labelOf(nextLine) !== null;
  if (isLabelOnly(prev, labelOf(prevLine))) return !nextItem;
  // `quý` at a line end wants its numeral: `quý` / `III/2024` is one phrase, not a heading III
  if (quarterEnd(prev) && QUARTER_NUMERAL.test(next)) return true;
  const bulletThenLower = bulletThenLowerStart(next);
  if (nextItem && !(bulletThenLower && !(prev.endsWith(".") || prev.endsWith(":") || prev.endsWith(";")))) return false;
  if (recipientLine(next)) return false;
  if (hyphenEnd(prev) && WORD_CHAR_RE.test(next.charAt(0)) && !headerLine(next)) return true;
  // header lines stand alone: the number, the place and date, the V/v subject, urgency and secrecy marks
  if (headerLine(next) || headerMark(prev) || headerMark(next) || numberLine(prev) || authorityStart(next) || signedMark(prev)) return false;
  if (lowerStart(next) || bulletThenLower) return !terminalEnd(prev) || numberEnd(prev);
  if (terminalEnd(prev)) {
    // in text wrapped at a fixed width, a full line that ends a sentence has the paragraph go on
    // after it: a paragraph's last line is rarely full
    return ctx.wrapped && prev.endsWith(".") && prev.length >= ctx.width * 0.92 && upperStart(next) && logical.words >= 4 && !isMostlyUpper(next, 0, headEnd(next, 3));
  }
  // caps are judged on the words at the seam: a joined line keeps the same seam in the next pass
  const prevUpper = isMostlyUpper(prev, tailStart(prev, 3));
  const nextUpper = isMostlyUpper(next, 0, headEnd(next, 3));
  if (prevUpper) {
    if (mottoGoesOn(prev, next)) return true;
    if (!nextUpper || nationalLine(next) || nationalLine(prev)) return false;
    // a numbered heading in capitals wrapped onto a second line: `III. TỔ CHỨC` / `THỰC HIỆN`
    if (logical.itemStart) return true;
    return countWords(prev, 3) < 3 || countWords(next, 2) < 2 || prev.length >= ctx.width * 0.6;
  }
  if (nextUpper || !upperStart(next)) return false;
  if (danglingEnd(prev) || inlineEnumEnd(prev)) return true;
  // `... báo cáo` / `UBND tỉnh xem xét` goes on, but not after a short numbered heading
  // (`1. Đánh giá chung` / `UBND xã đã ...`)
  if (logical.itemStart) return prev.length >= ctx.width * (abbreviationThenWord(next) ? 0.6 : 0.85);
  if (abbreviationThenWord(next)) return true;
  return logical.words >= 4;
}

interface Pass {
  text: string;
  src: Int32Array;
  srcEnd: Int32Array;
}

/** Physical lines read and cleaned, with the breaks between them. */
function readItems(input: string, diagnostics: Diagnostic[]): Item[] {
  // slow lines share one arena of offsets; a text that needs little work pays little
  const arena = new Arena(Math.min(input.length, 1 << 16));
  const items: Item[] = [];
  // where each page's items end: read at the start of the next line, as a line may add several
  const pageEnds: number[] = [];
  let pageEnded = false;
  let emphasis = 0;
  const read = readLines(input, arena, (r) => {
    if (pageEnded) pageEnds.push(items.length);
    pageEnded = has(r, PAGE_END);
    const rt = r.text;
    // a table row stands alone: nothing joins it
    if (has(r, TABLE_ROW) && items.length > 0) items.push(HARD);
    if (/\*\*|__/u.test(rt)) emphasis++;
    const c = cleanLine(r, arena);
    const t = c.text;
    if (t.length === 0 || (RULE_LINE.test(t) && (DASH_RULE.test(rt) || rt.includes("|")))) {
      const hard = has(r, HARD_AFTER) || DASH_RULE.test(rt) || (rt.trim().length > 0 && RULE_LINE.test(rt));
      items.push(hard ? HARD : SOFT);
      return;
    }
    // a cell keeps its inner layout as runs of spaces, which cleaning would collapse: split first
    const parts = has(r, FROM_CELL) && rt.includes("   ") ? splitCell(r).map((p) => cleanLine(p, arena)) : [c];
    parts.forEach((p, k) => {
      if (k > 0) items.push(HARD);
      if (p.text.length > 0) items.push(p);
    });
    if (has(r, HARD_AFTER)) items.push(HARD);
  });
  if (read.pipes > 0) {
    diagnostics.push({ code: "normalize.tableResidue", severity: "info", message: `split ${read.pipes} table cell separator(s) into line breaks` });
  }
  if (read.tables > 0) {
    diagnostics.push({ code: "normalize.taskTable", severity: "info", message: `kept the rows of ${read.tables} task table(s) whole, their cells between \`|\`` });
  }
  const running = dropRunningLines(items, pageEnds);
  if (running > 0) {
    diagnostics.push({ code: "normalize.runningLines", severity: "info", message: `dropped ${running} running header or footer line(s) repeated across pages` });
  }
  const dropped = dropPageNumbers(items);
  if (dropped > 0) {
    diagnostics.push({ code: "normalize.pageNumbers", severity: "info", message: `dropped ${dropped} page number line(s)` });
  }
  if (arena.mended > 0) {
    diagnostics.push({ code: "normalize.spacingMended", severity: "info", message: `put back ${arena.mended} space(s) between a date word and its number` });
  }
  if (emphasis > 0) {
    diagnostics.push({ code: "normalize.markdownResidue", severity: "info", message: `removed Markdown emphasis on ${emphasis} line(s)` });
  }
  return items;
}

/**
 * Removes running headers and footers: the first or last lines of pages (pages end with a form
 * feed, as PDF text does) that repeat, digits aside, on half the pages or more, three at least.
 * `pageEnds` holds, for each page but the last, the index of the item after its last line.
 */
function dropRunningLines(items: Item[], pageEnds: readonly number[]): number {
  // three pages at least: two page ends
  if (pageEnds.length < 2) return 0;
  const bounds = [0, ...pageEnds.map((e) => Math.min(e, items.length)), items.length];
  const pages: number[][] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const texts: number[] = [];
    for (let k = bounds[p] ?? 0; k < (bounds[p + 1] ?? 0); k++) if (items[k]?.kind === "text") texts.push(k);
    if (texts.length > 0) pages.push(texts);
  }
  if (pages.length < 3) return 0;
  const keyOf = (k: number): string | null => {
    const t = (items[k] as Line).text;
    return t.length <= 120 ? t.replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim().toLowerCase() : null;
  };
  // each page's two first and two last lines, counted once per page
  const seen = new Map<string, number>();
  const edges = pages.map((texts) => [...new Set([...texts.slice(0, 2), ...texts.slice(-2)])]);
  for (const edge of edges) {
    for (const key of new Set(edge.map(keyOf))) if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  const drop = new Set<number>();
  let lines = 0;
  for (const edge of edges) {
    for (const k of edge) {
      if ((seen.get(keyOf(k) ?? "") ?? 0) < needed) continue;
      lines++;
      drop.add(k);
      // the blank lines around a running line are the page's, not the text's
      for (let j = k - 1; j >= 0 && items[j]?.kind === "break" && !(items[j] as Break).hard; j--) drop.add(j);
      for (let j = k + 1; j < items.length && items[j]?.kind === "break" && !(items[j] as Break).hard; j++) drop.add(j);
    }
  }
  if (lines === 0) return 0;
  let w = 0;
  for (let k = 0; k < items.length; k++) if (!drop.has(k)) items[w++] = items[k] as Item;
  items.length = w;
  return lines;
}

const PAGE_NUMBER = /^(?:- ?\d{1,3} ?-|[Tt]rang \d{1,3}(?: ?\/ ?\d{1,3})?|\d{1,3} ?\/ ?\d{1,3})$/u;

/**
 * Removes page numbers left by a PDF between two pieces of one sentence: `- 2 -`, `Trang 2/5`,
 * and a bare number where the line before ends mid-sentence and the line after goes on in lower
 * case. A bare number elsewhere (a table's row number) stays.
 */
function dropPageNumbers(items: Item[]): number {
  let dropped = 0;
  // marked, then removed in one pass: a splice per page number would move the whole tail of a
  // long text each time
  const drop = new Uint8Array(items.length);
  const textAt = (k: number, step: number): Line | null => {
    for (let j = k + step; j >= 0 && j < items.length; j += step) {
      const it = items[j];
      if (drop[j] === 0 && it?.kind === "text") return it;
    }
    return null;
  };
  const softOrGone = (j: number): boolean => drop[j] === 1 || (items[j]?.kind === "break" && !(items[j] as Break).hard);
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (drop[k] === 1 || it?.kind !== "text") continue;
    const t = it.text;
    let page = PAGE_NUMBER.test(t);
    if (!page && /^\d{1,3}$/u.test(t)) {
      const prev = textAt(k, -1);
      const next = textAt(k, 1);
      page = !!prev && !!next && !terminalEnd(prev.text) && /[\p{L},]$/u.test(prev.text) && /^\p{Ll}/u.test(next.text);
    }
    if (page) {
      // the blank lines around a page number are the page's, not the text's
      let from = k;
      let to = k + 1;
      while (from > 0 && softOrGone(from - 1)) from--;
      while (to < items.length && softOrGone(to)) to++;
      drop.fill(1, from, to);
      // the line before may now sit between two pieces of a sentence: read it again
      k = from - 1;
      dropped++;
    }
  }
  if (dropped > 0) {
    let w = 0;
    for (let k = 0; k < items.length; k++) if (drop[k] === 0) items[w++] = items[k] as Item;
    items.length = w;
  }
  return dropped;
}

/**
 * The lines of a pass's output as items, as reading that output again would give them: its
 * lines are already clean, and a blank line is a soft break.
 */
function itemsOf(pass: Pass): Item[] {
  const items: Item[] = [];
  let from = 0;
  const t = pass.text;
  while (from <= t.length) {
    let to = t.indexOf("\n", from);
    if (to < 0) to = t.length;
    if (to === from) items.push(SOFT);
    else items.push(makeLine(t.slice(from, to), pass.src, pass.srcEnd, from, false, false));
    from = to + 1;
  }
  return items;
}

/** Joins hard-wrapped lines: one logical line per paragraph, item or header line. */
/** How a text item follows the one before: joined (with or without a space) or on a new line, with a blank marker or not. */
type Seam = "first" | "space" | "glue" | "newline" | "marked";

/** The seam before each text item: every joining decision of a pass, without building any text. */
function seams(items: Item[]): Seam[] {
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
  const lengths: number[] = [];
  for (const it of items) if (it.kind === "text" && it.text.length >= 20) lengths.push(it.text.length);
  const width = Math.max(40, percentile(lengths, 0.8));
  let nearWidth = 0;
  for (const n of lengths) if (n >= width * 0.85 && n <= width * 1.1) nearWidth++;
  const ctx: JoinContext = { width, wrapped: lengths.length >= 8 && nearWidth >= lengths.length * 0.5 };
  // Our own output marks a hard break inside a sentence with a blank line; such blanks never
  // sit where a line ends naturally, while PDF double spacing puts them everywhere.
  let blankPairs = 0;
  let blankAtNaturalEnd = 0;
  for (let k = 0; k + 2 < items.length; k++) {
    const a = items[k], b = items[k + 1], c = items[k + 2];
    if (a?.kind === "text" && b?.kind === "break" && !b.hard && c?.kind === "text") {
      blankPairs++;
      if (!continues(logicalOf(a), a, c, ctx)) blankAtNaturalEnd++;
    }
  }
  const blanksAreNoise = textLines >= 3 && blankAfter / textLines >= 0.6 && blankAtNaturalEnd >= Math.max(1, blankPairs * 0.1);

  const out: Seam[] = [];
  let logical: Logical = { itemStart: false, words: 0 };
  let prevPiece: Line | null = null;
  let pendingBreak: "none" | "soft" | "hard" = "none";
  for (const it of items) {
    if (it.kind === "break") {
      if (it.hard || !blanksAreNoise) pendingBreak = "hard";
      else if (pendingBreak === "none") pendingBreak = "soft";
      continue;
    }
    const t = it.text;
    if (out.length === 0) {
      out.push("first");
      logical = logicalOf(it);
    } else if (prevPiece) {
      const wouldJoin = continues(logical, prevPiece, it, ctx);
      if (pendingBreak !== "hard" && wouldJoin) {
        // a word cut at its hyphen (`kinh tế-` / `xã hội`, `COVID-` / `19`, `TB-` / `UBND`) joins without a space
        const hyphen = hyphenEnd(prevPiece.text) && WORD_CHAR_RE.test(t.charAt(0));
        out.push(hyphen ? "glue" : "space");
        if (logical.words < 4) logical.words = Math.min(4, logical.words + countWords(t, 4));
      } else {
        // a hard break the next pass would join is kept as a blank line, so normalizing twice changes nothing
        out.push(wouldJoin ? "marked" : "newline");
        logical = logicalOf(it);
      }
    }
    prevPiece = it;
    pendingBreak = "none";
  }
  return out;
}

/** Joins hard-wrapped lines: one logical line per paragraph, item or header line. */
function joinItems(items: Item[], diagnostics: Diagnostic[], decided: Seam[] = seams(items)): Pass {
  let capacity = 0;
  for (const it of items) capacity += it.kind === "text" ? it.text.length + 2 : 0;
  const outSrc = new Int32Array(capacity);
  const outEnd = new Int32Array(capacity);
  const pieces: string[] = [];
  let n = 0;
  let joins = 0;
  let k = 0;
  const emit = (s: string, from: number, to: number) => {
    pieces.push(s);
    outSrc[n] = from;
    outEnd[n] = to;
    n++;
  };
  for (const it of items) {
    if (it.kind === "break") continue;
    const line = it;
    const t = line.text;
    const firstSrc = srcAt(line, 0);
    const before = Math.max(0, firstSrc - 1);
    const seam = decided[k++];
    if (seam === "space" || seam === "glue") {
      joins++;
      if (seam === "space") emit(" ", before, firstSrc);
    } else if (seam !== "first") {
      emit("\n", before, before);
      if (seam === "marked") emit("\n", before, before);
    }
    pieces.push(t);
    if (line.src && line.srcEnd) {
      outSrc.set(line.src.subarray(line.base, line.base + t.length), n);
      outEnd.set(line.srcEnd.subarray(line.base, line.base + t.length), n);
      n += t.length;
    } else {
      for (let j = 0, b = line.base; j < t.length; j++, n++) {
        outSrc[n] = b + j;
        outEnd[n] = b + j + 1;
      }
    }
  }
  if (joins > 0) {
    diagnostics.push({ code: "normalize.linesJoined", severity: "info", message: `joined ${joins} hard-wrapped line(s)` });
  }
  return { text: pieces.join(""), src: outSrc.subarray(0, n), srcEnd: outEnd.subarray(0, n) };
}

/** Whether a pass over the lines of an output would change it: a join, or a blank marker added or dropped. */
/**
 * A later pass, built over the arrays of the pass before instead of new ones (which would
 * double the memory of a large text): its seams keep, drop or turn the line breaks of that
 * pass's output, so each line moves left or stays, and its offsets are copied down in place.
 * Null when a line would move right (a blank line marked where there was none): the caller
 * then builds anew.
 */
function rejoin(pass: Pass, items: Item[], decided: Seam[]): Pass | null {
  const sepOf = (seam: Seam | undefined): number => (seam === "first" || seam === "glue" ? 0 : seam === "marked" ? 2 : 1);
  // first, that no line moves right
  let read = 0;
  let write = 0;
  let k = 0;
  for (const it of items) {
    if (it.kind === "break") {
      read++;
      continue;
    }
    if (k > 0) read++;
    write += sepOf(decided[k++]);
    if (write > read) return null;
    read += it.text.length;
    write += it.text.length;
  }
  const { src, srcEnd } = pass;
  const pieces: string[] = [];
  let n = 0;
  k = 0;
  for (const it of items) {
    if (it.kind === "break") continue;
    const line = it;
    const firstSrc = src[line.base] ?? 0;
    const before = Math.max(0, firstSrc - 1);
    const seam = decided[k++];
    if (seam === "space") {
      pieces.push(" ");
      src[n] = before;
      srcEnd[n++] = firstSrc;
    } else if (seam === "newline" || seam === "marked") {
      for (let j = sepOf(seam); j > 0; j--) {
        pieces.push("\n");
        src[n] = before;
        srcEnd[n++] = before;
      }
    }
    pieces.push(line.text);
    src.copyWithin(n, line.base, line.base + line.text.length);
    srcEnd.copyWithin(n, line.base, line.base + line.text.length);
    n += line.text.length;
  }
  return { text: pieces.join(""), src: src.subarray(0, n), srcEnd: srcEnd.subarray(0, n) };
}

function changes(items: Item[], decided: Seam[]): boolean {
  let k = 0;
  let blankBefore = false;
  for (const it of items) {
    if (it.kind === "break") {
      blankBefore = true;
      continue;
    }
    const seam = decided[k++];
    if (seam === "space" || seam === "glue" || (seam === "marked") !== blankBefore) {
      if (seam !== "first") return true;
    }
    blankBefore = false;
  }
  return false;
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
  const diagnostics: Diagnostic[] = [];
  // text typed in a legacy font encoding is converted first: its codes include the soft hyphen
  // (TCVN3 `ư`) and `Ð` (TCVN3 `é`), which the steps below would drop or read as `Đ`
  const legacy = decodeLegacy(source);
  if (legacy) {
    const { encoding, confidence, lines } = legacy.detection;
    diagnostics.push({
      code: "normalize.encodingConverted",
      severity: confidence >= 0.9 ? "info" : "warning",
      message: `converted ${lines} line(s) from ${encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI"} to Unicode (confidence ${confidence.toFixed(2)}: the share of the words it touches that then read as Vietnamese)`,
    });
  }
  const work = legacy?.text ?? source;
  let pass = joinItems(readItems(work, diagnostics), diagnostics);
  // Joining makes lines longer, which can license one more join: settle on a fixed point so
  // that normalizing normalized text changes nothing. The output's lines are clean, so a
  // further pass only re-decides the joins; its maps already point into the input.
  for (let k = 0; k < 4; k++) {
    const items = itemsOf(pass);
    const decided = seams(items);
    // most texts are settled after one pass: decide first, build only when something moves
    if (!changes(items, decided)) break;
    const next = rejoin(pass, items, decided) ?? joinItems(items, [], decided);
    if (next.text === pass.text) break;
    pass = next;
  }
  const { text } = pass;
  let { src: sourceStart, srcEnd: sourceEnd } = pass;
  if (legacy) {
    // the maps point into the converted text: carry them on into the input
    sourceStart = sourceStart.map((k) => legacy.start[k] ?? source.length);
    sourceEnd = sourceEnd.map((k) => (k > 0 ? (legacy.end[k - 1] ?? source.length) : 0));
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
