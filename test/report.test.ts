// The HTML report, read as text: its figures against the model, self-containment, escaping.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseNotice, renderReport, timeline } from "../src/index.js";

const demo = parseNotice(readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8"));
const AS_OF = "2024-06-20";
const stat = (html: string, key: string): number => Number(new RegExp(`data-stat="${key}">(\\d+)<`, "u").exec(html)?.[1] ?? NaN);
const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] ?? "");

describe("renderReport", () => {
  const html = renderReport(demo, { asOf: AS_OF });

  it("shows the demo notice's figures as of 20/6/2024 (checked by hand)", () => {
    // overdue: 2.2 (May 2024) and 2.4 (15 days from 6/5); due soon: 2.1 (30/6) and the monthly report (next: 30/6)
    expect([stat(html, "notices"), stat(html, "tasks"), stat(html, "dated"), stat(html, "overdue"), stat(html, "dueSoon"), stat(html, "undated")]).toEqual([1, 7, 5, 2, 2, 2]);
  });

  it("agrees with the timeline of the model", () => {
    const entries = timeline(demo, { asOf: AS_OF });
    for (const s of ["overdue", "dueSoon", "later"] as const) {
      expect(all(html, new RegExp(`class="mark ${s}"`, "gu"))).toHaveLength(entries.filter((e) => e.status === s).length);
    }
    expect(all(html, /<li data-status="undated">/gu)).toHaveLength(entries.filter((e) => e.status === "undated").length);
    expect(all(html, /<li class="task" /gu)).toHaveLength(demo.tasks.length);
  });

  it("links every mark of the chart and of the undated list to a task in place", () => {
    const ids = new Set(all(html, / id="([^"]+)"/gu));
    const hrefs = all(html, /href="#(t-[^"]+)"/gu);
    expect(hrefs).toHaveLength(demo.tasks.length);
    for (const h of hrefs) expect(ids.has(h)).toBe(true);
    // ids are unique
    expect(all(html, / id="([^"]+)"/gu).length).toBe(ids.size);
  });

  it("needs nothing from the network", () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(|https?:\/\//iu);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/u);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain("@page{size:A4");
  });

  it("gives the heat map one row per party, the leads' counts in place", () => {
    const rows = all(html, /<tr data-party="([^"]+)">/gu);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const row = /<tr data-party="[^"]*"><th scope="row">Sở Tài chính<\/th>(.*?)<\/tr>/u.exec(html)?.[1] ?? "";
    expect(/data-role="lead" data-value="(\d+)"/u.exec(row)?.[1]).toBe("1");
    expect(/data-role="support" data-value="(\d+)"/u.exec(row)?.[1]).toBe("1");
    expect(/data-role="overdue" data-value="(\d+)"/u.exec(row)?.[1]).toBe("1");
  });

  it("escapes the document's text", () => {
    const n = parseNotice("1. Giao Sở <Y tế> & \"Sở\" Tài chính chủ trì rà soát <script>alert(1)</script>, hoàn thành trước ngày 30/6/2024.", { referenceDate: "2024-01-02" });
    const out = renderReport(n, { asOf: "2024-06-01" });
    expect(out).not.toContain("<script>alert");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;Y tế&gt; &amp; &quot;Sở&quot;");
  });

  it("numbers the tasks of several notices apart and counts them all", () => {
    const two = renderReport([{ id: "A", notice: demo }, { id: "B", notice: demo }], { asOf: AS_OF, title: "Hai văn bản" });
    expect(stat(two, "notices")).toBe(2);
    expect(stat(two, "tasks")).toBe(14);
    expect(two).toContain("<title>Hai văn bản</title>");
    expect(two).toContain('<span class="tid">2.7.</span>');
    const ids = all(two, / id="([^"]+)"/gu);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("renders an empty notice, and a report without a date counts nothing overdue", () => {
    const empty = renderReport(parseNotice(""));
    expect(stat(empty, "tasks")).toBe(0);
    expect(empty).toContain("Không có nhiệm vụ nào có thời hạn cụ thể.");
    expect(empty).toContain("Không có đơn vị nào được giao nhiệm vụ.");
    expect(stat(renderReport(demo), "overdue")).toBe(0);
  });
});
