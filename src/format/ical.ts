import { addDays } from "date-fns";
import { fromIso, toIso } from "../deadlines/calendar.js";
import type { TimelineEntry } from "../matrix/index.js";

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = { stamp: "2024-06-01", name: "Nhiệm vụ tháng 6" };
 * ```
 */
export interface ICalendarOptions {
  /** `YYYY-MM-DD` written as each event's DTSTAMP; a fixed day keeps the output the same run after run. */
  stamp?: string;
  /** The calendar's name (`X-WR-CALNAME`). */
  name?: string;
}

const escape = (s: string): string => s.replaceAll("\\", "\\\\").replaceAll(";", "\\;").replaceAll(",", "\\,").replace(/\r?\n/gu, "\\n");
const compact = (iso: string): string => iso.replaceAll("-", "");

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = "";
  let bytes = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = "";
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per dated deadline: the task as the
 * summary, its lead in the description, a UID that stays the same for the same task.
 *
 * @example
 * ```ts
 * const ics = toICalendar(timeline(parseNotice(text)), { stamp: "2024-06-01" });
 * ```
 */
export function toICalendar(entries: readonly TimelineEntry[], options: ICalendarOptions = {}): string {
  const stamp = `${compact(options.stamp ?? "1970-01-01")}T000000Z`;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ketluan//NONSGML ketluan//VI", "CALSCALE:GREGORIAN"];
  if (options.name) lines.push(`X-WR-CALNAME:${escape(options.name)}`);
  for (const e of entries) {
    const end = e.due ?? e.deadline?.end;
    const day = end ? fromIso(end) : null;
    if (!end || !day) continue;
    const text = e.text.replace(/\s+/gu, " ").trim();
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.key.replace(/[^\p{L}\d#._-]+/gu, "-")}@ketluan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(end)}`,
      `DTEND;VALUE=DATE:${compact(toIso(addDays(day, 1)))}`,
      `SUMMARY:${escape(text.length > 120 ? `${text.slice(0, 119)}…` : text)}`,
      `DESCRIPTION:${escape(`${e.leads.length ? `Chủ trì: ${e.leads.join("; ")}\n` : ""}${e.noticeId}\n${text}`)}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
