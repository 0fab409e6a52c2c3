// Matrix, timeline, plan annex and the export formats, on the demo notice (hand-checked rows).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { annexRows, matrixRows, parseNotice, responsibilityMatrix, timeline, timelineRows, toCsv, toICalendar, toMarkdownTable } from "../src/index.js";

const demo = parseNotice(readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8"));
const AS_OF = "2024-06-01";

describe("responsibilityMatrix", () => {
  const m = responsibilityMatrix(demo, { asOf: AS_OF });
  it("has one row per party with its roles and counts", () => {
    expect(m.parties.map((p) => [p.name, p.counts.lead, p.counts.support, p.counts.monitor, p.counts.reportTo, p.dueSoon, p.overdue])).toEqual([
      ["Ủy ban nhân dân các huyện, thành phố", 2, 0, 0, 0, 0, 0],
      ["Sở Tài chính", 1, 1, 0, 0, 0, 1],
      ["Sở Khoa học và Công nghệ", 1, 0, 0, 0, 0, 0],
      ["Sở Nội vụ", 1, 0, 0, 0, 0, 1],
      ["Sở Xây dựng", 1, 0, 0, 0, 0, 1],
      ["Văn phòng Ủy ban nhân dân tỉnh", 1, 0, 1, 0, 0, 0],
      ["Chủ tịch Ủy ban nhân dân tỉnh", 0, 0, 0, 1, 0, 0],
      ["Ủy ban nhân dân tỉnh", 0, 0, 0, 2, 0, 0],
    ]);
    expect(m.parties[1]?.roles["128/TB-UBND#task_1"]).toEqual(["support"]);
    expect(m.tasks).toHaveLength(7);
  });
  it("merges a party across notices and filters by party, role and date", () => {
    const two = responsibilityMatrix([demo, demo], { asOf: AS_OF });
    expect(two.tasks.map((t) => t.key).slice(6, 8)).toEqual(["128/TB-UBND#task_7", "128/TB-UBND#2#task_1"]);
    expect(two.parties.find((p) => p.name === "Sở Tài chính")?.counts.lead).toBe(2);
    const leadsOnly = responsibilityMatrix(demo, { roles: ["lead"], parties: ["Sở Tài chính"] });
    expect(leadsOnly.parties.map((p) => p.name)).toEqual(["Sở Tài chính"]);
    expect(leadsOnly.tasks.map((t) => t.taskId)).toEqual(["task_6"]);
    expect(responsibilityMatrix(demo, { from: "2024-06-01", to: "2024-12-31" }).tasks.map((t) => t.taskId)).toEqual(["task_1", "task_5"]);
  });
  it("merges a body named with and without the issuer's place, and keeps other places apart", () => {
    const head = "ỦY BAN NHÂN DÂN\nTỈNH SƠN NAM\nSố: 9/TB-UBND\nSơn Nam, ngày 2 tháng 5 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n";
    const one = parseNotice(`${head}1. Giao Ủy ban nhân dân tỉnh Sơn Nam rà soát quy hoạch.\n2. UBND tỉnh Hải Vân phối hợp cung cấp số liệu.`);
    const two = parseNotice(`${head.replace("9/TB", "10/TB")}1. Giao UBND tỉnh chỉ đạo các sở rà soát.`);
    const names = responsibilityMatrix([one, two]).parties.map((p) => [p.name, p.counts.lead + p.counts.support]);
    expect(names).toEqual([["Ủy ban nhân dân tỉnh Sơn Nam", 2], ["UBND tỉnh Hải Vân", 1]]);
  });
  it("renders as rows", () => {
    const rows = matrixRows(m);
    expect(rows[0]?.slice(0, 2)).toEqual(["Cơ quan, đơn vị", "128/TB-UBND#task_1"]);
    expect(rows[2]?.slice(0, 2)).toEqual(["Sở Tài chính", "Phối hợp"]);
  });
});

describe("timeline", () => {
  it("orders tasks by due date with their status; recurring ones by their next occurrence", () => {
    expect(timeline(demo, { asOf: AS_OF }).map((e) => [e.taskId, e.due, e.status])).toEqual([
      ["task_6", "2024-05-21", "overdue"],
      ["task_2", "2024-05-31", "overdue"],
      ["task_1", "2024-06-30", "later"],
      ["task_3", "2024-06-30", "later"],
      ["task_5", "2024-09-30", "later"],
      ["task_4", null, "undated"],
      ["task_7", null, "undated"],
    ]);
    expect(timeline(demo, { asOf: "2024-06-20" }).find((e) => e.taskId === "task_1")?.status).toBe("dueSoon");
  });
  it("renders as rows in Vietnamese", () => {
    expect(timelineRows(timeline(demo, { asOf: AS_OF }))[1]).toEqual(["2024-05-21", "Quá hạn", "128/TB-UBND", expect.stringMatching(/^Sở Tài chính, Xây dựng bố trí/u), "Sở Tài chính; Sở Xây dựng", "6/5/2024 - 21/5/2024"]);
  });
});

describe("plan annex", () => {
  it("has the columns offices use, one row per task", () => {
    const rows = annexRows(demo);
    expect(rows[0]).toEqual(["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Ghi chú"]);
    expect(rows[1]?.slice(2)).toEqual(["Sở Khoa học và Công nghệ", "Sở Tài chính", "30/6/2024", "Báo cáo: Ủy ban nhân dân tỉnh; Sản phẩm: dự thảo Đề án nền tảng dữ liệu dùng chung của tỉnh"]);
    expect(rows[4]?.[4]).toBe("Ngay");
    expect(rows[7]?.slice(2, 6)).toEqual(["", "", "", "Theo dõi, đôn đốc: Văn phòng Ủy ban nhân dân tỉnh"]);
    expect(toMarkdownTable(rows).split("\n")[1]).toBe("| --- | --- | --- | --- | --- | --- |");
  });
});

describe("CSV and Markdown", () => {
  const rows = [["a", "b, c"], ['say "hi"', "line\nbreak"], ["Ủy ban", ""]];
  it("quotes per RFC 4180", () => {
    expect(toCsv(rows)).toBe('a,"b, c"\n"say ""hi""","line\nbreak"\nỦy ban,\n');
  });
  it("writes a BOM and CRLF for Excel when asked", () => {
    const out = toCsv(rows, { bom: true, crlf: true });
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.endsWith("\r\n")).toBe(true);
    expect(out.split("\r\n")).toHaveLength(4);
  });
  it("escapes pipes in Markdown cells", () => {
    expect(toMarkdownTable([["x"], ["a|b"]])).toBe("| x |\n| --- |\n| a\\|b |\n");
  });
});

