// In a real browser (Debian's Chromium driven by playwright-core): the report a person opens and
// the playground, their figures checked against the model. Screenshots go to
// test-results/screenshots/. `.ci/run` installs Chromium and sets KETLUAN_BROWSER_TESTS=1, which
// makes a missing browser a failure rather than a skip.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalize, parseNotice, renderReport, timeline } from "../src/index.js";
import { makeDocx } from "./support/documents.js";

const CHROMIUM = process.env.KETLUAN_CHROMIUM ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const shots = resolve(__dirname, "../test-results/screenshots");
const demoText = readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8");
const AS_OF = "2024-06-20";

describe.runIf(process.env.KETLUAN_BROWSER_TESTS === "1")("browser tests are required here", () => {
  it(`finds Chromium at ${CHROMIUM}`, () => {
    expect(present).toBe(true);
  });
});

describe.skipIf(!present)("in Chromium", () => {
  let browser: Browser;
  const errors: string[] = [];
  const open = async (url: string, width = 1200): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    // the flags keep Chromium off the network, which this machine closes
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("the report shows the model's counts and dates, links the chart to the tasks, sorts the heat map, prints on A4", async () => {
    const notice = parseNotice(demoText);
    const entries = timeline(notice, { asOf: AS_OF });
    const dir = mkdtempSync(join(tmpdir(), "ketluan-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(notice, { asOf: AS_OF }));
    const page = await open(pathToFileURL(file).href);

    const stat = async (key: string): Promise<number> => Number(await page.locator(`[data-stat="${key}"]`).textContent());
    expect(await stat("tasks")).toBe(notice.tasks.length);
    expect(await stat("overdue")).toBe(entries.filter((e) => e.status === "overdue").length);
    expect(await stat("dueSoon")).toBe(entries.filter((e) => e.status === "dueSoon").length);
    expect(await stat("undated")).toBe(entries.filter((e) => e.due === null).length);
    expect(await page.locator("li.task").count()).toBe(notice.tasks.length);
    expect(await page.locator("svg.chart a.mark").count()).toBe(entries.filter((e) => e.due !== null).length);
    // the dates shown are the model's
    const dues = await page.locator("svg.chart a.mark").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-due")));
    expect(dues).toEqual(entries.filter((e) => e.due !== null).map((e) => e.due));
    expect(await page.locator("li.task").first().locator(".due").textContent()).toContain("30/6/2024");
    // Vietnamese text arrives intact and takes room on the page
    expect(await page.locator("h1").textContent()).toBe("Báo cáo theo dõi nhiệm vụ");
    expect((await page.locator("h1").boundingBox())?.width ?? 0).toBeGreaterThan(100);

    // a mark of the chart leads to its task
    const first = page.locator("svg.chart a.mark").first();
    const href = await first.getAttribute("href");
    await first.locator("circle, rect").first().click();
    expect(await page.evaluate("location.hash")).toBe(href);
    expect(await page.locator(`li.task${href}`).isVisible()).toBe(true);

    // the heat map sorts by the column clicked
    const totals = async (): Promise<number[]> => page.locator('table.heat td[data-role="total"]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-value"))));
    await page.locator('table.heat th[data-key="total"] button').click();
    const down = await totals();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.locator('table.heat th[data-key="total"] button').click();
    const up = await totals();
    expect(up).toEqual([...up].sort((a, b) => a - b));

    await page.screenshot({ path: join(shots, "report-desktop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // on a phone the page does not scroll sideways; wide parts scroll in their own box
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(shots, "report-phone.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", path: join(shots, "report-a4.pdf") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it("the playground parses a pasted notice and a dropped .docx, and shows their tasks", async () => {
    const { buildPlayground } = (await import(pathToFileURL(resolve(__dirname, "../scripts/build-playground.mjs")).href)) as { buildPlayground(out: string): Promise<string[]> };
    const dir = mkdtempSync(join(tmpdir(), "ketluan-playground-"));
    const [index] = await buildPlayground(dir);
    const page = await open(pathToFileURL(index ?? "").href, 1280);

    // a notice pasted as text
    const pasted = `THÔNG BÁO
Kết luận của Giám đốc Sở Xây dựng tại cuộc họp giao ban tháng 10 năm 2025

1. Giao Phòng Quản lý xây dựng chủ trì, phối hợp với Thanh tra Sở rà soát các công trình chậm tiến độ, báo cáo Giám đốc Sở trước ngày 15/11/2025.
2. Giao Văn phòng Sở tổng hợp kết quả thực hiện, báo cáo hằng tháng.
3. Trung tâm Kiểm định chất lượng xây dựng khẩn trương hoàn thiện quy trình kiểm định.`;
    await page.fill("#text", pasted);
    await page.fill("#asof", "2025-11-10");
    await page.click("#parse");
    await page.waitForSelector("#status[data-tasks]");
    const model = parseNotice(pasted);
    expect(model.tasks.length).toBe(3);
    expect(await page.locator("#status").getAttribute("data-tasks")).toBe(String(model.tasks.length));
    const report = page.frameLocator("#report");
    // the frame loads its new document after the status is set
    await report.locator("li.task").nth(model.tasks.length - 1).waitFor();
    expect(await report.locator("li.task").count()).toBe(model.tasks.length);
    expect(await report.locator('[data-stat="dueSoon"]').textContent()).toBe("1");
    expect(await report.locator("li.task").first().textContent()).toContain("Phòng Quản lý xây dựng");
    await page.screenshot({ path: join(shots, "playground-pasted.png") });

    // a Word file chosen in the file field (what a drop hands over too)
    const docx = join(dir, "tb.docx");
    writeFileSync(docx, await makeDocx(normalize(demoText).text.split("\n")));
    await page.setInputFiles("#file", docx);
    await page.waitForFunction('document.querySelector("#status")?.getAttribute("data-tasks") === "7"');
    await report.locator("li.task").nth(6).waitFor();
    expect(await report.locator("li.task").count()).toBe(parseNotice(demoText).tasks.length);
    expect(await report.locator('[data-stat="tasks"]').textContent()).toBe("7");
    await page.screenshot({ path: join(shots, "playground-docx.png") });
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
