import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NoticeSchema, parseNotice } from "../src/index.js";

const demo = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");

describe("parseNotice on the demo notice", () => {
  const n = parseNotice(demo);
  const rows = n.tasks.map((t) => ({
    lead: t.assignments.filter((a) => a.role === "lead").map((a) => a.party.name),
    support: t.assignments.filter((a) => a.role === "support").map((a) => a.party.name),
    monitor: t.assignments.filter((a) => a.role === "monitor").map((a) => a.party.name),
    reportTo: t.assignments.filter((a) => a.role === "reportTo").map((a) => a.party.name),
    deadline: t.deadline ? [t.deadline.kind, t.deadline.end ?? null] : null,
  }));
  it("reads the metadata", () => {
    expect(n.meta.symbol?.raw).toBe("128/TB-UBND");
    expect(n.meta.issuedOn).toBe("2024-05-06");
    expect(n.meta.signature?.name).toBe("Lê Thị Thu Hà");
    expect(n.meta.meeting?.date).toBe("2024-05-03");
  });
  it("finds the tasks with roles and deadlines", () => {
    expect(rows).toEqual([
      { lead: ["Sở Khoa học và Công nghệ"], support: ["Sở Tài chính"], monitor: [], reportTo: ["Ủy ban nhân dân tỉnh"], deadline: ["by", "2024-06-30"] },
      { lead: ["Sở Nội vụ"], support: [], monitor: [], reportTo: [], deadline: ["during", "2024-05-31"] },
      { lead: ["Văn phòng Ủy ban nhân dân tỉnh"], support: [], monitor: [], reportTo: ["Chủ tịch Ủy ban nhân dân tỉnh"], deadline: ["recurring", "2024-05-31"] },
      { lead: ["Ủy ban nhân dân các huyện, thành phố"], support: [], monitor: [], reportTo: [], deadline: ["immediate", null] },
      { lead: ["Ủy ban nhân dân các huyện, thành phố"], support: [], monitor: [], reportTo: [], deadline: ["during", "2024-09-30"] },
      { lead: ["Sở Tài chính", "Sở Xây dựng"], support: [], monitor: [], reportTo: ["Ủy ban nhân dân tỉnh"], deadline: ["within", "2024-05-21"] },
      { lead: [], support: [], monitor: ["Văn phòng Ủy ban nhân dân tỉnh"], reportTo: [], deadline: null },
    ]);
  });
  it("marks inherited assignees and gives spans that slice to the names", () => {
    const inherited = n.tasks[3]?.assignments[0];
    expect(inherited?.inherited).toBe(true);
    const own = n.tasks[0]?.assignments[0];
    expect(own?.span && demo.length > 0).toBeTruthy();
    const norm = n.tasks[0]!.text;
    expect(norm.startsWith("Sở Khoa học và Công nghệ")).toBe(true);
  });
  it("validates against NoticeSchema", () => {
    expect(NoticeSchema.safeParse(n).success).toBe(true);
  });
  it("is deterministic", () => {
    expect(JSON.stringify(parseNotice(demo))).toBe(JSON.stringify(n));
  });
});

describe("parseNotice never throws", () => {
  const inputs = ["", " ", "\u0000\u0001", "1.", "a)", "|||", "Số:", "ngày tháng năm", "Giao", "trước ngày 31/2/2024", "(".repeat(5000), "1.".repeat(3000), "- ".repeat(3000), "\ud800", "quý ".repeat(2000)];
  it.each(inputs.map((s) => [s.slice(0, 20), s]))("%j", (_l, s) => {
    const n = parseNotice(s as string);
    expect(NoticeSchema.safeParse(n).success).toBe(true);
  });
  it("reports a bad reference date as a diagnostic", () => {
    const n = parseNotice("1. Giao Sở Y tế rà soát.", { referenceDate: "2024-13-01" });
    expect(n.diagnostics.map((d) => d.code)).toContain("options.referenceDate");
  });
});
