import type { NumberingScheme } from "../model/schema.js";

/**
 * A numbering label at the start of a line.
 *
 * @example
 * ```ts
 * parseLabel("2.1. Giao Sở Tài chính"); // { label: "2.1.", scheme: "dotted", value: "2.1", ordinal: 1, level: 2, ... }
 * ```
 */
export interface LabelMatch {
  /** As written, with its closing `.` or `)`. */
  label: string;
  scheme: NumberingScheme;
  /** The label without punctuation: `2.1`, `II`, `a`, `(1`. */
  value: string;
  /** Position in its sequence (1-based), for gap and order checks. */
  ordinal: number;
  /** For dotted labels, the count of numbers; otherwise 1. */
  level: number;
  /** Where the text after the label starts. */
  bodyOffset: number;
  /**
   * How it is closed when not by `.` or `)`: `/` or `-` (`1/`, `II-`, `a/`, as older and party
   * documents number). The label then is its value alone, as section paths use `/`.
   */
  separator?: "/" | "-";
  /** A capital letter (`A.`, `B)`) heading a part above Roman numerals. */
  upper?: boolean;
}

/** Vietnamese letters used for `a)` labels, in order: no f, j, w, z. */
export const VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Value of a Roman numeral, or 0 when it is not one.
 *
 * @example
 * ```ts
 * romanValue("XIV"); // 14
 * ```
 */
export function romanValue(s: string): number {
  let total = 0;
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i] ?? ""] ?? 0;
    if (v === 0) return 0;
    const next = ROMAN[up[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

const PART = /^(?:PHẦN|Phần)\s+(THỨ\s+\p{Lu}+|thứ\s+\p{Ll}+|[IVXLC]{1,6}|\d{1,2})(?![\p{L}\d])[.:]?/u;
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,4})\.?(?=\s|$)/u;
// `1.`, `1)`, and `1/`, `1-` before a space (not `1/6/2025`, `1-2 ngày`)
const ARABIC = /^(\d{1,3})(?:([.)])(?=\s|$|\p{Lu})|([/-])(?=\s))/u;
const ROMAN_LABEL = /^([IVXL]{1,6})(?:[.)](?=\s|$|\p{Lu})|([/-])(?=\s))/u;
// `a)`, and `a.`, `a/` before a space and more text (`b.` alone is a word cut off)
const LETTER = /^([a-zđ])(?:\)(?=\s|$)|\.(?=\s+\S)|(\/)(?=\s+\S))/u;
// `A. ĐÁNH GIÁ`: a capital letter over a heading in capitals
const UPPER_LETTER = /^([A-ZĐ])[.)]\s+(?=\p{Lu}{2})/u;
const PAREN = /^\((\d{1,3}|[ivx]{1,5}|[a-zđ])\)(?=\s|$)/u;
const BULLET = /^([-+•*–—])(?:\s+|(?=\p{Lu}))/u;

/** Which patterns a line's first character allows; runs on every line, so no regex. */
function labelKind(line: string): "number" | "roman" | "part" | "article" | "paren" | "bullet" | "letter" | "upper" | null {
  const c = line.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return "number"; // 1. 1) 2.3.1.
  const closed = line[1] === "." || line[1] === ")";
  switch (line[0]) {
    case "I": case "V": case "X": case "L":
      return "roman";
    case "P": // Phần, PHẦN; or the letter P.
      return closed ? "upper" : "part";
    case "Đ": // Điều; or the letter Đ.
      return closed ? "upper" : "article";
    case "(":
      return "paren";
    case "-": case "+": case "•": case "*": case "–": case "—":
      return "bullet";
    default:
      // a) a. a/ ... y), đ); A. B)
      if (closed || line[1] === "/") return c >= 0x61 || line[0] === "đ" ? "letter" : "upper";
      return null;
  }
}

/**
 * Reads the numbering label at the start of a line: `PHẦN I`, `Điều 1.`, `I.`, `1.`, `1)`,
 * `2.3.1.`, `a)`, `a.`, `(1)`, `(ii)`, a capital letter over a heading in capitals (`A. ĐÁNH
 * GIÁ`), the slash and dash forms of older documents (`I-`, `1/`, `a/`), and the bullets `-`,
 * `+`, `•`, `*`, `–`.
 *
 * @example
 * ```ts
 * parseLabel("b) Sở Y tế chủ trì")?.scheme; // "letter"
 * parseLabel("Bộ Y tế chủ trì");            // null
 * ```
 */
