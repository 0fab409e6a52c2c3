// ketluan's deadlines beside chrono-node's Vietnamese parser, on the same task texts.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { Bench } from "tinybench";
import { findDeadlines, normalize, parseNotice } from "../dist/index.js";

const DATED = new Set(["by", "on", "during", "within", "event", "recurring"]);
const SCORED = new Set([...DATED, "immediate"]);
const fold = (s) => String(s ?? "").normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** chrono's answer for a text: the latest date it finds, as a `by` deadline. */
function chronoDeadline(text, ref) {
  const found = chrono.vi.parse(text, ref ? new Date(`${ref}T12:00:00`) : new Date());
  let best = null;
  for (const r of found) {
    const d = (r.end ?? r.start).date();
    if (!best || d > best) best = d;
  }
  return best ? { kind: "by", end: iso(best) } : null;
}

// the scorer's rule (../shared/eval/score.mjs): dated kinds by end (and start where gold has one)
function tally(acc, gd, pd) {
  const scored = pd && (SCORED.has(pd.kind) || gd) ? pd : null;
  const same = gd && pd && (DATED.has(gd.kind) ? (gd.end ?? null) === (pd.end ?? null) && (gd.start == null || gd.start === pd.start) : gd.kind === pd.kind);
  if (same) acc.tp++;
  else {
    if (gd) acc.fn++;
    if (scored) acc.fp++;
  }
}
const figures = ({ tp, fp, fn }) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/**
 * Accuracy over the gold tasks of the corpus (each task's own text for both parsers) and
 * throughput of both extractors over the same texts.
 */
export async function deadlineComparison(texts, corpusDir, { time, quick }) {
  const samples = [];
  let accuracy = null;
  if (corpusDir) {
    const ours = { tp: 0, fp: 0, fn: 0 };
    const theirs = { tp: 0, fp: 0, fn: 0 };
    let goldTasks = 0;
    const names = texts.length;
    const files = (await import("node:fs")).readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
    for (const f of files.slice(0, names)) {
      const goldPath = join(corpusDir, f.replace(/\.txt$/u, ".gold.json"));
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, "utf8"));
      const text = readFileSync(join(corpusDir, f), "utf8");
      const notice = parseNotice(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
      const lines = normalize(text).text.split("\n");
      const ref = gold.referenceDate ?? notice.meta.referenceDate;
      for (const g of gold.tasks ?? []) {
        goldTasks++;
        const anchor = fold(g.anchor);
        const mine = notice.tasks.find((t) => fold(t.text).includes(anchor));
        const taskText = mine?.text ?? lines.find((l) => fold(l).includes(anchor)) ?? g.anchor;
        samples.push({ text: taskText, ref });
        tally(ours, g.deadline ?? null, mine?.deadline ?? null);
        tally(theirs, g.deadline ?? null, chronoDeadline(taskText, ref));
      }
    }
    accuracy = { goldTasks, ours: figures(ours), chrono: figures(theirs) };
  } else {
    for (const t of texts) for (const line of normalize(t).text.split("\n")) samples.push({ text: line, ref: null });
  }
  const bytes = samples.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  // the two run in alternating short rounds, and each figure is the median over the rounds:
  // a machine whose speed drifts (other tenants, clock changes) then moves both alike
  const rounds = quick ? 3 : 9;
  const ours = [];
  const theirs = [];
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench({ time: time / rounds, warmupTime: r === 0 ? (quick ? 100 : 300) : 20 });
    bench.add("ketluan", () => {
      for (const s of samples) findDeadlines(s.text, 0, s.ref);
    });
    bench.add("chrono", () => {
      for (const s of samples) chrono.vi.parse(s.text, s.ref ? new Date(`${s.ref}T12:00:00`) : new Date());
    });
    await bench.run();
    const [a, b] = bench.tasks.map((t) => t.result.latency.p50);
    ours.push(a);
    theirs.push(b);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ratios = ours.map((a, i) => theirs[i] / a);
  const [a, b] = [median(ours), median(theirs)];
  return { accuracy, speed: { bytes, oursMBps: bytes / 1e6 / (a / 1000), chronoMBps: bytes / 1e6 / (b / 1000), ratio: median(ratios), rounds } };
}
