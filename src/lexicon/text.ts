/**
 * Removes trailing characters of a set, in linear time (a `/[...]+$/` replace is quadratic on
 * long runs of those characters).
 *
 * @example
 * ```ts
 * trimEndOf("Sở Y tế;, ", " ;,."); // "Sở Y tế"
 * ```
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? "")) end--;
  return s.slice(0, end);
}

/**
 * Whether a line is written in capitals (80% of its letters or more): headers, titles, signature lines.
 *
 * @example
 * ```ts
 * isMostlyUpper("THÔNG BÁO KẾT LUẬN"); // true
 * isMostlyUpper("Số: 12/TB-VP ngày", 0, 3); // false: only the first three units are read
 * ```
 */
export function isMostlyUpper(t: string, from = 0, to = t.length): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const k = letterCase(t.charCodeAt(i));
    if (k === UPPER) {
      letters++;
      upper++;
    } else if (k === LOWER) letters++;
  }
  return letters >= 2 && upper / letters >= 0.8;
}

/**
 * Whether a UTF-16 unit is an upper-case letter (any script with cases; Vietnamese included).
 *
 * @example
 * ```ts
 * isUpperUnit("Đ".charCodeAt(0)); // true
 * ```
 */
export const isUpperUnit = (c: number): boolean => letterCase(c) === UPPER;

/**
 * Whether a UTF-16 unit is a lower-case letter.
 *
 * @example
 * ```ts
 * isLowerUnit("ư".charCodeAt(0)); // true
 * ```
 */
export const isLowerUnit = (c: number): boolean => letterCase(c) === LOWER;

/**
 * Whether a UTF-16 unit is a letter that has a case: every Vietnamese letter is one.
 *
 * @example
 * ```ts
 * isLetterUnit("đ".charCodeAt(0)); // true
 * isLetterUnit("1".charCodeAt(0)); // false
 * ```
 */
export const isLetterUnit = (c: number): boolean => letterCase(c) !== NONE;

const NONE = 1;
const UPPER = 2;
const LOWER = 3;
// the case of every code unit up to the end of the general punctuation, filled as met
const CASES = new Uint8Array(0x2200);

/** Whether a UTF-16 unit is an upper-case letter, a lower-case letter, or neither. */
function letterCase(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x61 && c <= 0x7a ? LOWER : NONE;
  if (c >= CASES.length) return caseOf(String.fromCharCode(c));
  const known = CASES[c] ?? 0;
  if (known !== 0) return known;
  const k = caseOf(String.fromCharCode(c));
  CASES[c] = k;
  return k;
}

// a letter is a character that has another case: this covers every Vietnamese letter
function caseOf(ch: string): number {
  if (ch.toLowerCase() !== ch) return UPPER;
  return ch.toUpperCase() !== ch ? LOWER : NONE;
}

const WORD_BEFORE = /[\p{L}\d]$/u;

/**
 * The next match of a global (`g`) pattern at or after `from` that starts a word (no letter or
 * digit just before it), as a leading `(?<![\p{L}\d])` would find it. Without that lookbehind
 * V8 skips ahead to the pattern's first letters instead of trying it at every position: on a
 * page of text this is 5 to 8 times faster.
 *
 * @example
 * ```ts
 * const re = /năm (\d{4})/gu;
 * wordStartMatch(re, "trong năm 2025")?.[1]; // "2025"
 * wordStartMatch(re, "hằngnăm 2025");         // null
 * ```
 */
export function wordStartMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // two units before: a letter outside the BMP is a surrogate pair
    if (m.index === 0 || !WORD_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