export function parseLabel(line: string): LabelMatch | null {
  // most lines start with a word, and a first character allows one kind of label at most
  switch (labelKind(line)) {
    case "part": {
      const m = PART.exec(line);
      if (!m) return null;
      const v = m[1] ?? "";
      const word = v.split(/\s+/u)[1]?.toLowerCase() ?? "";
      const ordinal = /^\d+$/u.test(v) ? Number(v) : romanValue(v) || ORDINAL_WORDS[word] || 1;
      return { label: m[0], scheme: "part", value: m[0].replace(/[.:]$/u, ""), ordinal, level: 1, bodyOffset: skip(line, m[0].length) };
    }
    case "article": {
      const m = ARTICLE.exec(line);
      return m ? { label: m[0], scheme: "article", value: `Điều ${m[1]}`, ordinal: Number(m[1]), level: 1, bodyOffset: skip(line, m[0].length) } : null;
    }
    case "number": {
      let m = DOTTED.exec(line);
      if (m) {
        const parts = (m[1] ?? "").split(".");
        return { label: m[0], scheme: "dotted", value: m[1] ?? "", ordinal: Number(parts[parts.length - 1]), level: parts.length, bodyOffset: skip(line, m[0].length) };
      }
      m = ARABIC.exec(line);
      if (!m) return null;
      if (m[3]) return { label: m[1] ?? "", scheme: "arabic", value: m[1] ?? "", ordinal: Number(m[1]), level: 1, bodyOffset: skip(line, m[0].length), separator: m[3] === "/" ? "/" : "-" };
      return { label: m[0], scheme: m[2] === ")" ? "arabicParen" : "arabic", value: m[1] ?? "", ordinal: Number(m[1]), level: 1, bodyOffset: skip(line, m[0].length) };
    }
    case "roman": {
      const m = ROMAN_LABEL.exec(line);
      const value = m ? romanValue(m[1] ?? "") : 0;
      if (!m || value === 0) return null;
      if (m[2]) return { label: m[1] ?? "", scheme: "roman", value: m[1] ?? "", ordinal: value, level: 1, bodyOffset: skip(line, m[0].length), separator: m[2] === "/" ? "/" : "-" };
      return { label: m[0], scheme: "roman", value: m[1] ?? "", ordinal: value, level: 1, bodyOffset: skip(line, m[0].length) };
    }
    case "letter": {
      const m = LETTER.exec(line);
      if (!m) return null;
      const letter = { scheme: "letter", value: m[1] ?? "", ordinal: VIETNAMESE_LETTERS.indexOf(m[1] ?? "") + 1, level: 1, bodyOffset: skip(line, m[0].length) } as const;
      return m[2] ? { ...letter, label: m[1] ?? "", separator: "/" } : { ...letter, label: m[0] };
    }
    case "upper": {
      const m = UPPER_LETTER.exec(line);
      if (!m) return null;
      const v = m[1] ?? "";
      return { label: line.slice(0, 2), scheme: "letter", value: v, ordinal: VIETNAMESE_LETTERS.indexOf(v.toLowerCase()) + 1, level: 1, bodyOffset: skip(line, 2), upper: true };
    }
    case "paren": {
      const m = PAREN.exec(line);
      if (!m) return null;
      const v = m[1] ?? "";
      const roman = /^[ivx]+$/u.test(v) && v !== "v" && v !== "x" ? romanValue(v) : 0;
      const scheme: NumberingScheme = roman > 0 ? "parenRoman" : "parenArabic";
      const ordinal = /^\d+$/u.test(v) ? Number(v) : roman || VIETNAMESE_LETTERS.indexOf(v) + 1;
      return { label: m[0], scheme, value: `(${v}`, ordinal, level: 1, bodyOffset: skip(line, m[0].length) };
    }
    case "bullet": {
      const m = BULLET.exec(line);
      return m ? { label: m[1] ?? "-", scheme: "bullet", value: m[1] ?? "-", ordinal: 0, level: 1, bodyOffset: skip(line, m[0].length) } : null;
    }
    default:
      return null;
  }
}

function skip(line: string, from: number): number {
  let i = from;
  while (line[i] === " ") i++;
  return i;
}

/**
 * Whether a line starts a numbered item or a bullet.
 *
 * @example
 * ```ts
 * isItemStart("- Sở Y tế"); // true
 * ```
 */
export function isItemStart(line: string): boolean {
  return parseLabel(line) !== null;
}

/**
 * Whether a line holds only a label (`I.` left alone by a line break).
 *
 * @example
 * ```ts
 * isLabelOnly("II."); // true
 * ```
 *
 * @param m `parseLabel(line)`, when the caller has it already.
 */
export function isLabelOnly(line: string, m: LabelMatch | null = parseLabel(line)): boolean {
  return m !== null && m.scheme !== "bullet" && line.slice(m.bodyOffset).trim().length === 0;
}
