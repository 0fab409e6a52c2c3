import type { Span } from "../model/schema.js";
import { TCVN3_CAPITALS, TCVN3_CODES, VIETNAMESE_LOWER, VNI_LOWER, VOWEL_NUCLEI } from "../lexicon/legacy.js";

/** A legacy Vietnamese font encoding that {@link decodeLegacy} converts. */
export type LegacyEncoding = "tcvn3" | "vni";

/**
 * What {@link detectLegacyEncoding} found.
 *
 * @example
 * ```ts
 * detectLegacyEncoding("Giao Së Tµi chÝnh chñ tr×, b¸o c¸o UBND tØnh.");
 * // { encoding: "tcvn3", confidence: 1, lines: 1, words: 7 }
 * ```
 */
export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** The share of the words the conversion touches that then read as Vietnamese syllables (0–1). */
  confidence: number;
  /** Lines to convert. */
  lines: number;
  /** Words that read as Vietnamese only after the conversion. */
  words: number;
}

/**
 * Text converted from a legacy encoding, with a map back to the input.
 *
 * @example
 * ```ts
 * const d = decodeLegacy("Th«ng b¸o kÕt luËn");
 * d?.text;  // "Thông báo kết luận"
 * d?.start[1]; // 1: each unit's input offset
 * ```
 */
export interface LegacyText {
  text: string;
  /** For each UTF-16 unit of `text`, the input offset where it came from. */
  start: Int32Array;
  /** For each UTF-16 unit of `text`, the input offset just after what it came from. */
  end: Int32Array;
  detection: LegacyDetection;
}

const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_CODES.length; i++) TCVN3.set(TCVN3_CODES.charAt(i), VIETNAMESE_LOWER.charAt(i));
for (const [letter, code] of Object.entries(TCVN3_CAPITALS)) TCVN3.set(code, letter);

// a capital's sign may be typed in either case after a capital base (`Aù` as well as `AÙ`)
const VNI = new Map<string, string>();
for (const [letter, seq] of Object.entries(VNI_LOWER)) {
  VNI.set(seq, letter);
  VNI.set(seq.toUpperCase(), letter.toUpperCase());
  if (seq.length === 2) VNI.set(seq.charAt(0).toUpperCase() + seq.charAt(1), letter.toUpperCase());
}

/**
 * Whether a UTF-16 unit is a letter or mark that only Unicode Vietnamese has (`ă đ ơ ư ĩ ũ`, the
 * letters with a dot below or a hook, combining tone marks): a line that holds one is Unicode.
 */