describe("iCalendar", () => {
  const ics = toICalendar(timeline(demo, { asOf: AS_OF }), { stamp: "2024-06-01", name: "Nhiệm vụ" });
  it("parses back: one all-day event per dated deadline, stable UIDs, the lead in the description", () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ["128-TB-UBND#task_6@ketluan", "2024-05-21", true],
      ["128-TB-UBND#task_2@ketluan", "2024-05-31", true],
      ["128-TB-UBND#task_1@ketluan", "2024-06-30", true],
      ["128-TB-UBND#task_3@ketluan", "2024-06-30", true],
      ["128-TB-UBND#task_5@ketluan", "2024-09-30", true],
    ]);
    expect(events[2]?.description).toContain("Chủ trì: Sở Khoa học và Công nghệ");
    expect(events[0]?.summary).toMatch(/^Sở Tài chính, Xây dựng/u);
    expect(toICalendar(timeline(demo, { asOf: AS_OF }), { stamp: "2024-06-01", name: "Nhiệm vụ" })).toBe(ics);
  });
  it("folds long lines at 75 octets with CRLF", () => {
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("the shipped JSON Schema", () => {
  const schemaPath = resolve(__dirname, "../dist/notice.schema.json");
  const corpus = resolve(__dirname, "../../shared/corpus/dev");
  it("validates what the CLI prints for every dev notice (and the demo)", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
    const files = [resolve(__dirname, "../examples/demo-notice.txt"), ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => resolve(corpus, f)) : [])];
    for (const f of files) {
      const out = JSON.parse(execFileSync(process.execPath, [resolve(__dirname, "../dist/cli.js"), "parse", f], { encoding: "utf8" })) as unknown;
      expect(validate(out), `${f}: ${JSON.stringify(validate.errors?.[0])}`).toBe(true);
    }
    expect(validate({ schemaVersion: "0.1.0" })).toBe(false);
  });
});
