import type { Notice, Reference, Span, Task, TemporalMention, TemporalRole } from "../model/schema.js";
import { wordStartMatch } from "../lexicon/text.js";
import { isoDate, lastOfMonth, lastOfYear, quarterNumber, quarterRange } from "./calendar.js";
import { undatedEvents } from "./index.js";


// dates and periods as a reader spots them, at a word start (see wordStartMatch); the role comes from where they stand
const MENTION = /(?:(?:giai đoạn|thời kỳ|nhiệm kỳ) (\d{4}) ?[-–] ?(\d{4})|(?:tầm nhìn )?đến năm (\d{4})|[nN]gày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|[qQ]uý (IV|III|II|[I1-4])(?:[/-](\d{4})| năm (\d{4}))?|tháng (\d{1,2})[/-](\d{4})|[nN]ăm (\d{4}))(?![\p{L}\d])/gu;
const PAST = /(?:vừa qua|đã qua|qua)$|^(?: vừa qua| qua| đã qua)/u;
const REVIEW_BEFORE = /(?:kết quả|tình hình|so với|cùng kỳ|trong|đã|đạt|thực hiện)[^.;]{0,24}$/u;

const inside = (a: Span, b: Span): boolean => b.start <= a.start && a.end <= b.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Every date and period named in the body, each with its role: the deadline of a task, the
 * date of a cited document, the meeting, the issue date, a period under review, a year that
 * qualifies a noun, a planning horizon. Pure.
 *
 * @example
 * ```ts
 * const n = parseNotice(text);
 * temporalMentions(n.meta, normalize(text).text, n.tasks, n.references).filter((m) => m.role === "horizon");
 * ```
 */
export function temporalMentions(meta: Notice["meta"], text: string, tasks: readonly Task[], references: readonly Reference[], body: Span): TemporalMention[] {
  const out: TemporalMention[] = [];
  const ref = meta.referenceDate;
  const slice = text.slice(body.start, body.end);
  for (let m = wordStartMatch(MENTION, slice); m; m = wordStartMatch(MENTION, slice, m.index + m[0].length)) {
    const span = { start: body.start + m.index, end: body.start + m.index + m[0].length };
    let start: string | null = null;
    let end: string | null = null;
    let role: TemporalRole = "other";
    if (m[1] && m[2]) {
      [start, end, role] = [`${m[1]}-01-01`, lastOfYear(Number(m[2])), "horizon"];
    } else if (m[3]) {
      [end, role] = [lastOfYear(Number(m[3])), "horizon"];
    } else if (m[4] || m[7]) {
      start = end = isoDate(Number(m[6] ?? m[9]), Number(m[5] ?? m[8]), Number(m[4] ?? m[7]));
    } else if (m[13] && m[14]) {
      start = isoDate(Number(m[14]), Number(m[13]), 1);
      end = lastOfMonth(Number(m[14]), Number(m[13]));
    } else if (m[10]) {
      const q = quarterNumber(m[10]);
      const y = Number(m[11] ?? m[12] ?? ref?.slice(0, 4) ?? 0);
      if (q && y) ({ start, end } = quarterRange(y, q));
    } else if (m[15]) {
      const y = Number(m[15]);
      [start, end] = [`${y}-01-01`, lastOfYear(y)];
    }
    const task = tasks.find((t) => t.deadline && overlaps(t.deadline.span, span));
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 10);
    if (task) role = "deadline";
    else if (references.some((r) => inside(span, r.span))) role = "citedDocument";
    else if (meta.meeting?.span && inside(span, meta.meeting.span) && start === meta.meeting.date) role = "meeting";
    else if (role !== "horizon") {
      const past = (end ?? start) !== null && ref !== null && (end ?? start)! < ref;
      if (PAST.test(after) || (past && REVIEW_BEFORE.test(before))) role = "reviewPeriod";
      else if (m[15] && /\p{L}$/u.test(before.trimEnd()) && !/(?:trong|trước|đến hết|hết|cuối|đầu|giữa)$/u.test(before.trimEnd())) role = "qualifier";
      else if (past) role = "reviewPeriod";
    }
    out.push({ role, text: m[0], start, end, span, taskId: task?.id ?? null });
  }
  // deadlines the pattern above does not spell (`trước Tết`, `hằng tháng`) are mentions too; and
  // a task bounded by no date may name the session its work is for (`tại Kỳ họp thứ Mười`)
  for (const t of tasks) {
    const d = t.deadline;
    if (d?.end && !out.some((o) => overlaps(o.span, d.span))) out.push({ role: "deadline", text: d.text, start: d.start ?? null, end: d.end, span: d.span, taskId: t.id });
    if (d) continue;
    for (const e of undatedEvents(t.text, t.span.start)) {
      if (!out.some((o) => overlaps(o.span, e.span))) out.push({ role: "deadline", text: e.text, start: null, end: null, span: e.span, taskId: t.id });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
