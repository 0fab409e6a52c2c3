import { addDays, endOfMonth, endOfQuarter, endOfYear, isValid } from "date-fns";

/**
 * A calendar date as `YYYY-MM-DD`, or null when it does not exist (31 February).
 *
 * @example
 * ```ts
 * isoDate(2024, 6, 30); // "2024-06-30"
 * isoDate(2024, 2, 30); // null
 * ```
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const d = new Date(year, month - 1, day);
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return toIso(d);
}

/**
 * Parses `YYYY-MM-DD` into a local date, or null.
 *
 * @example
 * ```ts
 * fromIso("2024-03-27")?.getDate(); // 27
 * ```
 */
export function fromIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/**
 * Formats a date as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * toIso(new Date(2024, 0, 5)); // "2024-01-05"
 * ```
 */
export function toIso(d: Date): string {
  // formatting by hand: date-fns' format parses its pattern on every call
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * Last day of a month as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * lastOfMonth(2024, 2); // "2024-02-29"
 * ```
 */
export function lastOfMonth(year: number, month: number): string {
  return toIso(endOfMonth(new Date(year, month - 1, 1)));
}

/**
 * First and last day of a quarter.
 *
 * @example
 * ```ts
 * quarterRange(2024, 2); // { start: "2024-04-01", end: "2024-06-30" }
 * ```
 */
export function quarterRange(year: number, quarter: number): { start: string; end: string } {
  const first = new Date(year, (quarter - 1) * 3, 1);
  return { start: toIso(first), end: toIso(endOfQuarter(first)) };
}

/**
 * Last day of a year.
 *
 * @example
 * ```ts
 * lastOfYear(2025); // "2025-12-31"
 * ```
 */
export function lastOfYear(year: number): string {
  return toIso(endOfYear(new Date(year, 0, 1)));
}

/**
 * Adds working days (Monday to Friday) to a date.
 *
 * @example
 * ```ts
 * addWorkingDays(new Date(2024, 2, 29), 1); // Monday 2024-04-01
 * ```
 */
export function addWorkingDays(from: Date, days: number): Date {
  let d = from;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

const QUARTER_NUMERALS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * The number of a quarter as written, Roman or Arabic, any case; 0 for anything else.
 *
 * @example
 * ```ts
 * quarterNumber("III"); // 3
 * ```
 */
export function quarterNumber(numeral: string): number {
  return QUARTER_NUMERALS[numeral.toLowerCase()] ?? 0;
}
