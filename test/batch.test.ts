// `ketluan batch`: many notices over every core, bad inputs reported at the end.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const cli = resolve(__dirname, "../dist/cli.js");
const corpus = resolve(__dirname, "../../shared/corpus/dev");

describe("ketluan batch", () => {
  it("parses 1,000 notices over every core, in order, and reports a corrupt file without stopping", () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-batch-"));
    const seeds = [readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8")];
    if (existsSync(corpus)) for (const f of readdirSync(corpus).filter((n) => n.endsWith(".txt")).sort()) seeds.push(readFileSync(join(corpus, f), "utf8"));
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `n${String(i).padStart(4, "0")}.txt`), seeds[i % seeds.length]!);
    writeFileSync(join(dir, "n0500-corrupt.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
    const out = join(dir, "out.jsonl");
    const r = spawnSync(process.execPath, [cli, "batch", dir, "-o", out], { encoding: "utf8" });
    expect(r.status).toBe(1);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; notice?: { tasks: unknown[] }; error?: string });
    expect(lines).toHaveLength(1001);
    expect(lines.map((l) => l.id)).toEqual([...lines.map((l) => l.id)].sort());
    expect(lines.filter((l) => l.error).map((l) => l.id)).toEqual([join(dir, "n0500-corrupt.txt")]);
    expect(lines.filter((l) => l.notice).length).toBe(1000);
    expect(r.stderr).toContain(`1001 input(s), 1000 parsed, 1 failed, ${availableParallelism()} worker(s)`);
    expect(r.stderr).toContain("n0500-corrupt.txt: the file is binary");
  });
  it("--jsonl answers each input line with one result line", () => {
    const input = ['{"id":"a","text":"1. Giao Sở Y tế rà soát."}', "not json", '{"id":7,"text":"2. Giao Sở Tài chính báo cáo."}'].join("\n");
    const r = spawnSync(process.execPath, [cli, "batch", "--jsonl"], { encoding: "utf8", input });
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; notice?: { tasks: Array<{ assignments: Array<{ party: { name: string } }> }> }; error?: string });
    expect(lines.map((l) => [l.id, l.error ? "error" : l.notice?.tasks[0]?.assignments[0]?.party.name])).toEqual([["a", "Sở Y tế"], ["line_2", "error"], ["7", "Sở Tài chính"]]);
    expect(r.status).toBe(1);
  });
  it("reads globs", () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-glob-"));
    for (const n of ["a.txt", "b.txt", "c.md"]) writeFileSync(join(dir, n), "1. Giao Sở Y tế rà soát.");
    const r = spawnSync(process.execPath, [cli, "batch", join(dir, "*.txt")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });
});
