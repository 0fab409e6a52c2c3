import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NoticeSchema, normalize } from "../src/index.js";
import { makeDocx, makePdf } from "./support/documents.js";

// `npm test` builds first, so the CLI under test is the one users get.
const cli = resolve(__dirname, "../dist/cli.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input });

describe("ketluan CLI", () => {
  it("parse prints a Notice as JSON", () => {
    const out = execFileSync(process.execPath, [cli, "parse", resolve(__dirname, "../examples/demo-notice.txt"), "--json"], { encoding: "utf8" });
    const notice = NoticeSchema.parse(JSON.parse(out));
    expect(notice.meta.symbol?.raw).toBe("128/TB-UBND");
  });
  it("reads standard input and honours --reference-date", () => {
    const r = run(["parse", "-", "--reference-date", "2024-03-01"], "1. Giao Sở Y tế hoàn thành trước 15/4.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks[0].deadline.end).toBe("2024-04-15");
  });
  it("demo prints the task table", () => {
    const r = run(["demo"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Sở Khoa học và Công nghệ");
    expect(r.stdout).toContain("2024-06-30");
  });
  it("exits 1 with one line for unreadable input", () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-cli-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const bin = join(dir, "bin.txt");
    writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
    const brokenDocx = join(dir, "broken.docx");
    writeFileSync(brokenDocx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    for (const f of [empty, bin, join(dir, "missing.txt"), brokenDocx]) {
      const r = run(["parse", f]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
  it("parses Word and PDF files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-cli-docs-"));
    const paragraphs = normalize(readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8")).text.split("\n");
    writeFileSync(join(dir, "tb.docx"), await makeDocx(paragraphs));
    writeFileSync(join(dir, "tb.pdf"), await makePdf(paragraphs, { header: "Thông báo số 128/TB-UBND" }));
    for (const f of ["tb.docx", "tb.pdf"]) {
      const r = run(["parse", join(dir, f), "--json"]);
      expect(r.status).toBe(0);
      const notice = NoticeSchema.parse(JSON.parse(r.stdout));
      expect(notice.tasks).toHaveLength(7);
      expect(notice.diagnostics[0]?.message).toMatch(f.endsWith("pdf") ? /as pdf, \d page/u : /as docx/u);
    }
  });
  it("exits 2 on bad usage", () => {
    expect(run([]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["parse"]).status).toBe(2);
    expect(run(["parse", "x.txt", "--reference-date", "tomorrow"]).status).toBe(2);
    expect(run(["parse", "x.txt", "--format", "xml"]).status).toBe(2);
    expect(run(["matrix"]).status).toBe(2);
    expect(run(["timeline", "x.txt", "--within", "-3"]).status).toBe(2);
  });
  const demo = resolve(__dirname, "../examples/demo-notice.txt");
  const table = (out: string) => out.trim().split("\n");
  it("parse --format annex, csv and ics", () => {
    expect(table(run(["parse", demo, "--format", "annex"]).stdout)[0]).toBe("| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành | Ghi chú |");
    const csv = run(["parse", demo, "--format", "csv", "--bom", "--crlf"]).stdout;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
    expect(run(["parse", demo, "--format", "ics"]).stdout).toMatch(/^BEGIN:VCALENDAR\r\n/u);
  });
  it("matrix and timeline over several files, to a file with -o", () => {
    const m = table(run(["matrix", demo, demo, "--as-of", "2024-06-01"]).stdout);
    expect(m[0]).toContain("128/TB-UBND#2#task_1");
    const dir = mkdtempSync(join(tmpdir(), "ketluan-cli-"));
    const out = join(dir, "t.json");
    expect(run(["timeline", demo, "--as-of", "2024-06-01", "--format", "json", "-o", out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].status).toBe("overdue");
  });
  it("schema prints the JSON Schema of the parse output", () => {
    const schema = JSON.parse(run(["schema"]).stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toContain("tasks");
  });
});
