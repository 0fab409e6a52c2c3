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
