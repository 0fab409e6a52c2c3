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
 * ```
 */
export function isMostlyUpper(t: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      } else if (c >= 0x61 && c <= 0x7a) letters++;
      continue;
    }
    // a letter is a character that has another case; this covers every Vietnamese letter
    const ch = t[i] ?? "";
    const lo = ch.toLowerCase();
    if (lo !== ch) {
      letters++;
      upper++;
    } else if (ch.toUpperCase() !== ch) letters++;
  }
  return letters >= 2 && upper / letters >= 0.8;
}