function unicodeOnly(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x323) ||
    c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 ||
    c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0
  );
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// onset, vowel group, coda: the shape of every Vietnamese syllable, its tone taken off
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvxđ])?(?:${[...VOWEL_NUCLEI].sort((a, b) => b.length - a.length).join("|")})(?:ch|ng|nh|[cmnpt])?$`,
);
const EDGE_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’/-–—…*";

/**
 * Whether a word reads as one Vietnamese syllable: one case pattern (lower, Capitalised or
 * CAPITALS), at most one tone mark, and the shape onset + vowels + coda.
 */
function isSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase() && word.slice(1) !== lower.slice(1)) return false;
  const d = lower.normalize("NFD");
  const tones = d.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, "").normalize("NFC"));
}

function trimPunctuation(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && EDGE_PUNCTUATION.includes(w.charAt(a))) a++;
  while (b > a && EDGE_PUNCTUATION.includes(w.charAt(b - 1))) b--;
  return w.slice(a, b);
}

/** Receives each converted letter (or kept character) with the input span it came from. */
type Emit = (text: string, from: number, to: number) => void;

/** Decodes one word of legacy text, letter by letter; capitals raises the letters (see {@link lineWords}). */
function decodeWord(input: string, from: number, to: number, encoding: LegacyEncoding, capitals: boolean, emit: Emit): void {
  let i = from;
  while (i < to) {
    let width = 1;
    let letter: string | undefined;
    if (encoding === "vni" && i + 1 < to) {
      letter = VNI.get(input.slice(i, i + 2));
      if (letter) width = 2;
    }
    const ch = input.charAt(i);
    letter ??= (encoding === "vni" ? VNI.get(ch) : TCVN3.get(ch)) ?? ch;
    emit(capitals ? letter.toUpperCase() : letter, i, i + width);
    i += width;
  }
}

/** A word of a line (a stretch between spaces), and whether it is to read in capitals. */
interface Word {
  from: number;
  to: number;
  capitals: boolean;
}

/**
 * The words of a line. VN3 has no toned capitals: a word typed in capitals (`B¸O`) takes the
 * lower-case code for them. Where the words that hold codes are in capitals (a heading), they
 * read in capitals again, and so does such a word with two plain capitals and no plain small
 * letter (`TRIÓN` in a sentence); one capital alone (`Së`) is a word's first letter. VNI has
 * codes for every capital: its words keep their letters' case.
 */
function lineWords(input: string, line: Span, encoding: LegacyEncoding): Word[] {
  const words: (Word & { upper: number; lower: number; coded: boolean })[] = [];
  let i = line.start;
  while (i < line.end) {
    while (i < line.end && isSpace(input.charCodeAt(i))) i++;
    if (i >= line.end) break;
    const from = i;
    let upper = 0;
    let lower = 0;
    let coded = false;
    for (; i < line.end && !isSpace(input.charCodeAt(i)); i++) {
      const c = input.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
      else if (c >= 0xa1) coded = true;
    }
    words.push({ from, to: i, capitals: false, upper, lower, coded });
  }
  if (encoding === "tcvn3") {
    let upper = 0;
    let lower = 0;
    for (const w of words) {
      if (!w.coded) continue;
      upper += w.upper;
      lower += w.lower;
    }
    const heading = upper >= 2 && upper >= 4 * lower;
    for (const w of words) w.capitals = w.coded && (heading || (w.upper >= 2 && w.lower === 0));
  }
  return words;
}

function printableAscii(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c;
}

/** Lines that may be legacy text: Latin-1 letters or signs, and nothing only Unicode has. */
function candidateLines(input: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  let latin = false;
  for (let i = 0; i <= input.length; i++) {
    const c = i < input.length ? input.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      if (latin) lines.push({ start, end: i });
      start = i + 1;
      latin = false;
    } else if (c >= 0xa1 && c <= 0xff) {
      latin = true;
    } else if (c > 0xff && unicodeOnly(c)) {
      // a Unicode line: on to the next line feed, unread
      const next = input.indexOf("\n", i);
      i = (next < 0 ? input.length : next) - 1;
      latin = false;
    }
  }
  return lines;
}

interface LineScore {
  span: Span;
  before: number;
  after: number;
  touched: number;
}

function scoreLines(input: string, lines: readonly Span[], encoding: LegacyEncoding): LineScore[] {
  return lines.map((span) => {
    let before = 0;
    let after = 0;
    let touched = 0;
    for (const w of lineWords(input, span, encoding)) {
      // printable ASCII decodes to itself in both encodings: nothing to judge
      if (printableAscii(input, w.from, w.to)) continue;
      const parts: string[] = [];
      decodeWord(input, w.from, w.to, encoding, w.capitals, (t) => parts.push(t));
      const a = trimPunctuation(input.slice(w.from, w.to));
      const b = trimPunctuation(parts.join(""));
      if (a === b && !/[^\x20-\x7e]/.test(a)) continue;
      touched++;
      if (isSyllable(a)) before++;
      if (isSyllable(b)) after++;
    }
    return { span, before, after, touched };
  });
}

interface Verdict {
  detection: LegacyDetection;
  convert: Span[];
}

function judge(input: string): Verdict | null {
  const lines = candidateLines(input);
  if (lines.length === 0) return null;
  let best: Verdict | null = null;
  let bestGain = 0;
  for (const encoding of ["tcvn3", "vni"] as const) {
    const scores = scoreLines(input, lines, encoding);
    let before = 0;
    let after = 0;
    let touched = 0;
    for (const s of scores) {
      before += s.before;
      after += s.after;
      touched += s.touched;
    }
    const gain = after - before;
    // two words at least must turn into Vietnamese, and most of the words touched
    if (gain < 2 || touched === 0 || after / touched < 0.6 || gain <= bestGain) continue;
    // the text is in this encoding: each line of it is converted unless that makes it read worse
    const convert = scores.filter((s) => s.after >= s.before).map((s) => s.span);
    bestGain = gain;
    best = { detection: { encoding, confidence: Math.round((after / touched) * 100) / 100, lines: convert.length, words: gain }, convert };
  }
  return best;
}

/**
 * Detects text typed in a legacy Vietnamese font encoding (TCVN3/ABC or VNI) that arrived as
 * Latin-1 letters in a Unicode string, or null. Lines that hold a letter only Unicode has are
 * never counted: correct Unicode is never converted.
 *
 * @example
 * ```ts
 * detectLegacyEncoding("Th«ng b¸o kÕt luËn cña Chñ tÞch")?.encoding; // "tcvn3"
 * detectLegacyEncoding("Thoâng baùo keát luaän")?.encoding;           // "vni"
 * detectLegacyEncoding("Thông báo kết luận");                          // null
 * ```
 */
export function detectLegacyEncoding(input: string): LegacyDetection | null {
  return judge(input)?.detection ?? null;
}

/**
 * Converts the legacy lines of a text (see {@link detectLegacyEncoding}) to Unicode, with a map
 * of every unit back to the input; null when there is nothing to convert. Other lines are kept.
 *
 * @example
 * ```ts
 * decodeLegacy("Giao Së Tµi chÝnh chñ tr×")?.text; // "Giao Sở Tài chính chủ trì"
 * ```
 */
export function decodeLegacy(input: string): LegacyText | null {
  const verdict = judge(input);
  if (!verdict) return null;
  const { encoding } = verdict.detection;
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const keep = (from: number, to: number): void => {
    parts.push(input.slice(from, to));
    for (let i = from; i < to; i++) {
      start.push(i);
      end.push(i + 1);
    }
  };
  let at = 0;
  const emit: Emit = (text, from, to) => {
    parts.push(text);
    for (let k = 0; k < text.length; k++) {
      start.push(from);
      end.push(to);
    }
  };
  for (const line of verdict.convert) {
    for (const w of lineWords(input, line, encoding)) {
      keep(at, w.from);
      decodeWord(input, w.from, w.to, encoding, w.capitals, emit);
      at = w.to;
    }
    keep(at, line.end);
    at = line.end;
  }
  keep(at, input.length);
  return { text: parts.join(""), start: Int32Array.from(start), end: Int32Array.from(end), detection: verdict.detection };
}
