import { readdirSync, statSync, createWriteStream, type WriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { Worker } from "node:worker_threads";
import type { ParseOptions } from "../index.js";
import type { BatchJob, BatchResult } from "./batch-worker.js";

/** The notice files a folder holds: text, web pages, Word and PDF. */
const NOTICE_FILE = /\.(?:txt|html?|docx|pdf)$/iu;

/** Expands files, folders (every notice file below: `.txt`, `.html`, `.docx`, `.pdf`) and simple globs (`dir/*.txt`) into file paths, in order. */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (NOTICE_FILE.test(name)) out.push(p);
    }
  };
  for (const a of args) {
    if (/[*?]/u.test(basename(a))) {
      const dir = dirname(a);
      const re = new RegExp(`^${basename(a).replace(/[.+^${}()|[\]\\]/gu, "\\$&").replaceAll("*", ".*").replaceAll("?", ".")}$`, "u");
      for (const name of readdirSync(dir).sort()) if (re.test(name)) out.push(join(dir, name));
    } else if (statSync(a, { throwIfNoEntry: false })?.isDirectory()) walk(a);
    else out.push(a);
  }
  return out;
}

interface Source {
  /** The next job, or null when there is none left (may wait for standard input). */
  next(): Promise<Omit<BatchJob, "index" | "options"> | null>;
  total: number | null;
}

/**
 * Runs jobs over a pool of workers, one per core, writing one JSON line per input in input
 * order; a progress bar on a terminal, none in a pipe. Resolves to the inputs that failed.
 */
async function runPool(source: Source, options: ParseOptions, out: WriteStream | NodeJS.WriteStream, jobs: number): Promise<{ done: number; failed: Array<{ id: string; error: string }>; workers: number }> {
  const size = Math.max(1, jobs);
  const workers = Array.from({ length: size }, () => new Worker(new URL("./batch-worker.js", import.meta.url)));
  const pending = new Map<number, BatchResult>();
  const ids = new Map<number, string>();
  const failed: Array<{ id: string; error: string }> = [];
  let nextToWrite = 0;
  let issued = 0;
  let done = 0;
  const tty = process.stderr.isTTY && out !== process.stderr;
  const progress = (): void => {
    if (!tty) return;
    const total = source.total;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : 0;
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}${total ? `/${total}` : ""}`);
  };
  await new Promise<void>((resolveAll, reject) => {
    let exhausted = false;
    let busy = 0;
    const feed = async (w: Worker): Promise<void> => {
      const job = exhausted ? null : await source.next();
      if (!job) {
        exhausted = true;
        if (busy === 0) resolveAll();
        return;
      }
      const index = issued++;
      ids.set(index, job.id);
      busy++;
      w.postMessage({ ...job, index, options } satisfies BatchJob);
    };
    for (const w of workers) {
      w.on("message", (r: BatchResult) => {
        busy--;
        done++;
        pending.set(r.index, r);
        // results go out in input order
        for (let p = pending.get(nextToWrite); p; p = pending.get(nextToWrite)) {
          out.write(`${p.line}\n`);
          if (p.error) failed.push({ id: ids.get(p.index) ?? String(p.index), error: p.error });
          pending.delete(nextToWrite);
          nextToWrite++;
        }
        progress();
        void feed(w);
      });
      w.on("error", reject);
      void feed(w);
    }
  });
  if (tty) process.stderr.write("\n");
  await Promise.all(workers.map((w) => w.terminate()));
  return { done, failed, workers: size };
}

/**
 * `ketluan batch`: files, folders or globs, or `{ "id", "text" }` lines on standard input with
 * `--jsonl`, parsed over every core into JSON lines. Returns the exit code.
 */
export async function batch(args: readonly string[], jsonl: boolean, options: ParseOptions, output: string | undefined, jobs = availableParallelism()): Promise<number> {
  const out = output ? createWriteStream(output) : process.stdout;
  let source: Source;
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
    let n = 0;
    source = {
      total: null,
      async next() {
        for (;;) {
          const r = await lines.next();
          if (r.done) return null;
          n++;
          if (!r.value.trim()) continue;
          try {
            const v = JSON.parse(r.value) as { id?: unknown; text?: unknown };
            if (typeof v.text !== "string") throw new Error("no text");
            return { id: typeof v.id === "string" || typeof v.id === "number" ? String(v.id) : `line_${n}`, text: v.text };
          } catch {
            return { id: `line_${n}`, error: `line ${n} is not a JSON object with a "text" string` };
          }
        }
      },
    };
  } else {
    const files = expandInputs(args);
    let k = 0;
    source = { total: files.length, next: async () => (k < files.length ? { id: files[k] ?? "", path: files[k++] } : null) };
  }
  const { done, failed, workers } = await runPool(source, options, out, jobs);
  if (out !== process.stdout) await new Promise<void>((r) => (out as WriteStream).end(r));
  process.stderr.write(`ketluan batch: ${done} input(s), ${done - failed.length} parsed, ${failed.length} failed, ${workers} worker(s)\n`);
  for (const f of failed) process.stderr.write(`  ${f.id}: ${f.error}\n`);
  return failed.length ? 1 : 0;
}
