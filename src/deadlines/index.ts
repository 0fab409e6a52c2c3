import { addDays, addMonths, endOfMonth, endOfQuarter, endOfWeek } from "date-fns";
import type { Deadline, Span, Task } from "../model/schema.js";
import type { TaskDraft } from "../tasks/index.js";
import { parseReferences } from "../tasks/references.js";
import { matchKey } from "../lexicon/key.js";
import { addWorkingDays, fromIso, isoDate, lastOfMonth, lastOfYear, quarterNumber, quarterRange, toIso } from "./calendar.js";
import { tetOf, yearOfCanChi } from "./lunar.js";

export { isoDate, fromIso, toIso, lastOfMonth, lastOfYear, quarterRange, addWorkingDays } from "./calendar.js";
export { tetOf, canChi, yearOfCanChi, lunarToSolar } from "./lunar.js";

/**
 * A temporal expression found in text, resolved against the reference date.
 *
 * @example
 * ```ts
 * const [c] = findDeadlines("hoàn thành trước ngày 30/6/2024", 0, "2024-03-27");
 * c?.deadline.end; // "2024-06-30"
 * ```
 */
export interface DeadlineCandidate {
  deadline: Deadline;
  /** How strongly the expression bounds the task; the strongest wins, then the latest. */
  priority: number;
}

interface Rule {
  id: string;
  /** Words one of which the text must hold before the pattern is tried (most texts hold none). */
  hints: readonly string[];
  /** The pattern needs a digit: a text without one is not tried. */
  digits?: boolean;
  /**
   * Words that may stand before the pattern's anchor (`trong` in `trong tháng 5`). The pattern
   * then starts with an empty group at the anchor, which the cue found before fills: a pattern
   * that starts with a literal is scanned many times faster than one with optional words first.
   */
  cues?: readonly string[];
  /** The pattern matches only with one of its cues before it. */
  cueRequired?: boolean;
  /**
   * How many characters before its first hint word a match can begin (its cue, or the words a
   * pattern starts with): the scan starts there. Unset for a pattern that may begin anywhere.
   */
  reach?: number;
  re: RegExp;
  /** The deadline the match gives (a `ruleId` of its own names a variant of the rule), or null. */
  make(m: RegExpExecArray, ref: Date | null): (Omit<Deadline, "text" | "span" | "ruleId"> & { ruleId?: string }) | null;
  priority(m: RegExpExecArray, before: string): number;
}

/** A field label that announces a time: `Thời gian thực hiện:`, `Thời hạn hoàn thành:`, `Tiến độ:`. */
// (`Hạn hoàn thành:` with its colon only: `gia hạn 30/6` is no label)
const FIELD_TIME = /(?:(?:thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: hoàn thành)?|tiến độ(?: hoàn thành)?|thời điểm(?: hoàn thành)?)\s*(?::\s*)?|(?:^|\s)hạn(?: hoàn thành)?\s*:\s*)$/u;
/** A completion verb right before the period: `hoàn thành tháng 12/2024`. */
const DIRECT_COMPLETE = /(?:hoàn thành|hoàn tất|xong)\s*$/u;
/** A cued month and `và` right before a month: `trong tháng 8 và tháng 9/2025`. */
const CUED_MONTH_AND = /(?:trong|trước|hết)\s+tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?\s+(?:và|đến)\s+$/u;
const COMPLETE = /(?:hoàn thành|xong|hoàn tất|ban hành|trình|báo cáo|tổ chức|dứt điểm)[^.;]{0,60}$/u;

/** The next date with this month and day on or after the reference date. */
function nextMonthDay(ref: Date | null, month: number, day: number): { year: number; inferred: boolean } | null {
  if (!ref) return null;
  let y = ref.getFullYear();
  const cand = isoDate(y, month, day);
  if (cand && cand < toIso(ref)) y++;
  return { year: y, inferred: true };
}

function yearOf(raw: string | undefined, ref: Date | null, month: number, day = 1): { year: number; inferred: boolean } | null {
  if (raw) {
    const y = Number(raw.length === 2 ? `20${raw}` : raw);
    return { year: y, inferred: false };
  }
  return nextMonthDay(ref, month, day);
}

function dayDeadline(kind: "by" | "on", y: { year: number; inferred: boolean } | null, month: number, day: number): Omit<Deadline, "text" | "span" | "ruleId"> | null {
  if (!y) return null;
  const end = isoDate(y.year, month, day);
  if (!end) return null;
  return { kind, end, grain: "day", certainty: { day: "stated", month: "stated", year: y.inferred ? "inferred" : "stated" } };
}

function monthPart(part: string | undefined, y: number, month: number): { start: string; end: string } | null {
  const last = Number(lastOfMonth(y, month).slice(8));
  const [a, b] = part === "đầu" ? [1, 10] : part === "giữa" ? [11, 20] : part === "cuối" ? [21, last] : [1, last];
  const start = isoDate(y, month, a);
  const end = isoDate(y, month, b);
  return start && end ? { start, end } : null;
}

/** Kinds that carry dates (the others are manner words). */
const DATED: ReadonlySet<string> = new Set(["by", "on", "during", "within", "event", "recurring"]);

const BY_HINTS = ["trước", "chậm nhất", "hạn", "không quá", "đến hết"] as const;
const BY_CUE = "(?:trước(?: thời điểm| thời hạn)?|chậm nhất(?: là)?|hạn chót(?: là)?|hạn cuối(?: là)?|không quá|xong trước|hoàn thành trước|trước hoặc trong|đến hết|hạn)";
const DATE_NUM = "(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?";
const DATE_WORDS = "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?";

