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
  const letters = t.replace(/\P{L}/gu, "");
  if (letters.length < 2) return false;
  return letters.replace(/\P{Lu}/gu, "").length / letters.length >= 0.8;
}
