import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { NoticeSchema, detectLegacyEncoding, normalize, parseNotice } from "../src/index.js";

const corpus = resolve(__dirname, "../../shared/corpus/dev");
const scorer = resolve(__dirname, "../../shared/eval/score.mjs");
const floors = JSON.parse(readFileSync(resolve(__dirname, "corpus-floors.json"), "utf8")) as Record<string, number>;
const present = existsSync(corpus) && existsSync(scorer);

describe.skipIf(!present)("dev corpus (../shared/corpus/dev)", () => {
  it("scores at or above the recorded floors, and every output validates", async () => {
    const out = mkdtempSync(join(tmpdir(), "ketluan-corpus-"));
    for (const f of readdirSync(corpus).filter((n) => n.endsWith(".gold.json"))) {
      const name = f.slice(0, -".gold.json".length);
      const gold = JSON.parse(readFileSync(join(corpus, f), "utf8")) as { passReferenceDate?: boolean; referenceDate: string };
      const text = readFileSync(join(corpus, `${name}.txt`), "utf8");
      const notice = parseNotice(text, gold.passReferenceDate ? { referenceDate: gold.referenceDate } : {});
      expect(NoticeSchema.safeParse(notice).success, name).toBe(true);
      writeFileSync(join(out, `${name}.json`), JSON.stringify(notice));
    }
    const { scoreCorpus } = (await import(pathToFileURL(scorer).href)) as { scoreCorpus: (c: string, p: string) => Record<string, { f1: number } | number> };
    const s = scoreCorpus(corpus, out);
    const figures: Record<string, number> = {
      sections: (s.sections as { f1: number }).f1,
      tasks: (s.tasks as { f1: number }).f1,
      assignments: (s.assignments as { f1: number }).f1,
      deadlines: (s.deadlines as { f1: number }).f1,
      meta: s.meta as number,
    };
    for (const [k, floor] of Object.entries(floors)) expect(figures[k], k).toBeGreaterThanOrEqual(floor);
  });
});

describe.skipIf(!present)("normalized text of the dev corpus", () => {
  const notices = present
    ? readdirSync(corpus).filter((n) => n.endsWith(".gold.json")).map((f) => {
      const name = f.slice(0, -".gold.json".length);
      const gold = JSON.parse(readFileSync(join(corpus, f), "utf8")) as { sections: string[]; tasks: Array<{ anchor: string }> };
      const raw = readFileSync(join(corpus, `${name}.txt`), "utf8");
      const norm = normalize(raw);
      return { name, gold, raw, norm, lines: norm.text.split("\n") };
    })
    : [];
  const fold = (s: string): string => s.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
  it.each(notices.map((n) => [n.name, n] as const))("%s: every numbered item starts its own line", (_name, n) => {
    const starts = new Set(n.lines.map((l) => fold(l).split(" ")[0]?.replace(/[.)]$/u, "")));
    const missing = n.gold.sections.map((p) => fold(p.split("/").pop() ?? "")).filter((label) => !starts.has(label) && !starts.has(`(${label.replace(/^\(/u, "")}`));
    expect(missing).toEqual([]);
  });
  it.each(notices.map((n) => [n.name, n] as const))("%s: no task's opening words are broken across lines", (_name, n) => {
    const lines = n.lines.map(fold);
    const broken = n.gold.tasks.map((t) => fold(t.anchor)).filter((a) => !lines.some((l) => l.includes(a)));
    expect(broken).toEqual([]);
  });
  // several of these notices settle only after a second joining pass, which rewrites the maps in place
  it.each(notices.map((n) => [n.name, n] as const))("%s: each task's opening words map back to the same words in the input", (_name, n) => {
    const words = (s: string): string => s.normalize("NFC").replace(/[\s*|_]+/gu, " ").trim();
    for (const t of n.gold.tasks) {
      const anchor = words(t.anchor);
      const at = n.norm.text.indexOf(anchor);
      if (at < 0) continue;
      const span = n.norm.toInputSpan({ start: at, end: at + anchor.length });
      expect(words(n.raw.slice(span.start, span.end))).toBe(anchor);
    }
  });
  it.each(notices.map((n) => [n.name, n] as const))("%s: is Unicode and not converted from a legacy encoding", (_name, n) => {
    expect(detectLegacyEncoding(n.raw)).toBeNull();
  });
});
