// `npm run bench`: speed and memory of the built package, written to bench/results.md.
// Inputs: the dev corpus beside the checkout when present (../shared/corpus/dev), else the
// package's own demo notice. Sections: throughput and its ratio to the floor every parser pays,
// cost per byte as inputs grow, peak memory, and deadline extraction against chrono-node.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { normalize, parseNotice } from "../dist/index.js";
import * as chrono from "chrono-node";
import { deadlineComparison } from "./chrono.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, "../../shared/corpus/dev");
const quick = process.argv.includes("--quick");
const useCorpus = existsSync(corpusDir);
const texts = useCorpus
  ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(corpusDir, f), "utf8"))
  : [readFileSync(resolve(here, "../examples/demo-notice.txt"), "utf8")];
const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const time = quick ? 300 : 2000;

/** The floor any parser pays: NFC, split into lines, one regex per line. */
const FLOOR_RE = /(?:ngày|tháng|quý)\s*\d/u;
function floor(t) {
  let hits = 0;
  for (const line of t.normalize("NFC").split("\n")) if (FLOOR_RE.test(line)) hits++;
  return hits;
}

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
async function measure(tasks) {
  const bench = new Bench({ time, warmupTime: quick ? 100 : 500 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(bench.tasks.map((t) => [t.name, t.result.latency.p50]));
}

const corpusRun = (fn) => () => {
  for (const t of texts) fn(t);
};
// chrono-node's Vietnamese parser over the same whole texts: what a rule-unit parser that finds
// dates alone pays, beside the floor (a reference for the full parse's ratio)
const lat = await measure({ parseNotice: corpusRun((t) => parseNotice(t)), normalize: corpusRun((t) => normalize(t)), floor: corpusRun(floor), chrono: corpusRun((t) => chrono.vi.parse(t)) });
const parseMBps = mbps(corpusBytes, lat.parseNotice);
const normalizeMBps = mbps(corpusBytes, lat.normalize);
const floorMBps = mbps(corpusBytes, lat.floor);

// deadlines beside chrono-node, before the large inputs below fill the heap
const deadlines = await deadlineComparison(texts, useCorpus ? corpusDir : null, { time: quick ? time : 4 * time, quick });

// cost per byte as one input grows: notices written one after another
function inputOf(bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  const s = parts.join("\n\n");
  return s.slice(0, Math.max(1, Math.round(s.length * (bytes / Buffer.byteLength(s)))));
}
const sizes = quick ? [10e3, 100e3, 1e6] : [10e3, 100e3, 1e6, 5e6];
const scaling = [];
for (const size of sizes) {
  const input = inputOf(size);
  const bytes = Buffer.byteLength(input);
  const runs = [];
  // (7 runs at the large sizes: a median of 3 moved with the machine by a quarter)
  const reps = size >= 1e6 ? 7 : size >= 100e3 ? 10 : 50;
  parseNotice(input);
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    parseNotice(input);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[Math.floor(runs.length / 2)];
  scaling.push({ bytes, ms, nsPerByte: (ms * 1e6) / bytes });
}
const perByteRatio = scaling[scaling.length - 1].nsPerByte / scaling[0].nsPerByte;

// peak memory: a fresh process, its resident peak over its resident size before the parse
const memBytes = quick ? 1e6 : 5e6;
const mem = spawnSync(process.execPath, ["--expose-gc", resolve(here, "memory.mjs"), String(memBytes)], { encoding: "utf8", input: inputOf(memBytes) });
if (mem.status !== 0) throw new Error(`memory probe failed: ${mem.stderr}`);
const memory = JSON.parse(mem.stdout);


// `ketluan batch` over 1,000 notices (copies of the inputs), every core
const batchDir = mkdtempSync(join(tmpdir(), "ketluan-bench-batch-"));
let batchBytes = 0;
for (let i = 0; i < 1000; i++) {
  const t = texts[i % texts.length];
  batchBytes += Buffer.byteLength(t);
  writeFileSync(join(batchDir, `n${String(i).padStart(4, "0")}.txt`), t);
}
const b0 = performance.now();
const batchRun = spawnSync(process.execPath, [resolve(here, "../dist/cli.js"), "batch", batchDir, "-o", join(batchDir, "out.jsonl")], { encoding: "utf8" });
const batchMs = performance.now() - b0;
if (batchRun.status !== 0) throw new Error(`batch failed: ${batchRun.stderr}`);
rmSync(batchDir, { recursive: true, force: true });

const f1 = (x) => (x * 100).toFixed(1);
const fmt = (x, d = 1) => x.toFixed(d);
const lines = [
  "# Benchmark results",
  "",
  `Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}), Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} × ${cpus().length}.`,
  `Input: ${useCorpus ? `the dev corpus (${texts.length} notices, ${fmt(corpusBytes / 1000)} KB)` : "the demo notice (no corpus beside the checkout)"}; medians of tinybench samples.`,
  "",
  "## Throughput",
  "",
  "| what | MB/s | × floor time |",
  "|---|---:|---:|",
  `| floor: NFC, split into lines, one regex per line | ${fmt(floorMBps)} | 1.0 |`,
  `| \`normalize\` | ${fmt(normalizeMBps)} | ${fmt(lat.normalize / lat.floor)} |`,
  `| \`parseNotice\` (all stages) | ${fmt(parseMBps)} | ${fmt(lat.parseNotice / lat.floor)} |`,
  `| for reference: chrono-node \`vi.parse\`, dates only | ${fmt(mbps(corpusBytes, lat.chrono))} | ${fmt(lat.chrono / lat.floor)} |`,
  "",
  `Target: a full parse within 10× the floor's time. ${lat.parseNotice / lat.floor <= 10 ? "Met." : "**Not met.**"}`,
  "",
  "## Cost per byte as the input grows",
  "",
  "| input | parse ms | ns per byte |",
  "|---:|---:|---:|",
  ...scaling.map((s) => `| ${fmt(s.bytes / 1000, 0)} KB | ${fmt(s.ms)} | ${fmt(s.nsPerByte)} |`),
  "",
  `Largest over smallest: ${fmt(perByteRatio, 2)}× (target ≤ 1.3×). ${perByteRatio <= 1.3 ? "Met." : "**Not met.**"}`,
  "",
  "## Peak memory",
  "",
  `Parsing ${fmt(memory.inputBytes / 1e6)} MB raised the resident set by at most ${fmt(memory.peakBytes / 1e6)} MB: ${fmt(memory.peakBytes / memory.inputBytes)}× the input (target ≤ 30×). ${memory.peakBytes / memory.inputBytes <= 30 ? "Met." : "**Not met.**"}`,
  "",
  "## Deadlines against chrono-node",
  "",
  deadlines.accuracy
    ? `Deadline accuracy on the dev corpus (the task's deadline end date against gold; chrono's answer is the latest date it finds in the task's text): ketluan F1 ${f1(deadlines.accuracy.ours.f1)} (P ${f1(deadlines.accuracy.ours.precision)} / R ${f1(deadlines.accuracy.ours.recall)}), chrono-node/vi F1 ${f1(deadlines.accuracy.chrono.f1)} (P ${f1(deadlines.accuracy.chrono.precision)} / R ${f1(deadlines.accuracy.chrono.recall)}), over ${deadlines.accuracy.goldTasks} gold tasks.`
    : "No corpus beside the checkout: accuracy not measured.",
  "",
  `| extractor, same task texts (median of ${deadlines.speed.rounds} alternating rounds) | MB/s |`,
  "|---|---:|",
  `| ketluan \`findDeadlines\` | ${fmt(deadlines.speed.oursMBps)} |`,
  `| chrono-node \`vi.parse\` | ${fmt(deadlines.speed.chronoMBps)} |`,
  "",
  `ketluan is ${fmt(deadlines.speed.ratio)}× chrono's speed, the median of the rounds' ratios (target ≥ 5×). ${deadlines.speed.ratio >= 5 ? "Met." : "**Not met.**"}`,
  "",
  "## Batch",
  "",
  `\`ketluan batch\` over 1,000 notices (${fmt(batchBytes / 1e6)} MB) with ${availableParallelism()} workers: ${fmt(batchMs / 1000, 2)} s wall, ${fmt(1000 / (batchMs / 1000), 0)} notices/s, ${fmt(mbps(batchBytes, batchMs))} MB/s (process start and worker start-up included).`,
  "",
];
const out = lines.join("\n");
if (!quick) writeFileSync(resolve(here, "results.md"), out);
console.log(out);
