import { describe, expect, it } from "vitest";
import { findDeadlines } from "../src/index.js";

const REF = "2024-03-27";

function best(text: string, ref: string | null = REF) {
  const all = findDeadlines(text, 0, ref);
  all.sort((a, b) => b.priority - a.priority || (b.deadline.end ?? "").localeCompare(a.deadline.end ?? ""));
  const d = all[0]?.deadline;
  return d ? { kind: d.kind, start: d.start, end: d.end } : null;
}

describe("deadlines", () => {
  const cases: Array<[string, { kind: string; start?: string; end?: string } | null]> = [
    ["hoàn thành trước ngày 30/6/2024", { kind: "by", end: "2024-06-30" }],
    ["chậm nhất ngày 30 tháng 6 năm 2024", { kind: "by", end: "2024-06-30" }],
    ["trước ngày 05-01-2025", { kind: "by", end: "2025-01-05" }],
    ["trước 15/4", { kind: "by", end: "2024-04-15" }],
    ["trước 15/2", { kind: "by", end: "2025-02-15" }],
    ["hoàn thành trong tháng 5/2024", { kind: "during", start: "2024-05-01", end: "2024-05-31" }],
    ["trong tháng 5", { kind: "during", start: "2024-05-01", end: "2024-05-31" }],
    ["cuối tháng 4/2024", { kind: "during", start: "2024-04-21", end: "2024-04-30" }],
    ["đầu tháng 7 năm 2024", { kind: "during", start: "2024-07-01", end: "2024-07-10" }],
    ["giữa tháng 2/2025", { kind: "during", start: "2025-02-11", end: "2025-02-20" }],
    ["trong quý II/2024", { kind: "during", start: "2024-04-01", end: "2024-06-30" }],
    ["hoàn thành trong quý 2 năm 2024", { kind: "during", start: "2024-04-01", end: "2024-06-30" }],
    ["trong quý IV", { kind: "during", start: "2024-10-01", end: "2024-12-31" }],
    ["trong 6 tháng đầu năm 2024", { kind: "during", start: "2024-01-01", end: "2024-06-30" }],
    ["hoàn thành trong năm 2024", { kind: "during", start: "2024-01-01", end: "2024-12-31" }],
    ["trong vòng 15 ngày kể từ ngày ký", { kind: "within", start: "2024-03-27", end: "2024-04-11" }],
    ["trong 07 ngày làm việc", { kind: "within", start: "2024-03-27", end: "2024-04-05" }],
    ["thực hiện ngay", { kind: "immediate" }],
    ["báo cáo kết quả hằng tháng", { kind: "recurring", end: "2024-03-31" }],
    ["báo cáo trước ngày 20 hằng tháng", { kind: "recurring", end: "2024-04-20" }],
    ["định kỳ hằng quý", { kind: "recurring", end: "2024-03-31" }],
    ["khẩn trương triển khai", { kind: "asap" }],
    ["thường xuyên kiểm tra", { kind: "ongoing" }],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(best(text)).toEqual({ start: undefined, end: undefined, ...expected });
  });

  const negatives = [
    "theo Nghị quyết số 26-NQ/TU, ngày 10/7/2023 của Tỉnh ủy",
    "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "thực hiện nhiệm vụ năm 2024",
    "tăng 2,7% so với cùng kỳ, thu 1.234 tỷ đồng",
    "đối với những nội dung chưa thể giải quyết ngay",
  ];
  it.each(negatives)("no deadline in: %s", (text) => {
    const found = findDeadlines(text, 0, REF).filter((c) => !["asap", "ongoing"].includes(c.deadline.kind));
    expect(found).toEqual([]);
  });
});
