// Property tests: parseNotice never throws, its output is valid, its spans are honest and it is
// deterministic, on arbitrary strings and on notices damaged the way real ones are.
// FUZZ_RUNS scales the run count (`npm run fuzz` sets it high); CI uses the default.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, parseNotice } from "../src/index.js";
import { violations } from "./support/invariants.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 0;
const runs = (ci: number): number => (RUNS > 0 ? Math.max(RUNS, ci) : ci);

const seeds: string[] = [readFileSync(resolve(__dirname, "../examples/demo-notice.txt"), "utf8")];
const corpusDir = resolve(__dirname, "../../shared/corpus/dev");
if (existsSync(corpusDir)) {
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort()) seeds.push(readFileSync(resolve(corpusDir, f), "utf8"));
}

const VIET = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
const piece = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("\n", "\r\n", "\n\n", "  ", "\t", "|", "**", "-", "+", "•", "1.", "2.3.1.", "a)", "đ)", "II.", "Phần I", "Điều 2.", "(1)", "\u00a0", "\u200b", "\u00ad", "\u00d0", "\u0301", "\ufeff"),
  fc.constantFrom("ngày 15/3/2024", "trước ngày 30 tháng 6 năm 2025", "quý II/2024", "cuối năm", "hằng tháng", "trong 07 ngày làm việc", "Tết Nguyên đán", "ngày", "tháng", "quý", "năm"),
  fc.constantFrom("Giao Sở Tài chính chủ trì", "phối hợp với", "Ủy ban nhân dân tỉnh", "các sở, ban, ngành", "báo cáo", "KẾT LUẬN", "THÔNG BÁO", "Số: 12/TB-UBND", "Nơi nhận:", "KT. CHỦ TỊCH", "Lưu: VT."),
  fc.string({ unit: fc.constantFrom(...VIET.split("")), maxLength: 6 }),
);
const vietnameseish = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(" "));

function check(input: string): void {
  const a = parseNotice(input);
  const problems = violations(input, a);
  if (problems.length > 0) throw new Error(problems.slice(0, 5).join("\n"));
  const b = parseNotice(input);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}

type Mutation = (lines: string[], r: number[]) => string[];
const at = (lines: string[], r: number): number => Math.floor(r * lines.length) % Math.max(1, lines.length);
const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (ls, r) => ls.filter((_, i) => i !== at(ls, r[0]!)),
  duplicateLine: (ls, r) => ls.flatMap((l, i) => (i === at(ls, r[0]!) ? [l, l] : [l])),
  swapLines: (ls, r) => {
    const out = ls.slice();
    if (out.length < 2) return out;
    const i = at(ls, r[0]!), j = at(ls, r[1]!);
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  },
  insertUnicode: (ls, r) => ls.map((l, i) => {
    if (i !== at(ls, r[0]!)) return l;
    const p = Math.floor(r[1]! * (l.length + 1));
    return l.slice(0, p) + String.fromCodePoint(Math.floor(r[2]! * 0x2ffff)) + l.slice(p);
  }),
  nfd: (ls) => ls.map((l) => l.normalize("NFD")),
  scrambleNumbering: (ls, r) => ls.map((l, i) => (i % 3 === Math.floor(r[0]! * 3) ? l.replace(/^(\s*)(\d{1,3}|[IVX]{1,5}|[a-zđ])([.)])/u, (_m, s: string, _n, p: string) => `${s}${Math.floor(r[1]! * 40)}${p}`) : l)),
  truncate: (ls, r) => ls.join("\n").slice(0, Math.floor(r[0]! * ls.join("\n").length)).split("\n"),
  joinLines: (ls, r) => {
    const i = at(ls, r[0]!);
    return [...ls.slice(0, i), (ls[i] ?? "") + (ls[i + 1] ?? ""), ...ls.slice(i + 2)];
  },
};
const mutation = fc.record({
  names: fc.array(fc.constantFrom(...Object.keys(MUTATIONS)), { minLength: 1, maxLength: 4 }),
  r: fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 3, maxLength: 3 }),
  seed: fc.nat({ max: seeds.length - 1 }),
  slice: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("parseNotice properties", () => {
  it("holds on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), check), { numRuns: runs(4000) });
  });
  it("holds on Vietnamese-looking fragments", () => {
    fc.assert(fc.property(vietnameseish, check), { numRuns: runs(4000) });
  });
  it("holds on damaged notices", () => {
    fc.assert(
      fc.property(mutation, ({ names, r, seed, slice }) => {
        let lines = seeds[seed]!.split("\n");
        // a window of the notice keeps each run cheap while every part of it gets damaged somewhere
        const from = Math.floor(slice * Math.max(0, lines.length - 60));
        lines = lines.slice(from, from + 60);
        for (const n of names) lines = MUTATIONS[n]!(lines, r);
        check(lines.join("\n"));
      }),
      { numRuns: runs(2000) },
    );
  });
  it("normalizes idempotently and maps every normalized span into the input", () => {
    fc.assert(
      fc.property(vietnameseish, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        expect(normalize(n.text).text).toBe(n.text);
        const start = n.text.length === 0 ? 0 : a % (n.text.length + 1);
        const end = start + (n.text.length === 0 ? 0 : b % (n.text.length - start + 1));
        const back = n.toInputSpan({ start, end });
        expect(back.start).toBeGreaterThanOrEqual(0);
        expect(back.end).toBeLessThanOrEqual(s.length);
        expect(back.start).toBeLessThanOrEqual(back.end);
      }),
      { numRuns: runs(2000) },
    );
  });
  it("parses every whole seed notice soundly", () => {
    for (const s of seeds) check(s);
    expect(seeds.length).toBeGreaterThan(0);
  });
});
