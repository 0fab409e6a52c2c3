import type { Deadline, Notice, Role } from "../model/schema.js";
import type { DueStatus, ResponsibilityMatrix, TimelineEntry } from "../matrix/index.js";

// the words every table and the report use for roles and statuses (internal: not in the package index)
export const ROLE_LABEL: Readonly<Record<Role, string>> = { lead: "Chủ trì", support: "Phối hợp", oversee: "Lãnh đạo, chỉ đạo", monitor: "Theo dõi, đôn đốc", reportTo: "Báo cáo" };
/** A day as an office writes it (`30/6/2024`): the tables and the report alike (internal). */
export function vnDate(iso: string): string {
  const [y, m, day] = iso.split("-");
  return `${Number(day)}/${Number(m)}/${y}`;
}
export const STATUS_LABEL: Readonly<Record<DueStatus, string>> = { overdue: "Quá hạn", dueSoon: "Sắp đến hạn", later: "Còn hạn", undated: "Không thời hạn" };

/**
 * A deadline as an office writes it in a tracking sheet: `30/6/2024`, `01/4/2024 - 30/6/2024`,
 * `Ngay`, `Khẩn trương`, `Thường xuyên`, `Hằng tháng (31/5/2024)`.
 *
 * @example
 * ```ts
 * deadlineLabel({ kind: "by", end: "2024-06-30", text: "trước ngày 30/6/2024", span: { start: 0, end: 20 }, certainty: {}, ruleId: "date.byNumeric" }); // "30/6/2024"
 * ```
 */
export function deadlineLabel(d: Deadline | null | undefined): string {
  if (!d) return "";
  if (d.kind === "immediate") return "Ngay";
  if (d.kind === "asap") return "Khẩn trương";
  if (d.kind === "ongoing") return "Thường xuyên";
  if (d.kind === "recurring" && d.end) return `${{ week: "Hằng tuần", month: "Hằng tháng", quarter: "Hằng quý", half: "6 tháng", year: "Hằng năm" }[d.period ?? "month"]} (${vnDate(d.end)})`;
  if (d.start && d.end && d.start !== d.end) return `${vnDate(d.start)} - ${vnDate(d.end)}`;
  return d.end ? `${vnDate(d.end)}${d.time ? ` ${d.time}` : ""}` : d.text;
}

/** The names of a task's parties in one role, as a tracking sheet's cell: `Sở Tài chính; Sở Xây dựng`. */
export function roleNames(t: Notice["tasks"][number], role: Role): string {
  return t.assignments.filter((a) => a.role === role).map((a) => a.party.name).join("; ");
}

/**
 * The plan annex an office attaches to a plan or tracking sheet: STT | Nhiệm vụ | Chủ trì |
 * Phối hợp | Thời gian hoàn thành | Ghi chú (monitoring and reporting duties, the product).
 *
 * @example
 * ```ts
 * toMarkdownTable(annexRows(parseNotice(text)));
 * ```
 */
export function annexRows(notice: Notice): string[][] {
  const rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Ghi chú"]];
  notice.tasks.forEach((t, i) => {
    const notes = [
      roleNames(t, "oversee") && `Lãnh đạo, chỉ đạo: ${roleNames(t, "oversee")}`,
      roleNames(t, "monitor") && `Theo dõi, đôn đốc: ${roleNames(t, "monitor")}`,
      roleNames(t, "reportTo") && `Báo cáo: ${roleNames(t, "reportTo")}`,
      t.deliverable && `Sản phẩm: ${t.deliverable.text}`,
    ].filter(Boolean);
    rows.push([String(i + 1), t.text.replace(/\s+/gu, " ").trim(), roleNames(t, "lead"), roleNames(t, "support"), deadlineLabel(t.deadline), notes.join("; ")]);
  });
  return rows;
}

/**
 * The matrix as rows: one per party, one column per task (the roles it plays there), then the
 * summary columns.
 *
 * @example
 * ```ts
 * toCsv(matrixRows(responsibilityMatrix(notices, { asOf: "2024-06-01" })), { bom: true, crlf: true });
 * ```
 */
export function matrixRows(m: ResponsibilityMatrix): string[][] {
  const head = ["Cơ quan, đơn vị", ...m.tasks.map((t) => t.key), "Chủ trì", "Phối hợp", "Lãnh đạo, chỉ đạo", "Theo dõi", "Báo cáo", "Sắp đến hạn", "Quá hạn"];
  const body = m.parties.map((p) => [
    p.name,
    ...m.tasks.map((t) => (p.roles[t.key] ?? []).map((r) => ROLE_LABEL[r]).join(", ")),
    String(p.counts.lead), String(p.counts.support), String(p.counts.oversee), String(p.counts.monitor), String(p.counts.reportTo),
    String(p.dueSoon), String(p.overdue),
  ]);
  return [head, ...body];
}

/**
 * The timeline as rows: due date, status, notice, task, leads, deadline as written.
 *
 * @example
 * ```ts
 * toMarkdownTable(timelineRows(timeline(notice, { asOf: "2024-06-01" })));
 * ```
 */
export function timelineRows(entries: readonly TimelineEntry[]): string[][] {
  return [
    ["Hạn", "Tình trạng", "Văn bản", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
    ...entries.map((e) => [e.due ?? "", STATUS_LABEL[e.status], e.noticeId, e.text.replace(/\s+/gu, " ").trim(), e.leads.join("; "), deadlineLabel(e.deadline)]),
  ];
}
