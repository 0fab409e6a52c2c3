// The Vietnamese lunar calendar (âm lịch), computed, not tabulated: new moons and solar terms
// after Jean Meeus, "Astronomical Algorithms", in the form Hồ Ngọc Đức published for the
// Vietnamese calendar (UTC+7; the lunar month 11 holds the winter solstice).
import { isoDate } from "./calendar.js";

const DR = Math.PI / 180;
const TIME_ZONE = 7;

function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function jdToDate(jd: number): [number, number, number] {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return [e - Math.floor((153 * m + 2) / 5) + 1, m + 3 - 12 * Math.floor(m / 10), b * 100 + d - 4800 + Math.floor(m / 10)];
}

/** Julian day of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c += -0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr) - 0.0004 * Math.sin(DR * 3 * Mpr);
  c += 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr)) - 0.0074 * Math.sin(DR * (M - Mpr));
  c += 0.0004 * Math.sin(DR * (2 * F + M)) - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c += 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** The sun's longitude at a Julian day, as one of 12 sectors of 30°. */
function sunSector(dayNumber: number): number {
  const jdn = dayNumber - 0.5 - TIME_ZONE / 24;
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M) + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return Math.floor((L / Math.PI) * 6);
}

/** Julian day on which the lunar month 11 (the one with the winter solstice) of `year` begins. */
function lunarMonth11(year: number): number {
  const k = Math.floor((jdFromDate(31, 12, year) - 2415021) / 29.530588853);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The solar date of a lunar date (not in a leap month), or null when it does not exist.
 *
 * @example
 * ```ts
 * lunarToSolar(1, 1, 2025); // "2025-01-29": Tết Ất Tỵ
 * ```
 */
export function lunarToSolar(day: number, month: number, year: number): string | null {
  const [a11, b11] = month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  // a year of 13 months: months after the leap month move one on
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11)) off += 1;
  const [d, m, y] = jdToDate(newMoonDay(k + off) + day - 1);
  return isoDate(y, m, d);
}

/**
 * The first day of the lunar year that begins in solar year `year` (Tết Nguyên đán).
 *
 * @example
 * ```ts
 * tetOf(2024); // "2024-02-10"
 * ```
 */
export function tetOf(year: number): string {
  return lunarToSolar(1, 1, year) ?? `${year}-01-01`;
}

const STEMS = ["canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ"] as const;
const BRANCHES = ["thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi"] as const;

/**
 * The can-chi name of a lunar year, lower case (`giáp thìn` for 2024).
 *
 * @example
 * ```ts
 * canChi(2025); // "ất tỵ"
 * ```
 */
export function canChi(year: number): string {
  return `${STEMS[((year % 10) + 10) % 10]} ${BRANCHES[((year % 12) + 12) % 12]}`;
}

/** Spellings of the branches that differ by region (`Mẹo` for `Mão`, `Tị` for `Tỵ`). */
const BRANCH_VARIANTS: Readonly<Record<string, string>> = { mẹo: "mão", tị: "tỵ", tí: "tý" };

/**
 * The first year from `from` on whose can-chi name is `name` (`Giáp Thìn`), or null for a name
 * that is not one.
 *
 * @example
 * ```ts
 * yearOfCanChi("Ất Tỵ", 2024); // 2025
 * ```
 */
export function yearOfCanChi(name: string, from: number): number | null {
  const [stem = "", branch = ""] = name.toLowerCase().split(/\s+/u);
  const want = `${stem} ${BRANCH_VARIANTS[branch] ?? branch}`;
  for (let y = from; y < from + 60; y++) if (canChi(y) === want) return y;
  return null;
}