/** The next day `day` of a month, quarter (its last month) or year (`month` given) on or after the reference date. */
/** The recurring deadline of a period counted in months (`định kỳ 6 tháng`, `3 tháng một lần`). */
function monthsPeriod(m: RegExpExecArray, ref: Date | null): Omit<Deadline, "text" | "span" | "ruleId"> | null {
  if (!ref) return null;
  const months = m[2] ? 6 : ({ "6": 6, "sáu": 6, "3": 3, "ba": 3, "12": 12, "mười hai": 12 } as Record<string, number>)[m[1] ?? ""] ?? 0;
  if (months === 3) return { kind: "recurring", end: toIso(endOfQuarter(ref)), grain: "quarter", period: "quarter", certainty: { year: "inferred", month: "inferred" } };
  if (months === 12) return { kind: "recurring", end: `${ref.getFullYear()}-12-31`, grain: "year", period: "year", certainty: { year: "inferred" } };
  const end = ref.getMonth() < 6 ? `${ref.getFullYear()}-06-30` : `${ref.getFullYear()}-12-31`;
  return { kind: "recurring", end, grain: "half", period: "half", certainty: { year: "inferred", month: "inferred" } };
}

function recurringDay(day: number, month: string | undefined, periodWord: string | undefined, ref: Date | null): Omit<Deadline, "text" | "span" | "ruleId"> | null {
  if (!ref) return null;
  const period = periodWord === "tháng" ? "month" : periodWord === "quý" ? "quarter" : "year";
  let d: Date | null;
  if (period === "year" && month) {
    const y = nextMonthDay(ref, Number(month), day);
    d = y ? fromIso(isoDate(y.year, Number(month), day) ?? "") : null;
  } else {
    const step = period === "month" ? 1 : 3;
    let base = new Date(ref.getFullYear(), period === "month" ? ref.getMonth() : Math.floor(ref.getMonth() / 3) * 3 + 2, day);
    for (let k = 0; k < 5 && base < ref; k++) base = addMonths(base, step);
    d = base;
  }
  if (!d) return null;
  return { kind: "recurring", end: toIso(d), grain: "day", period, certainty: { day: "stated", month: "inferred", year: "inferred" } };
}

