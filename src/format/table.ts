import type { Notice, Role } from "../model/schema.js";
import { roleNames } from "./tables.js";

function cell(s: string, width: number): string {
  const chars = [...s];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : s;
  return cut + " ".repeat(Math.max(0, width - [...cut].length));
}

function deadlineText(d: Notice["tasks"][number]["deadline"]): string {
  if (!d) return "";
  if (d.kind === "immediate") return "ngay";
  if (d.kind === "asap") return "khẩn trương";
  if (d.kind === "ongoing") return "thường xuyên";
  if (d.start && d.end && d.start !== d.end) return `${d.start}..${d.end}`;
  return d.end ?? d.text;
}

/**
 * Renders a notice's tasks as a plain-text table (task, lead, support, deadline), as
 * `ketluan demo` prints it.
 *
 * @example
 * ```ts
 * console.log(renderTaskTable(parseNotice(text), { width: 100 }));
 * ```
 */
export function renderTaskTable(notice: Notice, options: { width?: number } = {}): string {
  const width = Math.max(60, options.width ?? 120);
  const w = { n: 3, lead: Math.floor(width * 0.22), support: Math.floor(width * 0.18), deadline: 22 };
  const taskW = width - w.n - w.lead - w.support - w.deadline - 8;
  const rows = [[cell("#", w.n), cell("Nhiệm vụ", taskW), cell("Chủ trì", w.lead), cell("Phối hợp", w.support), cell("Thời hạn", w.deadline)].join("  ")];
  rows.push("-".repeat(width));
  notice.tasks.forEach((t, k) => {
    const names = (role: Role) => roleNames(t, role);
    const lead = names("lead") || (names("monitor") ? `(theo dõi) ${names("monitor")}` : "");
    rows.push([cell(String(k + 1), w.n), cell(t.text.replace(/\s+/gu, " "), taskW), cell(lead, w.lead), cell(names("support"), w.support), cell(deadlineText(t.deadline), w.deadline)].join("  "));
  });
  return rows.map((r) => r.trimEnd()).join("\n");
}