const RULES: Rule[] = [
  {
    id: "date.recurringDay",
    digits: true,
    hints: ["hằng", "hàng"],
    // `chậm nhất ngày 20 tháng 12 ` before `hằng`
    reach: 28,
    // (`trước 30/4 hằng năm`: the day without `ngày`)
    re: /(?:trước|vào|chậm nhất) (?:ngày )?(\d{1,2})(?:\/(\d{1,2})| tháng (\d{1,2}))? (?:hằng|hàng) (tháng|quý|năm)/g,
    make: (m, ref) => recurringDay(Number(m[1]), m[2] ?? m[3], m[4], ref),
    priority: () => 4,
  },
  {
    // `định kỳ hằng tháng, trước ngày 25, báo cáo ...`: the period first, then its day
    id: "date.recurringDay",
    digits: true,
    hints: ["hằng", "hàng"],
    reach: 0,
    re: /(?:hằng|hàng) (tháng|quý),? (?:trước|vào|chậm nhất|không quá) ngày (\d{1,2})(?![\d/])/g,
    make: (m, ref) => recurringDay(Number(m[2]), undefined, m[1], ref),
    priority: () => 4,
  },
  {
    id: "date.recurringPeriod",
    hints: ["hằng", "hàng"],
    re: /(?:định kỳ\s+)?(?:hằng|hàng)\s+(tuần|tháng|quý|năm)(?![\da-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make(m, ref) {
      if (!ref) return null;
      const p = m[1];
      const period = p === "tuần" ? "week" : p === "tháng" ? "month" : p === "quý" ? "quarter" : "year";
      const end = period === "week" ? endOfWeek(ref, { weekStartsOn: 1 }) : period === "month" ? endOfMonth(ref) : period === "quarter" ? endOfQuarter(ref) : new Date(ref.getFullYear(), 11, 31);
      return { kind: "recurring", end: toIso(end), grain: period === "year" ? "year" : period, period, certainty: { year: "inferred", month: "inferred" } };
    },
    priority: (_m, before) => (/(?:báo cáo|định kỳ|tổng hợp)[^.;]{0,80}$/u.test(before) ? 2 : 1),
  },
  {
    // `định kỳ 6 tháng báo cáo`, `định kỳ 3 tháng một lần`: a period counted in months
    id: "date.recurringPeriod",
    hints: ["tháng", "năm"],
    reach: 13,
    re: /định kỳ (?:(6|sáu|3|ba|12|mười hai) tháng|(nửa) năm)(?: (?:một|1) lần)?(?![\da-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make: monthsPeriod,
    priority: () => 2,
  },
  {
    // `báo cáo 6 tháng một lần`, `3 tháng/lần`: how often, without `định kỳ` (a count of months
    // alone is a span, no period)
    id: "date.recurringPeriod",
    hints: ["lần"],
    reach: 20,
    re: /(?:(6|sáu|3|ba|12|mười hai) tháng|(nửa) năm)(?: (?:một|1) lần| ?\/ ?lần)(?![\da-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make: monthsPeriod,
    priority: () => 2,
  },
  {
    id: "date.range",
    digits: true,
    hints: ["từ"],
    // starts with `từ`
    reach: 0,
    re: new RegExp(`từ\\s+(?:ngày\\s+)?${DATE_NUM}\\s*(?:đến|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?${DATE_NUM}`, "g"),
    make(m, ref) {
      const [d1, m1, d2, m2] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
      const y2 = yearOf(m[6], ref, m2, d2);
      if (!y2) return null;
      const y1 = m[3] ? Number(m[3]) : m1 > m2 ? y2.year - 1 : y2.year;
      const start = isoDate(y1, m1, d1);
      const end = isoDate(y2.year, m2, d2);
      if (!start || !end || start > end) return null;
      return { kind: "during", start, end, grain: "day", certainty: { day: "stated", month: "stated", year: y2.inferred ? "inferred" : "stated" } };
    },
    priority: () => 5,
  },
  {
    id: "date.monthRange",
    digits: true,
    hints: ["từ"],
    // starts with `từ`
    reach: 0,
    re: /từ\s+tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?\s*(?:đến|-|–)\s*(?:hết\s+)?tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])/g,
    make(m, ref) {
      const [m1, m2] = [Number(m[1]), Number(m[4])];
      if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
      const y2 = yearOf(m[5] ?? m[6], ref, m2, 28);
      if (!y2) return null;
      const y1 = m[2] ?? m[3] ? Number(m[2] ?? m[3]) : m1 > m2 ? y2.year - 1 : y2.year;
      const start = isoDate(y1, m1, 1);
      if (!start) return null;
      return { kind: "during", start, end: lastOfMonth(y2.year, m2), grain: "month", certainty: { month: "stated", year: y2.inferred ? "inferred" : "stated" } };
    },
    priority: () => 4.5,
  },
  {
    // `Thời hạn: 15/12/2025`, `Thời gian hoàn thành: ngày 20 tháng 12 năm 2025`: a day alone after
    // a label that announces a time (anywhere else a bare date is no deadline)
    id: "date.byField",
    digits: true,
    hints: ["thời"],
    reach: 0,
    re: new RegExp(`(?:ngày\\s+)?(?:${DATE_NUM}(?![\\d/])|${DATE_WORDS})`, "g"),
    make(m, ref) {
      const words = m[4] !== undefined;
      const day = Number(words ? m[4] : m[1]);
      const month = Number(words ? m[5] : m[2]);
      return dayDeadline("by", yearOf(words ? m[6] : m[3], ref, month, day), month, day);
    },
    priority: (_m, before) => (FIELD_TIME.test(before) ? 3.5 : -1),
  },
  {
    // `trước ngày 30/6/2024`, `chậm nhất ngày 30 tháng 6 năm 2024`, `trước 14 giờ ngày 5/3`: one
    // scan for the three, as they share their cue
    id: "date.by",
    digits: true,
    hints: BY_HINTS,
    // `hoàn thành ` before `trước`
    reach: 11,
    re: new RegExp(`${BY_CUE}\\s+(?:(\\d{1,2}) ?(?:giờ|h|g)(?: ?(\\d{2})(?: ?phút)?)?,? )?(?:ngày\\s+)?(?:${DATE_NUM}(?!\\d|\\s+(?:hằng|hàng))|${DATE_WORDS}(?!\\d|\\s+(?:hằng|hàng)))`, "g"),
    make(m, ref) {
      const words = m[6] !== undefined;
      const day = Number(words ? m[6] : m[3]);
      const month = Number(words ? m[7] : m[4]);
      const d = dayDeadline("by", yearOf(words ? m[8] : m[5], ref, month, day), month, day);
      if (!d) return null;
      if (m[1] === undefined) return { ...d, ruleId: words ? "date.byWords" : "date.byNumeric" };
      const hh = Number(m[1]);
      const mm = Number(m[2] ?? 0);
      if (hh > 24 || mm > 59) return null;
      return { ...d, time: `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`, ruleId: "date.byTime" };
    },
    priority: () => 5,
  },
  {
    // `trước ngày 20 tháng này`, `trước ngày 15 của tháng sau`: a day of a month named from the reference date
    id: "date.dayOfRelativeMonth",
    digits: true,
    hints: ["ngày"],
    reach: 11,
    re: /(trước|chậm nhất|vào|đến) ngày (\d{1,2})(?: của)? tháng (này|nay|sau|tới|tiếp theo)(?![a-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make(m, ref) {
      if (!ref) return null;
      const base = m[3] === "này" || m[3] === "nay" ? ref : addMonths(ref, 1);
      const end = isoDate(base.getFullYear(), base.getMonth() + 1, Number(m[2]));
      if (!end) return null;
      return { kind: m[1] === "vào" ? "on" : "by", end, grain: "day", certainty: { day: "stated", month: "inferred", year: "inferred" } };
    },
    priority: () => 5,
  },
  {
    // `phấn đấu đến ngày 31/12/2025 giải ngân đạt 95%`: the day the work reaches its mark
    id: "date.until",
    digits: true,
    hints: ["đến ngày"],
    reach: 0,
    re: new RegExp(`đến ngày\\s+(?:${DATE_NUM}(?!\\d|\\s+(?:hằng|hàng))|${DATE_WORDS})`, "g"),
    make(m, ref) {
      const words = m[4] !== undefined;
      const day = Number(words ? m[4] : m[1]);
      const month = Number(words ? m[5] : m[2]);
      return dayDeadline("by", yearOf(words ? m[6] : m[3], ref, month, day), month, day);
    },
    // `tính đến ngày 31/8` counts up to a day under review; `từ ... đến ngày` is a range
    priority: (_m, before) => (/(?:tính|cho|tới|từ\s[^.;]{1,40})\s*$/u.test(before) ? -1 : 4.5),
  },
  {
    id: "date.on",
    digits: true,
    hints: ["ngày"],
    cues: ["tổ chức", "diễn ra", "vào", "trong", "xong"],
    cueRequired: true,
    // the longest cue and its space
    reach: 8,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: new RegExp(`()ngày\\s+(?:${DATE_NUM}|${DATE_WORDS})`, "g"),
    make(m, ref) {
      const day = Number(m[2] ?? m[5]);
      const month = Number(m[3] ?? m[6]);
      return dayDeadline("on", yearOf(m[4] ?? m[7], ref, month, day), month, day);
    },
    // `đã diễn ra ngày 15/3`: an event that took place
    priority: (_m, before) => (/đã(?:\s+\p{L}+){0,2}\s*$/u.test(before) ? -1 : 4),
  },
  {
    id: "date.tet",
    hints: ["tết"],
    cues: ["trước dịp", "trong dịp", "trước đợt", "trong đợt", "sau dịp", "trước", "trong", "dịp", "đón", "vui", "sau", "cận", "đợt"],
    // the longest cue and its space
    reach: 10,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()tết(?!\s+(?:trồng cây|độc lập|thiếu nhi|trung thu|đoan ngọ|thanh minh|hàn thực|dương lịch))(?:\s+nguyên\s+đán)?(?:\s+(?:xuân\s+)?((?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)))?(?:\s+(?:năm\s+)?(\d{4}))?(?![\da-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make(m, ref) {
      const cue = m[1] ?? "";
      if (cue.startsWith("sau")) return null;
      let year: number | null = m[3] ? Number(m[3]) : null;
      if (!year && m[2]) year = yearOfCanChi(m[2], (ref?.getFullYear() ?? new Date().getFullYear()) - 1);
      const stated = year !== null;
      if (!year) {
        if (!ref) return null;
        // no year named: the next Tết on or after the reference date
        year = ref.getFullYear();
        if (tetOf(year) < toIso(ref)) year++;
      }
      const tet = tetOf(year);
      const certainty = { day: "inferred", month: "inferred", year: stated ? "stated" : "inferred" } as const;
      if (cue.startsWith("trước")) return { kind: "by", end: tet, grain: "day", certainty };
      return { kind: "event", end: tet, grain: "day", certainty };
    },
    priority: (m) => (m[1]?.startsWith("trước") ? 4.5 : 3),
  },
  {
    id: "date.event",
    digits: true,
    hints: ["họp", "hội nghị", "đại hội"],
    // the session's year, or its month (`tại kỳ họp chuyên đề tháng 11/2025`, `tại cuộc họp giao
    // ban tháng 11`: the next such month)
    re: /(?:trước|tại|phục vụ|trình)\s+(?:các\s+)?(?:kỳ họp|phiên họp|hội nghị|đại hội|cuộc họp)[^.;:]{0,80}?(?:(cuối|giữa|đầu)\s+)?(?:năm\s+(\d{4})|tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/]))/g,
    make(m, ref) {
      // `tại cuộc họp ngày 22 tháng 8`: the day a meeting was held, not a session ahead
      if (m[0].includes("cuộc họp") && /ngày\s+\d/u.test(m[0])) return null;
      if (m[3] !== undefined) {
        const month = Number(m[3]);
        if (month < 1 || month > 12) return null;
        const y = yearOf(m[4], ref, month);
        if (!y) return null;
        return { kind: "event", start: `${y.year}-${String(month).padStart(2, "0")}-01`, end: lastOfMonth(y.year, month), grain: "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
      }
      const y = Number(m[2]);
      return { kind: "event", start: `${y}-01-01`, end: lastOfYear(y), grain: "year", certainty: { year: "stated" } };
    },
    priority: () => 4.2,
  },
  {
    // `tháng 10-12/2025`, `trong tháng 3 - 4 năm 2026`: months spanned, under one year
    id: "date.monthSpan",
    digits: true,
    hints: ["tháng"],
    cues: ["trước", "trong", "từ"],
    reach: 6,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])/g,
    make(m, ref) {
      const [m1, m2] = [Number(m[2]), Number(m[3])];
      if (m1 < 1 || m2 > 12 || m1 >= m2) return null;
      const y = yearOf(m[4] ?? m[5], ref, m2, 28);
      if (!y) return null;
      const start = isoDate(y.year, m1, 1);
      if (!start) return null;
      if (m[1] === "trước") return { kind: "by", end: toIso(addDays(new Date(y.year, m1 - 1, 1), -1)), grain: "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
      return { kind: "during", start, end: lastOfMonth(y.year, m2), grain: "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
    },
    // the first month alone is no deadline: the span outranks it
    priority: (m, before) => (m[1] || FIELD_TIME.test(before) || DIRECT_COMPLETE.test(before) ? 4.6 : -1),
  },
  {
    // `Thời gian hoàn thành: 2025-2026`, `Tiến độ: giai đoạn 2026 - 2030`, `Thời hạn: đến năm 2030`: years
    // after a time label (in running text they are a planning horizon, not a deadline)
    id: "date.yearsByField",
    digits: true,
    hints: ["thời", "tiến độ", "hạn"],
    reach: 0,
    re: /(?:(?:giai đoạn|năm|từ năm|từ)\s+)?(\d{4})\s*[-–]\s*(\d{4})(?![\d/])|(?:đến|tới)\s+năm\s+(\d{4})(?![\d/])/g,
    make(m) {
      if (m[3]) return { kind: "by", end: lastOfYear(Number(m[3])), grain: "year", certainty: { year: "stated" } };
      const [y1, y2] = [Number(m[1]), Number(m[2])];
      if (y1 >= y2 || y2 - y1 > 20) return null;
      return { kind: "during", start: `${y1}-01-01`, end: lastOfYear(y2), grain: "year", certainty: { year: "stated" } };
    },
    priority: (_m, before) => (FIELD_TIME.test(before) ? 3.6 : -1),
  },
  {
    id: "date.month",
    digits: true,
    hints: ["tháng"],
    cues: ["trước", "trong", "đầu", "giữa", "cuối", "hết", "vào", "từ"],
    // the longest cue and its space
    reach: 6,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])(?!\s+(?:vừa qua|đã qua|qua))/g,
    make(m, ref) {
      const cue = m[1];
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      const y = yearOf(m[3] ?? m[4], ref, month, 28);
      if (!y) return null;
      if (cue === "trước") {
        const end = toIso(addDays(new Date(y.year, month - 1, 1), -1));
        return { kind: "by", end, grain: "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
      }
      if (cue === "hết") return { kind: "by", end: lastOfMonth(y.year, month), grain: "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
      const r = monthPart(cue === "vào" || cue === "từ" ? undefined : cue, y.year, month);
      if (!r) return null;
      return { kind: "during", start: r.start, end: r.end, grain: cue === "đầu" || cue === "giữa" || cue === "cuối" ? "tenDays" : "month", certainty: { month: "stated", year: y.inferred ? "inferred" : "stated" } };
    },
    // a month with no cue counts only after a time label (`Thời gian thực hiện: tháng 6/2025`), or
    // as the second of two months the cue governs (`trong tháng 8 và tháng 9/2025`)
    priority: (m, before) => {
      if (m[1]) return COMPLETE.test(before) || m[1] === "trước" ? 4 : 3;
      if (CUED_MONTH_AND.test(before)) return COMPLETE.test(before) ? 4 : 3;
      return FIELD_TIME.test(before) ? 3.5 : DIRECT_COMPLETE.test(before) ? 3 : -1;
    },
  },
  {
    id: "date.quarter",
    hints: ["quý"],
    cues: ["trước", "trong", "đầu", "giữa", "cuối", "hết"],
    // the longest cue and its space
    reach: 6,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()quý\s+(iv|iii|ii|[i1-4])(?:\s*(?:và|,|đến|-)\s*(?:quý\s+)?(iv|iii|ii|[i1-4]))?(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\da-z\u00c0-\u024f\u1e00-\u1eff])(?!\s+(?:vừa qua|đã qua|qua))/g,
    make(m, ref) {
      const cue = m[1];
      const q = quarterNumber(m[2] ?? "");
      const q2 = m[3] ? quarterNumber(m[3]) : q;
      if (!q || !q2 || q2 < q) return null;
      const explicit = m[4] ?? m[5];
      let year = explicit ? Number(explicit) : (ref?.getFullYear() ?? 0);
      if (!explicit && ref && quarterRange(year, q2).end < toIso(ref)) year++;
      if (!year) return null;
      const first = quarterRange(year, q);
      const last = quarterRange(year, q2);
      const certainty = { year: explicit ? "stated" : "inferred" } as const;
      if (cue === "trước") return { kind: "by", end: toIso(addDays(fromIso(first.start) ?? new Date(), -1)), grain: "quarter", certainty };
      if (cue === "hết") return { kind: "by", end: last.end, grain: "quarter", certainty };
      // the first, middle or last month of the quarter
      if ((cue === "đầu" || cue === "giữa" || cue === "cuối") && q === q2) {
        const month = (q - 1) * 3 + (cue === "đầu" ? 1 : cue === "giữa" ? 2 : 3);
        return { kind: "during", start: isoDate(year, month, 1) ?? first.start, end: lastOfMonth(year, month), grain: "month", certainty };
      }
      return { kind: "during", start: first.start, end: last.end, grain: "quarter", certainty };
    },
    // a quarter with no cue is a period under review (`kết quả quý I`) unless work completes in it
    priority: (m, before) => (m[1] ? (COMPLETE.test(before) ? 4 : 3) : FIELD_TIME.test(before) ? 3.5 : COMPLETE.test(before) ? 3 : -1),
  },
  {
    id: "date.half",
    hints: ["tháng"],
    re: /(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/g,
    make(m, ref) {
      const year = m[3] ? Number(m[3]) : ref?.getFullYear();
      if (!year) return null;
      const first = m[2] === "đầu";
      return { kind: "during", start: isoDate(year, first ? 1 : 7, 1) ?? undefined, end: first ? `${year}-06-30` : `${year}-12-31`, grain: "half", certainty: { year: m[3] ? "stated" : "inferred" } };
    },
    priority: (_m, before) => (COMPLETE.test(before) ? 3.5 : 2),
  },
  {
    id: "date.year",
    digits: true,
    hints: ["năm"],
    cues: ["trước khi kết thúc", "ngay trong", "đến hết", "trước", "trong", "đầu", "giữa", "cuối", "hết"],
    // the longest cue and its space
    reach: 19,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()năm\s+(\d{4})(?!\s*[-–]\s*\d{4})(?!\s+(?:vừa qua|đã qua|qua))/g,
    make(m) {
      const y = Number(m[2]);
      const cue = m[1] ?? "";
      if (cue === "trước") return { kind: "by", end: `${y - 1}-12-31`, grain: "year", certainty: { year: "stated" } };
      if (cue === "cuối") return { kind: "during", start: `${y}-10-01`, end: lastOfYear(y), grain: "quarter", certainty: { year: "stated" } };
      if (cue === "đầu") return { kind: "during", start: `${y}-01-01`, end: `${y}-03-31`, grain: "quarter", certainty: { year: "stated" } };
      if (cue === "giữa") return { kind: "during", start: `${y}-04-01`, end: `${y}-09-30`, grain: "half", certainty: { year: "stated" } };
      if (cue === "hết" || cue === "đến hết" || cue === "trước khi kết thúc") return { kind: "by", end: lastOfYear(y), grain: "year", certainty: { year: "stated" } };
      return { kind: "during", start: `${y}-01-01`, end: lastOfYear(y), grain: "year", certainty: { year: "stated" } };
    },
    // a year with no cue qualifies a noun (`nhiệm vụ năm 2024`) unless a time label or a
    // completion verb right before it (`hoàn thành năm 2025`) makes it the time
    priority: (m, before) => (!m[1] ? (FIELD_TIME.test(before) || DIRECT_COMPLETE.test(before) ? 3.5 : -1) : COMPLETE.test(before) ? 3.5 : 1.5),
  },
  {
    // `trong tháng này`, `cuối quý này`, `trong năm nay`, `hết tuần tới`: periods named from the reference date
    id: "date.deictic",
    hints: ["này", "nay", "tới", "sau", "tiếp theo"],
    cues: ["trước khi kết thúc", "ngay trong", "đến hết", "trước", "trong", "đầu", "giữa", "cuối", "hết"],
    // the longest cue and its space
    reach: 19,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()(tuần|tháng|quý|năm)\s+(này|nay|tới|sau|tiếp theo)(?![a-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make(m, ref) {
      if (!ref) return null;
      const cue = m[1] ?? "";
      const unit = m[2] as "tuần" | "tháng" | "quý" | "năm";
      const ahead = m[3] === "này" || m[3] === "nay" ? 0 : 1;
      const at = unit === "tuần" ? addDays(ref, 7 * ahead) : addMonths(ref, ahead * (unit === "tháng" ? 1 : unit === "quý" ? 3 : 12));
      const y = at.getFullYear();
      const mo = at.getMonth() + 1;
      const q = Math.floor((mo - 1) / 3) + 1;
      const span =
        unit === "tuần" ? { start: toIso(addDays(endOfWeek(at, { weekStartsOn: 1 }), -6)), end: toIso(endOfWeek(at, { weekStartsOn: 1 })) }
        : unit === "tháng" ? { start: isoDate(y, mo, 1) ?? "", end: lastOfMonth(y, mo) }
        : unit === "quý" ? quarterRange(y, q)
        : { start: `${y}-01-01`, end: lastOfYear(y) };
      const grain = unit === "tuần" ? "week" : unit === "tháng" ? "month" : unit === "quý" ? "quarter" : "year";
      const certainty = { year: "inferred", month: "inferred" } as const;
      if (cue === "trước") return { kind: "by", end: toIso(addDays(fromIso(span.start) ?? at, -1)), grain, certainty, ruleId: "date.deictic" };
      if (cue === "hết" || cue === "đến hết" || cue === "trước khi kết thúc") return { kind: "by", end: span.end, grain, certainty, ruleId: "date.deictic" };
      if ((cue === "đầu" || cue === "giữa" || cue === "cuối") && unit === "tháng") {
        const r = monthPart(cue, y, mo);
        return r ? { kind: "during", ...r, grain: "tenDays", certainty } : null;
      }
      if ((cue === "đầu" || cue === "giữa" || cue === "cuối") && unit === "quý") {
        const month = (q - 1) * 3 + (cue === "đầu" ? 1 : cue === "giữa" ? 2 : 3);
        return { kind: "during", start: isoDate(y, month, 1) ?? span.start, end: lastOfMonth(y, month), grain: "month", certainty };
      }
      if ((cue === "đầu" || cue === "cuối") && unit === "năm") {
        return cue === "đầu" ? { kind: "during", start: `${y}-01-01`, end: `${y}-03-31`, grain: "quarter", certainty } : { kind: "during", start: `${y}-10-01`, end: lastOfYear(y), grain: "quarter", certainty };
      }
      return { kind: "during", start: span.start, end: span.end, grain, certainty };
    },
    // `kế hoạch năm nay` names a plan, `thời gian tới` no period: only a cue or a time label makes a deadline
    priority: (m, before) => (m[1] ? (COMPLETE.test(before) ? 4 : 3) : FIELD_TIME.test(before) ? 3.5 : -1),
  },
  {
    id: "date.within",
    digits: true,
    hints: ["trong", "sau", "không quá", "chậm nhất"],
    cues: ["trong vòng", "trong thời hạn", "trong thời gian", "chậm nhất sau", "không quá", "chậm nhất", "trong", "sau"],
    cueRequired: true,
    // the longest cue and its space
    reach: 16,
    // eslint-disable-next-line regexp/no-empty-capturing-group, regexp/no-empty-group -- the cue slot, filled from the text before the anchor
    re: /()(\d{1,3})\s+(ngày làm việc|ngày|tuần|tháng)(?:\s+(?:kể từ|tính từ)\s+(?:ngày\s+)?(?:ký|ban hành|nhận được))?/g,
    make(m, ref) {
      if (!ref) return null;
      // `sau 15 ngày` bounds a task only when counted from the notice (`kể từ ngày ký`)
      const cue = m[1] ?? "";
      if (!cue.startsWith("trong") && cue !== "không quá" && !/kể từ|tính từ/u.test(m[0])) return null;
      const n = Number(m[2]);
      const unit = m[3];
      const end = unit === "ngày làm việc" ? addWorkingDays(ref, n) : unit === "ngày" ? addDays(ref, n) : unit === "tuần" ? addDays(ref, n * 7) : addMonths(ref, n);
      return { kind: "within", start: toIso(ref), end: toIso(end), grain: "day", certainty: { day: "inferred", month: "inferred", year: "inferred" } };
    },
    priority: () => 4.5,
  },
  {
    id: "manner.immediate",
    hints: ["ngay"],
    re: /(?:thực hiện|hoàn thành|triển khai|thành lập|xử lý|báo cáo|khắc phục|tổ chức|chỉ đạo|giải quyết|rà soát|ban hành|kiểm tra|làm)\s+ngay(?!\s+(?:từ|cả|tại|sau|khi|trong năm))/g,
    make() {
      return { kind: "immediate", certainty: {} };
    },
    // `hoàn thành ngay` bounds the work more tightly than a year named further on
    priority: (m, before) => (/(?:chưa|không)(?:\s+\p{L}+){0,3}\s*$/u.test(before) ? -1 : /^(?:hoàn thành|xử lý|khắc phục|giải quyết)/u.test(m[0]) ? 3.6 : 2.5),
  },
  {
    id: "manner.asap",
    hints: ["khẩn trương", "kịp thời", "sớm"],
    // `càng ` before `sớm`
    reach: 5,
    re: /(?:khẩn trương|kịp thời|sớm|càng sớm càng tốt)(?![a-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make() {
      return { kind: "asap", certainty: {} };
    },
    priority: () => 0.6,
  },
  {
    id: "manner.ongoing",
    hints: ["thường xuyên", "liên tục"],
    // starts with its hint
    reach: 0,
    re: /(?:thường xuyên|liên tục)(?![a-z\u00c0-\u024f\u1e00-\u1eff])/g,
    make() {
      return { kind: "ongoing", certainty: {} };
    },
    priority: () => 0.5,
  },
];

const WORD = /[\p{L}\d]/u;

// every hint word, grouped by first letter (`t(?:rước|háng|rong|...)`) so that the engine
// tests one letter at each position instead of every word; longest first within a group
function hintPattern(rules: readonly Rule[]): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const h of [...new Set(rules.flatMap((r) => r.hints))].sort((a, b) => b.length - a.length)) {
    byFirst.set(h.charAt(0), [...(byFirst.get(h.charAt(0)) ?? []), h.slice(1)]);
  }
  // literal words only: without the `u` flag the engine scans code units, which is faster; in
  // either case, as the text is read before it is lower-cased
  return new RegExp([...byFirst].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|"), "gi");
}
const ANY_HINT = hintPattern(RULES);
// one bit per hint word (32 at most: a 32-bit mask holds them; the last bit is the sign's, which
// the bitwise operations below read alike), and each rule's words as a mask
const HINT_BIT = new Map<string, number>();
for (const h of new Set(RULES.flatMap((r) => r.hints))) HINT_BIT.set(h, 1 << HINT_BIT.size);
// a programming error, caught by any test run: more words than the mask holds
if (HINT_BIT.size > 32) throw new Error(`deadline rules name ${HINT_BIT.size} hint words; the mask holds 32`);
const RULE_MASK = RULES.map((r) => r.hints.reduce((mask, h) => mask | (HINT_BIT.get(h) ?? 0), 0));
// the rules that can match in a text without a digit
const UNDATED_HINT = hintPattern(RULES.filter((r) => !r.digits));
const DIGIT = /\d/;

// a combining mark means the text may not be NFC (all are in the basic plane: no `u` flag needed)
const COMBINING_MARK = /[\u0300-\u036f]/;
const SYMBOL_HINT = /\d[-/][A-ZĐ]/;

// where each hint word first stands in the text being read (valid for the bits of its mask)
const FIRST_AT = new Int32Array(HINT_BIT.size);

/** The hint words found in `key`, as a mask, each with its first position: one scan. */
function hintsIn(key: string, re: RegExp): number {
  let mask = 0;
  re.lastIndex = 0;
  for (let h = re.exec(key); h; h = re.exec(key)) {
    const bit = HINT_BIT.get(h[0]) ?? HINT_BIT.get(h[0].toLowerCase()) ?? 0;
    if ((mask & bit) === 0) FIRST_AT[31 - Math.clz32(bit)] = h.index;
    mask |= bit;
  }
  return mask;
}

/** Where a rule's scan starts: `reach` before the first of its hint words that the text holds. */
function scanFrom(rule: Rule, ruleMask: number, present: number): number {
  if (rule.reach === undefined) return 0;
  let first = Infinity;
  for (let bits = ruleMask & present; bits !== 0; bits &= bits - 1) {
    first = Math.min(first, FIRST_AT[31 - Math.clz32(bits & -bits)] ?? 0);
  }
  return first === Infinity ? 0 : Math.max(0, first - rule.reach);
}

// `thông qua tại Kỳ họp thứ Mười`, `trước Đại hội Đảng bộ tỉnh`: a session the work is for,
// named without a date
const UNDATED_EVENT = /(?:trước|tại|trình)\s+(?:các\s+)?(?:kỳ họp|phiên họp|hội nghị|đại hội)(?:\s+[^\s.,;:()]+){0,4}/giu;

/**
 * The sessions a text names as what its work is for, without a date (`thông qua tại Kỳ họp thứ
 * Mười`, `trước Đại hội Đảng bộ tỉnh`): not a deadline, as nothing puts them on a calendar, but a
 * reader's mention of one (offsets shifted by `base`).
 *
 * @example
 * ```ts
 * undatedEvents("trình thông qua tại Kỳ họp thứ Mười", 0)[0]?.text; // "tại Kỳ họp thứ Mười"
 * ```
 */
export function undatedEvents(text: string, base: number): Array<{ text: string; span: Span }> {
  const out: Array<{ text: string; span: Span }> = [];
  for (const m of text.matchAll(UNDATED_EVENT)) out.push({ text: m[0], span: { start: base + m.index, end: base + m.index + m[0].length } });
  return out;
}

/**
 * Finds every deadline expression in `text` (offsets shifted by `base`), resolved against the
 * reference date. Dates inside cited documents (`Nghị quyết số 26-NQ/TU, ngày 10/7/2023`) and
 * years that only qualify a noun are left out.
 *
 * @example
 * ```ts
 * findDeadlines("hoàn thành trong quý II/2024", 0, "2024-03-27")[0]?.deadline;
 * // { kind: "during", start: "2024-04-01", end: "2024-06-30", grain: "quarter", ... }
 * ```
 */
export function findDeadlines(text: string, base: number, referenceDate: string | null): DeadlineCandidate[] {
  const nfc = COMBINING_MARK.test(text) ? text.normalize("NFC") : text;
  // most sentences hold no temporal word at all: one scan of the text as it is decides, in
  // either case, before any lower-case copy is made; without a digit only the few rules that
  // need none can match, and a shorter list of words is enough to look for
  const hasDigit = DIGIT.test(nfc);
  const present = hintsIn(nfc, hasDigit ? ANY_HINT : UNDATED_HINT);
  if (present === 0) return [];
  // the temporal words carry no tone that old and new spelling place differently (`hoà`/`hòa`),
  // so a lower-case copy is key enough where it keeps every offset
  const lower = nfc.toLowerCase();
  return findDeadlinesIn(lower.length === text.length ? lower : matchKey(text), text, base, referenceDate, hasDigit, present);
}

function findDeadlinesIn(key: string, text: string, base: number, referenceDate: string | null, hasDigit: boolean, present: number): DeadlineCandidate[] {
  const ref = referenceDate ? refDate(referenceDate) : null;
  // a cited document's symbol has a number, `/` or `-`, then capitals (`26-NQ/TU`, `1234/QĐ-UBND`)
  const refs = SYMBOL_HINT.test(text) ? parseReferences(text).map((r) => r.span) : [];
  const out: DeadlineCandidate[] = [];
  const taken: Span[] = [];
  const overlapsAny = (list: readonly Span[], start: number, end: number): boolean => {
    for (const r of list) if (start < r.end && end > r.start) return true;
    return false;
  };
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i] as Rule;
    const mask = RULE_MASK[i] ?? 0;
    if ((rule.digits && !hasDigit) || (mask & present) === 0) continue;
    const re = rule.re;
    re.lastIndex = scanFrom(rule, mask, present);
    for (let m = re.exec(key); m; m = re.exec(key)) {
      if (m[0].length === 0) re.lastIndex++;
      const lead = m[0].length - m[0].trimStart().length;
      let start = m.index + lead;
      if (rule.cues) {
        // the anchor starts a word; a cue right before it belongs to the match
        if (start > 0 && WORD.test(key[start - 1] ?? "")) continue;
        const cue = cueBefore(key, start, rule.cues);
        if (!cue && rule.cueRequired) continue;
        if (cue) {
          start -= cue.length + 1;
          // the pattern's first group, empty at the anchor, holds the cue for the rule to read
          m[1] = cue;
        }
      }
      const end = m.index + m[0].length;
      if (overlapsAny(refs, start, end) || overlapsAny(taken, start, end)) continue;
      const made = rule.make(m, ref);
      if (!made) continue;
      const priority = rule.priority(m, key.slice(Math.max(0, start - 120), start));
      if (priority < 0) continue;
      taken.push({ start, end });
      // `made` is a fresh object: complete it in place
      const deadline = made as Deadline;
      deadline.text = text.slice(start, end);
      deadline.span = { start: base + start, end: base + end };
      deadline.ruleId ??= rule.id;
      out.push({ deadline, priority });
    }
  }
  return out;
}

/** The cue written right before `at` (`trong ` before `tháng`), standing as a word of its own. */
function cueBefore(key: string, at: number, cues: readonly string[]): string | null {
  for (const c of cues) {
    const from = at - c.length - 1;
    if (from < 0 || key[at - 1] !== " " || !key.startsWith(c, from)) continue;
    if (from > 0 && WORD.test(key[from - 1] ?? "")) continue;
    return c;
  }
  return null;
}

// the reference date of the last call, parsed once: a notice's tasks share it
let lastRef: { iso: string; date: Date | null } | null = null;
function refDate(iso: string): Date | null {
  if (lastRef?.iso !== iso) lastRef = { iso, date: fromIso(iso) };
  // a copy, so that no rule can change the cached date
  return lastRef.date ? new Date(lastRef.date.getTime()) : null;
}

function better(a: DeadlineCandidate, b: DeadlineCandidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return (a.deadline.end ?? "") > (b.deadline.end ?? "");
}

/**
 * The one deadline a phrase or a task's text sets, as {@link attachDeadlines} would choose it
 * (the strongest cue; for two, the final one), or null.
 *
 * @example
 * ```ts
 * resolveDeadline("báo cáo trước Tết Nguyên đán Ất Tỵ", "2024-11-15")?.end; // "2025-01-29"
 * resolveDeadline("hoàn thành trong quý II/2025", "2025-01-10");            // { kind: "during", start: "2025-04-01", end: "2025-06-30", ... }
 * ```
 */
export function resolveDeadline(text: string, referenceDate: string | null): Deadline | null {
  let best: DeadlineCandidate | null = null;
  for (const c of findDeadlines(text, 0, referenceDate)) if (!best || better(c, best)) best = c;
  return best?.deadline ?? null;
}

/**
 * Attaches to each task the one deadline that bounds it (the strongest cue; for two, the
 * final one), resolved against the reference date. Pure; never throws.
 *
 * @example
 * ```ts
 * const tasks = attachDeadlines(extractTasks(doc), doc.text, "2024-03-27");
 * tasks[0]?.deadline?.end;
 * ```
 */
export function attachDeadlines(drafts: TaskDraft[], text: string, referenceDate: string | null): Task[] {
  return drafts.map((d) => {
    let best: DeadlineCandidate | null = null;
    for (const scope of d.deadlineScopes) {
      // a label read before the scope (a table's time column) counts as its context, never as a match
      const label = d.deadlineLabel ?? "";
      for (const c of findDeadlines(label + text.slice(scope.start, scope.end), scope.start - label.length, referenceDate)) {
        if (c.deadline.span.start < scope.start) continue;
        if (!best || better(c, best)) best = c;
      }
    }
    // a task that its own words bound by no date takes the date of the item it sits under
    if ((!best || !DATED.has(best.deadline.kind)) && d.fallbackDeadlineScopes) {
      for (const scope of d.fallbackDeadlineScopes) {
        for (const c of findDeadlines(text.slice(scope.start, scope.end), scope.start, referenceDate)) {
          if (DATED.has(c.deadline.kind) && c.priority >= 3 && (!best || !DATED.has(best.deadline.kind) || better(c, best))) best = c;
        }
      }
    }
    const task: Task = { id: d.id, sectionId: d.sectionId, text: d.text, span: d.span, assignments: d.assignments };
    if (best) task.deadline = best.deadline;
    if (d.deliverable) task.deliverable = d.deliverable;
    return task;
  });
}
